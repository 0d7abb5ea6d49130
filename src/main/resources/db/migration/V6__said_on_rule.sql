-- The "said on" answers kept in said_on_check were keyed by their inputs only, so an answer stored
-- before the rule changed stayed until its statement changed. The rule's version (SaidOn.RULE) is now
-- one of the inputs: a row of another version is decided again. Rows kept so far came from rule 1.
ALTER TABLE said_on_check ADD COLUMN rule INTEGER NOT NULL DEFAULT 1;
