-- Invitations to join an organization. An organization's admin invites an email address; only the person holding
-- that address, logged in, can accept (which makes the membership) or decline; until then the organization sees the
-- address it typed and the status, nothing of the person. An address nobody has registered waits: it is matched
-- by the address when someone registers with it. Rows are never deleted: the status records each decision.
CREATE TABLE idn_invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    organization_id BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    roles           VARCHAR(100) NOT NULL,
    member_since    DATETIME(6)  NULL,
    invited_by      BIGINT       NOT NULL,
    invited_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    decided_by      BIGINT       NULL,
    decided_at      DATETIME(6)  NULL,
    CONSTRAINT idn_invitation_organization FOREIGN KEY (organization_id) REFERENCES idn_organization (id),
    KEY idn_invitation_by_email (email, status),
    KEY idn_invitation_by_organization (organization_id, invited_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
