-- Courses (each version its own row, so completions of an old version keep pointing at what was studied),
-- their lessons and checkpoint questions, micro-lessons, and each volunteer's progress.
CREATE TABLE lrn_course (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(40)   NOT NULL,
    content_version   INT           NOT NULL,
    content_hash      CHAR(64)      NOT NULL,
    is_current        BOOLEAN       NOT NULL,
    serves_kind       VARCHAR(12)   NOT NULL,
    serves_code       VARCHAR(20)   NOT NULL,
    title_zh          VARCHAR(200)  NOT NULL,
    title_en          VARCHAR(200)  NOT NULL,
    summary_zh        VARCHAR(2000) NOT NULL,
    summary_en        VARCHAR(2000) NOT NULL,
    prerequisites     VARCHAR(400)  NOT NULL,
    topics            VARCHAR(400)  NOT NULL,
    estimated_minutes INT           NOT NULL,
    imported_at       DATETIME(6)   NOT NULL,
    CONSTRAINT lrn_course_version_once UNIQUE (code, content_version),
    KEY lrn_course_current (is_current, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lrn_lesson (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id       BIGINT        NOT NULL,
    position        INT           NOT NULL,
    module_position INT           NOT NULL,
    module_title_zh VARCHAR(200)  NOT NULL,
    module_title_en VARCHAR(200)  NOT NULL,
    lesson_key      VARCHAR(60)   NOT NULL,
    kind            VARCHAR(10)   NOT NULL,
    title_zh        VARCHAR(200)  NOT NULL,
    title_en        VARCHAR(200)  NOT NULL,
    minutes         INT           NOT NULL,
    body_zh         MEDIUMTEXT    NULL,
    body_en         MEDIUMTEXT    NULL,
    media           VARCHAR(500)  NULL,
    captions_zh     MEDIUMTEXT    NULL,
    captions_en     MEDIUMTEXT    NULL,
    pass_mark       DECIMAL(4, 3) NULL,
    CONSTRAINT lrn_lesson_once UNIQUE (course_id, lesson_key),
    CONSTRAINT lrn_lesson_course FOREIGN KEY (course_id) REFERENCES lrn_course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lrn_quiz_question (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lesson_id      BIGINT        NOT NULL,
    position       INT           NOT NULL,
    prompt_zh      VARCHAR(2000) NOT NULL,
    prompt_en      VARCHAR(2000) NOT NULL,
    answer         INT           NOT NULL,
    explanation_zh VARCHAR(2000) NOT NULL,
    explanation_en VARCHAR(2000) NOT NULL,
    CONSTRAINT lrn_quiz_question_lesson FOREIGN KEY (lesson_id) REFERENCES lrn_lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lrn_quiz_option (
    question_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    text_zh     VARCHAR(1000) NOT NULL,
    text_en     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (question_id, position),
    CONSTRAINT lrn_quiz_option_question FOREIGN KEY (question_id) REFERENCES lrn_quiz_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- media files that come with a course (audio, video), kept with the version that uses them
CREATE TABLE lrn_media (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT       NOT NULL,
    path         VARCHAR(300) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    bytes        LONGBLOB     NOT NULL,
    CONSTRAINT lrn_media_once UNIQUE (course_id, path),
    CONSTRAINT lrn_media_course FOREIGN KEY (course_id) REFERENCES lrn_course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lrn_micro_lesson (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    content_version INT        NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    is_current    BOOLEAN      NOT NULL,
    minutes       INT          NOT NULL,
    tags          VARCHAR(400) NOT NULL,
    serves_kind   VARCHAR(12)  NULL,
    serves_code   VARCHAR(20)  NULL,
    title_zh      VARCHAR(200) NOT NULL,
    title_en      VARCHAR(200) NOT NULL,
    body_zh       MEDIUMTEXT   NOT NULL,
    body_en       MEDIUMTEXT   NOT NULL,
    imported_at   DATETIME(6)  NOT NULL,
    CONSTRAINT lrn_micro_lesson_version_once UNIQUE (code, content_version),
    KEY lrn_micro_lesson_current (is_current, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a volunteer's place in one course version
CREATE TABLE lrn_enrollment (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT      NOT NULL DEFAULT 0,
    person_id        BIGINT      NOT NULL,
    course_id        BIGINT      NOT NULL,
    started_at       DATETIME(6) NOT NULL,
    last_lesson_key  VARCHAR(60) NULL,
    last_activity_at DATETIME(6) NOT NULL,
    completed_at     DATETIME(6) NULL,
    CONSTRAINT lrn_enrollment_once UNIQUE (person_id, course_id),
    CONSTRAINT lrn_enrollment_course FOREIGN KEY (course_id) REFERENCES lrn_course (id),
    KEY lrn_enrollment_by_person (person_id, last_activity_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lrn_lesson_progress (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrollment_id BIGINT        NOT NULL,
    lesson_key    VARCHAR(60)   NOT NULL,
    seconds_spent INT           NOT NULL DEFAULT 0,
    best_score    DECIMAL(4, 3) NULL,
    completed_at  DATETIME(6)   NULL,
    CONSTRAINT lrn_lesson_progress_once UNIQUE (enrollment_id, lesson_key),
    CONSTRAINT lrn_lesson_progress_enrollment FOREIGN KEY (enrollment_id) REFERENCES lrn_enrollment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
