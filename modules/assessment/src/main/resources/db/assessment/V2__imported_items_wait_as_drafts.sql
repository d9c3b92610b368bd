-- Questions brought in from Moodle XML or GIFT wait as drafts until a platform admin has read and activated them;
-- the platform's own items (content/exams) are written reviewed. Items imported before this version were in one
-- language only (needs_translation) and become drafts: no exam may draw a half-translated question.
ALTER TABLE asm_item
    ADD COLUMN active       BOOLEAN      NOT NULL DEFAULT TRUE AFTER current,
    ADD COLUMN activated_at DATETIME(6)  NULL AFTER active,
    ADD COLUMN activated_by VARCHAR(190) NULL AFTER activated_at;

UPDATE asm_item SET active = FALSE WHERE source <> 'content' OR needs_translation;

-- The one language a not yet translated item is written in, so that the same bank in the other language can
-- complete it ("ZH" or "EN"; NULL: written in both, or imported before the language was kept).
ALTER TABLE asm_item ADD COLUMN text_language CHAR(2) NULL AFTER needs_translation;
