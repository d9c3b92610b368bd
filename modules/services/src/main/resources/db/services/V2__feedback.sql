-- Feedback from the people served (服务反馈). Nothing here identifies the person who answered: no account, no
-- address, no time of day (the day only: a time could be matched with a call log). A comment the organization hid
-- as abusive keeps its text for the audit trail's sake but is never shown again; the ratings still count.
CREATE TABLE svc_feedback (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT       NOT NULL,
    received_on     DATE         NOT NULL,
    rating          TINYINT      NOT NULL,
    respected       BOOLEAN      NOT NULL,
    told_more_help  BOOLEAN      NOT NULL,
    comment         VARCHAR(500) NULL,
    hidden_at       DATETIME(6)  NULL,
    hidden_by       VARCHAR(100) NULL,
    hidden_reason   VARCHAR(500) NULL,
    CONSTRAINT svc_feedback_rating CHECK (rating BETWEEN 1 AND 5),
    KEY svc_feedback_by_organization (organization_id, received_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
