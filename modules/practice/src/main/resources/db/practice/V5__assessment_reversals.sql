-- A competency assessment recorded by mistake is reversed, never changed or deleted: a new row that names it
-- (reversal_of), with the reason as its comment, recorded by a supervisor entitled in the same organization. A
-- reversed assessment no longer counts for any credential; both rows stay, as the audit trail does.
ALTER TABLE prc_assessment
    ADD COLUMN reversal_of BIGINT NULL,
    ADD CONSTRAINT prc_assessment_reversed_once UNIQUE (reversal_of),
    ADD CONSTRAINT prc_assessment_reversal FOREIGN KEY (reversal_of) REFERENCES prc_assessment (id);
