-- Organizations' public listings. Each submitted version of the details is a row of svc_listing_version, never
-- changed; svc_listing points at the verified one (public while listed) and the one waiting for verification, and
-- keeps the last refusal and the withdrawal with their reasons. The audit trail holds every decision.
CREATE TABLE svc_listing_version (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT        NOT NULL,
    legal_name       VARCHAR(200)  NOT NULL,
    credit_code      CHAR(18)      NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    region           CHAR(6)       NOT NULL,
    -- one hotline a line: number, a tab, hours (the details refuse control characters, so this cannot be forged)
    hotlines         VARCHAR(1200) NOT NULL,
    chat_address     VARCHAR(300)  NULL,
    walk_in_address  VARCHAR(300)  NULL,
    walk_in_hours    VARCHAR(100)  NULL,
    -- enum names, comma-separated
    populations      VARCHAR(300)  NOT NULL,
    languages        VARCHAR(200)  NOT NULL,
    accessibility    VARCHAR(200)  NOT NULL,
    submitted_by     VARCHAR(100)  NOT NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    KEY svc_listing_version_by_organization (organization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE svc_listing (
    organization_id   BIGINT       NOT NULL PRIMARY KEY,
    published_version BIGINT       NULL,
    verified_at       DATETIME(6)  NULL,
    verified_by       VARCHAR(100) NULL,
    pending_version   BIGINT       NULL,
    -- the version last refused: a search for the name it gave finds the refusal
    refused_version   BIGINT       NULL,
    refusal_reason    VARCHAR(500) NULL,
    refused_at        DATETIME(6)  NULL,
    withdrawn_at      DATETIME(6)  NULL,
    withdrawal_reason VARCHAR(500) NULL,
    version           INT          NOT NULL,
    CONSTRAINT svc_listing_published FOREIGN KEY (published_version) REFERENCES svc_listing_version (id),
    CONSTRAINT svc_listing_pending FOREIGN KEY (pending_version) REFERENCES svc_listing_version (id),
    CONSTRAINT svc_listing_refused FOREIGN KEY (refused_version) REFERENCES svc_listing_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
