-- Issued credentials. A credential row never changes after issuance: its life is the append-only list of status
-- events below, and its status at any moment follows from them and the dates. The evidence snapshot is the
-- eligibility as it stood at issuance; the signed form is the Open Badges credential as issued.
-- NOCACHE: a Galera cluster refuses a cached sequence (error 1235) unless INCREMENT BY 0, whose numbers would jump
-- by the cluster's size; this text was revised for that, and SchemaMigrations accepts the first one's checksum.
CREATE SEQUENCE crd_serial START WITH 1 INCREMENT BY 1 NOCACHE;

CREATE TABLE crd_credential (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number            VARCHAR(24)  NOT NULL,
    holder_id         BIGINT       NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    issued_at         DATETIME(6)  NOT NULL,
    evidence          TEXT         NOT NULL,
    approved_minutes  INT          NOT NULL,
    revocation_index  INT          NOT NULL,
    suspension_index  INT          NOT NULL,
    signed            TEXT         NOT NULL,
    CONSTRAINT crd_credential_number UNIQUE (number),
    CONSTRAINT crd_credential_revocation UNIQUE (revocation_index),
    CONSTRAINT crd_credential_suspension UNIQUE (suspension_index),
    KEY crd_credential_by_holder (holder_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE crd_status_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    credential_id BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    reason        VARCHAR(500) NULL,
    at            DATETIME(6)  NOT NULL,
    period_from   DATETIME(6)  NULL,
    period_until  DATETIME(6)  NULL,
    CONSTRAINT crd_status_event_credential FOREIGN KEY (credential_id) REFERENCES crd_credential (id),
    KEY crd_status_event_by_credential (credential_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Signing keys: the newest unretired one signs; retired ones stay so that old signatures still verify. The
-- private key is held here as a JWK; a deployment that wants it elsewhere replaces this repository.
CREATE TABLE crd_signing_key (
    kid        VARCHAR(200) NOT NULL PRIMARY KEY,
    created_at DATETIME(6)  NOT NULL,
    retired_at DATETIME(6)  NULL,
    stored     TEXT         NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Organizations' API keys for the verification API: only a SHA-256 of the key is kept (the key is random and
-- long, so a slow hash adds nothing), with its first characters to tell keys apart in lists.
CREATE TABLE crd_api_key (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    key_prefix      VARCHAR(12)  NOT NULL,
    key_hash        CHAR(64)     NOT NULL,
    per_minute      INT          NOT NULL,
    created_by      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    revoked_by      BIGINT       NULL,
    revoked_at      DATETIME(6)  NULL,
    CONSTRAINT crd_api_key_hash UNIQUE (key_hash),
    KEY crd_api_key_by_organization (organization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every verification call, as asked and as answered (no personal data beyond the credential numbers).
CREATE TABLE crd_verification (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    api_key_id  BIGINT        NOT NULL,
    asked       VARCHAR(500)  NOT NULL,
    allowed     BOOLEAN       NULL,
    outcome     VARCHAR(20)   NOT NULL,
    decided_by  VARCHAR(200)  NULL,
    at          DATETIME(6)   NOT NULL,
    KEY crd_verification_by_key (api_key_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Recognition of prior qualifications: an organization admin submits, a platform admin decides.
CREATE TABLE crd_recognition (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT        NOT NULL,
    organization_id BIGINT        NOT NULL,
    qualification   VARCHAR(200)  NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    document_ref    VARCHAR(500)  NOT NULL,
    submitted_by    VARCHAR(100)  NOT NULL,
    submitted_at    DATETIME(6)   NOT NULL,
    decision        VARCHAR(12)   NOT NULL,
    decided_by      VARCHAR(100)  NULL,
    decided_at      DATETIME(6)   NULL,
    satisfies       VARCHAR(2000) NULL,
    note            VARCHAR(2000) NULL,
    KEY crd_recognition_by_person (person_id),
    KEY crd_recognition_pending (decision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
