-- The content generation: one row whose number moves on in the transaction of every import that changed the
-- curriculum. Every node polls it (a primary-key read) to learn of an import made through another node: its
-- caches of public pages and the catalog API are dropped and its search index brought up to date. A plain row
-- update, no table lock, so it works on a Galera cluster too.
CREATE TABLE lrn_content_generation (
    id          TINYINT     NOT NULL PRIMARY KEY,
    generation  BIGINT      NOT NULL,
    changed_at  DATETIME(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO lrn_content_generation (id, generation, changed_at) VALUES (1, 0, NOW(3));
