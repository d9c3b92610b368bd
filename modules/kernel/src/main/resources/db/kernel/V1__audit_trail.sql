-- The append-only audit trail: entries chained by hash, a head row that serializes appends.
CREATE TABLE krn_audit_event (
    seq         BIGINT       NOT NULL PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(190) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    subject     VARCHAR(190) NULL,
    detail      VARCHAR(1000) NULL,
    address     VARCHAR(64)  NULL,
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL,
    KEY krn_audit_event_actor (actor),
    KEY krn_audit_event_action (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE krn_audit_head (
    id   TINYINT  NOT NULL PRIMARY KEY,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO krn_audit_head (id, seq, hash) VALUES (1, 0, REPEAT('0', 64));

-- Append-only: the application never changes or removes an entry, and the database refuses to.
CREATE TRIGGER krn_audit_event_no_update BEFORE UPDATE ON krn_audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only';

CREATE TRIGGER krn_audit_event_no_delete BEFORE DELETE ON krn_audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only';
