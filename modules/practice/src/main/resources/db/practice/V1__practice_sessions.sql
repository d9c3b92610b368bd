-- Practice sessions: the ledger of supervised practice. An approved row never changes again; a correction is a
-- new row with negative minutes that reverses it (reversal_of), signed like any other. Totals are sums of rows.
CREATE TABLE prc_session (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    volunteer_id     BIGINT        NOT NULL,
    organization_id  BIGINT        NOT NULL,
    supervisor_id    BIGINT        NOT NULL,
    session_date     DATE          NOT NULL,
    start_time       TIME          NOT NULL,
    minutes          INT           NOT NULL,
    modality         VARCHAR(20)   NOT NULL,
    population       VARCHAR(20)   NOT NULL,
    risk_level       VARCHAR(10)   NOT NULL,
    reflection       VARCHAR(2000) NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    reversal_of      BIGINT        NULL,
    reversal_reason  VARCHAR(500)  NULL,
    submitted_at     DATETIME(6)   NULL,
    decided_by       BIGINT        NULL,
    decided_at       DATETIME(6)   NULL,
    decision_comment VARCHAR(1000) NULL,
    decision_seen    BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT prc_session_reversed_once UNIQUE (reversal_of),
    CONSTRAINT prc_session_reversal FOREIGN KEY (reversal_of) REFERENCES prc_session (id),
    KEY prc_session_by_volunteer (volunteer_id, session_date),
    KEY prc_session_queue (organization_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
