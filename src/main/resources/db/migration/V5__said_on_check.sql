-- Which "said on" days are only the publication day (SaidOn.isAssumed). Deciding it runs the date
-- finder over the sentence of every statement said on its publication day, most of opening a large
-- case, so the answer is kept with the inputs it came from: a row whose day said, publication day
-- or span differ from the statement's now is stale and decided again. Replacing an article's body
-- deletes the rows of its statements.
CREATE TABLE said_on_check (
    statement_id INTEGER PRIMARY KEY REFERENCES statement(id) ON DELETE CASCADE,
    date_said    TEXT NOT NULL,
    published    TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    assumed      INTEGER NOT NULL
);
