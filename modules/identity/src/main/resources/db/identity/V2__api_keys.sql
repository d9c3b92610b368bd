-- Organizations' API keys, the machine accounts of their case-assignment services, belong to identity; until now
-- they were credentials' table crd_api_key. This works on both kinds of database, so that no key is lost:
-- * upgraded (crd_api_key exists): the table is renamed with every row as it is (same ids, hashes, rates and
--   revocations, so the keys in use keep working and the verification log's api_key_id still points at them);
-- * fresh (no crd_api_key yet: identity migrates before credentials): the table is created. Credentials' V1 then
--   still creates an empty crd_api_key, which its V2 drops.
-- RENAME TABLE IF EXISTS needs MariaDB 10.5.2 or later.
RENAME TABLE IF EXISTS crd_api_key TO idn_api_key;

-- Only a SHA-256 of the key is kept (the key is random and long, so a slow hash adds nothing), with its first
-- characters to tell keys apart in lists.
CREATE TABLE IF NOT EXISTS idn_api_key (
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
    CONSTRAINT idn_api_key_hash UNIQUE (key_hash),
    KEY idn_api_key_by_organization (organization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A renamed table keeps its indexes' old names: give them identity's, so both kinds of database end up alike.
ALTER TABLE idn_api_key
    DROP INDEX IF EXISTS crd_api_key_hash,
    ADD UNIQUE KEY IF NOT EXISTS idn_api_key_hash (key_hash),
    DROP INDEX IF EXISTS crd_api_key_by_organization,
    ADD KEY IF NOT EXISTS idn_api_key_by_organization (organization_id);
