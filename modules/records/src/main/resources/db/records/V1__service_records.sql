-- Records' own tables. Everything else in a service record is read from the other contexts' ledgers.

-- Commendations an organization recorded for a volunteer (表彰奖励).
CREATE TABLE rec_commendation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    commended_on    DATE         NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    recorded_by     VARCHAR(40)  NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    KEY rec_commendation_of (organization_id, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Certificates (志愿服务记录证明): the facts as printed, stored when issued and never edited; a newer certificate
-- for the same volunteer and organization supersedes the older (superseded_by), which still answers its number.
CREATE TABLE rec_certificate (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number              VARCHAR(20)  NOT NULL,
    issue_year          INT          NOT NULL,
    serial              BIGINT       NOT NULL,
    organization_id     BIGINT       NOT NULL,
    person_id           BIGINT       NOT NULL,
    volunteer_name      VARCHAR(100) NOT NULL,
    volunteer_number    BIGINT       NOT NULL,
    period_from         DATE         NOT NULL,
    period_to           DATE         NOT NULL,
    service_minutes     INT          NOT NULL,
    service_description VARCHAR(500) NOT NULL,
    organization_name   VARCHAR(200) NOT NULL,
    responsible_person  VARCHAR(100) NOT NULL,
    contact             VARCHAR(200) NOT NULL,
    issued_on           DATE         NOT NULL,
    issued_at           DATETIME(6)  NOT NULL,
    issued_by           VARCHAR(40)  NOT NULL,
    superseded_by       VARCHAR(20)  NULL,
    superseded_at       DATETIME(6)  NULL,
    CONSTRAINT rec_certificate_number UNIQUE (number),
    CONSTRAINT rec_certificate_serial UNIQUE (issue_year, serial),
    KEY rec_certificate_of (organization_id, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
