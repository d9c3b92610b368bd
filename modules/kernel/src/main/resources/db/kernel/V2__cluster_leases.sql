-- Leases on scheduled work, so that each round of it is done by one node of a cluster, not by every node: a row per
-- kind of work, taken by the node whose UPDATE finds it free (expired) or already its own. Plain row updates on a
-- primary key: no GET_LOCK, no table lock, so it works on a Galera cluster, where a concurrent take on another
-- database node loses at certification (error 1213) and counts as not taken.
CREATE TABLE krn_lease (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(190) NOT NULL,
    held_until  DATETIME(3)  NOT NULL,
    taken_at    DATETIME(3)  NOT NULL,
    rounds      BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
