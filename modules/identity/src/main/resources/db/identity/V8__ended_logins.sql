-- Logins that were logged out. Each node of a cluster keeps its own copy of a session it served, so a session
-- cookie copied before the logout and replayed to such a node was still logged in there; the login's end, kept
-- here and read with the password version, refuses it on every node. Only a day is kept: a copy left on a node
-- lives 30 idle minutes, and its first replay ends it.
CREATE TABLE idn_ended_login (
    login_id  VARCHAR(32) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    person_id BIGINT      NOT NULL,
    ended_at  DATETIME(6) NOT NULL,
    KEY idn_ended_login_by_person (person_id, ended_at),
    KEY idn_ended_login_by_time (ended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
