-- A fourth accessibility need: lessons' easy-read summaries shown first (learners with cognitive or learning
-- disabilities, or reading in a second language). Off for everyone until they ask.
ALTER TABLE idn_person ADD COLUMN easy_read_first BOOLEAN NOT NULL DEFAULT FALSE;
