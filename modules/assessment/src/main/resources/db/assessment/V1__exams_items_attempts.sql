-- Exams and their banks. An exam row holds the current blueprint; items are kept in every version, since an
-- attempt points at the exact version it showed. Only rows marked current are drawn.
CREATE TABLE asm_exam (
    code               VARCHAR(40)   NOT NULL PRIMARY KEY,
    version            INT           NOT NULL,
    serves_kind        VARCHAR(12)   NOT NULL,
    serves_code        VARCHAR(20)   NOT NULL,
    title_zh           VARCHAR(200)  NOT NULL,
    title_en           VARCHAR(200)  NOT NULL,
    draw               VARCHAR(1000) NOT NULL,
    time_limit_minutes INT           NOT NULL,
    pass_mark          DECIMAL(5, 4) NOT NULL,
    attempt_limit      INT           NOT NULL,
    cooldown_hours     INT           NOT NULL,
    required_courses   VARCHAR(1000) NOT NULL,
    fingerprint        CHAR(64)      NOT NULL,
    imported_at        DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE asm_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    exam_code         VARCHAR(40)   NOT NULL,
    item_code         VARCHAR(60)   NOT NULL,
    version           INT           NOT NULL,
    current           BOOLEAN       NOT NULL,
    type              VARCHAR(12)   NOT NULL,
    competencies      VARCHAR(400)  NOT NULL,
    difficulty        INT           NOT NULL,
    stem_zh           TEXT          NOT NULL,
    stem_en           TEXT          NOT NULL,
    options           TEXT          NOT NULL,
    answer_key        VARCHAR(100)  NOT NULL,
    rationale_zh      TEXT          NOT NULL,
    rationale_en      TEXT          NOT NULL,
    scenario_code     VARCHAR(60)   NULL,
    vignette_zh       TEXT          NULL,
    vignette_en       TEXT          NULL,
    needs_translation BOOLEAN       NOT NULL,
    source            VARCHAR(20)   NOT NULL,
    fingerprint       CHAR(64)      NOT NULL,
    imported_at       DATETIME(6)   NOT NULL,
    CONSTRAINT asm_item_version UNIQUE (exam_code, item_code, version),
    CONSTRAINT asm_item_exam FOREIGN KEY (exam_code) REFERENCES asm_exam (code),
    KEY asm_item_current (exam_code, current)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One sitting. open_exam holds the exam code while the attempt is open and NULL after: with the unique key it
-- allows one open attempt per exam per volunteer, even when two tabs start at the same moment.
CREATE TABLE asm_attempt (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    exam_code      VARCHAR(40)   NOT NULL,
    exam_version   INT           NOT NULL,
    person_id      BIGINT        NOT NULL,
    open_exam      VARCHAR(40)   NULL,
    status         VARCHAR(12)   NOT NULL,
    seed           BIGINT        NOT NULL,
    extended_time  BOOLEAN       NOT NULL,
    pass_mark      DECIMAL(5, 4) NOT NULL,
    started_at     DATETIME(6)   NOT NULL,
    deadline       DATETIME(6)   NOT NULL,
    submitted_at   DATETIME(6)   NULL,
    submitted_by   VARCHAR(12)   NULL,
    score_right    INT           NULL,
    score_total    INT           NOT NULL,
    passed         BOOLEAN       NULL,
    breakdown      VARCHAR(1000) NULL,
    CONSTRAINT asm_attempt_one_open UNIQUE (person_id, open_exam),
    CONSTRAINT asm_attempt_exam FOREIGN KEY (exam_code) REFERENCES asm_exam (code),
    KEY asm_attempt_by_person (person_id, exam_code, started_at),
    KEY asm_attempt_due (status, deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The attempt's frozen draw: which item version sits at each position and the order its options are shown in.
CREATE TABLE asm_attempt_item (
    attempt_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    item_id      BIGINT       NOT NULL,
    item_type    VARCHAR(12)  NOT NULL,
    option_order VARCHAR(40)  NOT NULL,
    correct      BOOLEAN      NULL,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT asm_attempt_item_attempt FOREIGN KEY (attempt_id) REFERENCES asm_attempt (id),
    CONSTRAINT asm_attempt_item_item FOREIGN KEY (item_id) REFERENCES asm_item (id),
    KEY asm_attempt_item_by_item (item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Answers as saved, one row per position, in the item's own option indices; each save replaces the last.
CREATE TABLE asm_answer (
    attempt_id BIGINT      NOT NULL,
    position   INT         NOT NULL,
    answer     VARCHAR(40) NOT NULL,
    saved_at   DATETIME(6) NOT NULL,
    saves      INT         NOT NULL DEFAULT 1,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT asm_answer_attempt FOREIGN KEY (attempt_id) REFERENCES asm_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
