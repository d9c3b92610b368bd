-- A lesson's optional easy-read summary (short sentences, everyday words), Markdown in each language; shown first
-- to learners whose accessibility needs ask for it. NULL for a lesson that has none.
ALTER TABLE lrn_lesson ADD COLUMN easy_read_zh MEDIUMTEXT NULL, ADD COLUMN easy_read_en MEDIUMTEXT NULL;
