-- Breaks that stop an attempt's clock, for volunteers whose registered needs ask for them (Attempt.MAX_BREAKS
-- breaks of at most Attempt.MAX_BREAK each). The deadline column is moved on by each ended break; paused_at is
-- the running break's start, NULL when the clock runs.
ALTER TABLE asm_attempt
    ADD COLUMN breaks_allowed BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN paused_at      DATETIME(6) NULL,
    ADD COLUMN breaks_taken   INT         NOT NULL DEFAULT 0,
    ADD COLUMN paused_seconds BIGINT      NOT NULL DEFAULT 0;
