-- A fifth accessibility need: breaks that stop an exam's clock (fatigue, pain, medication, conditions that need
-- rest). The assessment context freezes it into each attempt it starts. Off for everyone until they ask.
ALTER TABLE idn_person ADD COLUMN exam_breaks BOOLEAN NOT NULL DEFAULT FALSE;
