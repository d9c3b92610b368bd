-- People, organizations, memberships with their roles, and the log of login tries the throttle reads.
CREATE TABLE idn_person (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    display_name       VARCHAR(100) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    preferred_language CHAR(2)      NOT NULL,
    captions_always_on BOOLEAN      NOT NULL DEFAULT FALSE,
    transcripts_shown  BOOLEAN      NOT NULL DEFAULT FALSE,
    extended_exam_time BOOLEAN      NOT NULL DEFAULT FALSE,
    privacy_consent_at DATETIME(6)  NOT NULL,
    platform_admin     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT idn_person_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idn_organization (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    name_zh    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    region     VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idn_membership (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    person_id       BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    roles           VARCHAR(100) NOT NULL,
    joined_at       DATETIME(6)  NOT NULL,
    CONSTRAINT idn_membership_once UNIQUE (person_id, organization_id),
    CONSTRAINT idn_membership_person FOREIGN KEY (person_id) REFERENCES idn_person (id),
    CONSTRAINT idn_membership_organization FOREIGN KEY (organization_id) REFERENCES idn_organization (id),
    KEY idn_membership_by_organization (organization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idn_login_attempt (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email        VARCHAR(254) NOT NULL,
    address      VARCHAR(64)  NOT NULL,
    outcome      VARCHAR(10)  NOT NULL,
    attempted_at DATETIME(6)  NOT NULL,
    KEY idn_login_attempt_by_email (email, attempted_at),
    KEY idn_login_attempt_by_address (address, attempted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
