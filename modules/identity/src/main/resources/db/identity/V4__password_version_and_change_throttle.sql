-- A password change ends the person's other sessions: each session remembers the password version it logged in
-- with, and a request whose session holds an older version than idn_person's is logged out. A number in the
-- database rather than a registry of sessions in one node's memory, so that it holds with several nodes.
ALTER TABLE idn_person ADD COLUMN password_version BIGINT NOT NULL DEFAULT 0;

-- idn_login_attempt also keeps wrong current passwords typed on a password change (outcome WRONG_CURRENT), for
-- their own throttle; the outcome column grows to hold that name.
ALTER TABLE idn_login_attempt MODIFY outcome VARCHAR(20) NOT NULL;
