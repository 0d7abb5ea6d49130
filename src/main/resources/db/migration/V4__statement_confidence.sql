-- How sure the rules were of a suggested statement (0..1) and of its kind, so the table can sort
-- by it and show the statements whose kind is unsure; null for what a researcher made.
ALTER TABLE statement ADD COLUMN confidence REAL;
ALTER TABLE statement ADD COLUMN kind_confidence REAL;
