-- An organization's administrative division (GB/T 2260 code, six digits), set by its admins; the free-text
-- `region` stays as the place's name as it was typed at founding. Coordinators look organizations up by prefix.
ALTER TABLE idn_organization ADD COLUMN region_code CHAR(6) NULL;
CREATE INDEX idn_organization_by_region ON idn_organization (region_code);

-- Regional coordinators (统一部署): a platform admin grants a person a region and may withdraw it; a withdrawn
-- grant stays as it was, with who withdrew it and when.
CREATE TABLE idn_coordinator (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    person_id    BIGINT      NOT NULL,
    region_code  CHAR(6)     NOT NULL,
    granted_by   BIGINT      NOT NULL,
    granted_at   DATETIME(6) NOT NULL,
    withdrawn_by BIGINT      NULL,
    withdrawn_at DATETIME(6) NULL,
    CONSTRAINT idn_coordinator_person FOREIGN KEY (person_id) REFERENCES idn_person (id),
    KEY idn_coordinator_by_person (person_id, withdrawn_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
