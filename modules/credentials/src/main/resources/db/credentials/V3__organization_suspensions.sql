-- Suspensions an organization records for its own checks only. A credential's own suspension (crd_status_event) is
-- platform-wide and published in the status list; these are not: they refuse the credential in the verification
-- calls of the organization that recorded them (its API keys) and show on its pages and to the platform admin,
-- nowhere else. Rows are never deleted: lifting one fills lifted_*.
CREATE TABLE crd_org_suspension (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    credential_number VARCHAR(24)  NOT NULL,
    holder_id         BIGINT       NOT NULL,
    organization_id   BIGINT       NOT NULL,
    reason            VARCHAR(500) NOT NULL,
    suspended_by      VARCHAR(100) NOT NULL,
    suspended_at      DATETIME(6)  NOT NULL,
    lifted_by         VARCHAR(100) NULL,
    lifted_at         DATETIME(6)  NULL,
    lift_reason       VARCHAR(500) NULL,
    KEY crd_org_suspension_by_organization (organization_id, credential_number),
    KEY crd_org_suspension_by_number (credential_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
