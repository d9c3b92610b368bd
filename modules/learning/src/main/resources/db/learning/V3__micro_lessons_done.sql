-- The micro-lessons a learner has finished, one row per person and micro-lesson (the first time they said so; a
-- second time changes nothing). Their service records' training part lists them, and an organization's report
-- counts them per active volunteer. The code, not a version: a micro-lesson re-imported is the same lesson.
CREATE TABLE lrn_micro_lesson_done (
    person_id         BIGINT      NOT NULL,
    micro_lesson_code VARCHAR(40) NOT NULL,
    done_at           DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id, micro_lesson_code),
    KEY lrn_micro_lesson_done_when (done_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
