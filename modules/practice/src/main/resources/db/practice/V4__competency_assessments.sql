-- Competency assessments (胜任力评估): a supervisor's scores of an observed role-play, live call or supervision
-- session on a rubric of content/rubrics/. Rows are only ever inserted: an assessment is signed off as it is
-- recorded and never changes. levels holds one criterion=level per criterion; passed is the rubric's pass rule
-- applied when it was recorded.
CREATE TABLE prc_assessment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    volunteer_id    BIGINT        NOT NULL,
    organization_id BIGINT        NOT NULL,
    assessor_id     BIGINT        NOT NULL,
    rubric_code     VARCHAR(40)   NOT NULL,
    observed_in     VARCHAR(20)   NOT NULL,
    observed_on     DATE          NOT NULL,
    levels          VARCHAR(1000) NOT NULL,
    comment         VARCHAR(1000) NOT NULL,
    passed          BOOLEAN       NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    KEY prc_assessment_by_volunteer (volunteer_id, observed_on),
    KEY prc_assessment_by_assessor (assessor_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
