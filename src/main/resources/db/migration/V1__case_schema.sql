-- The whole case in one file. Offsets are UTF-16 (Java String) indices into article.body.
PRAGMA application_id = 1332638307;

CREATE TABLE case_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE article (
    id                  INTEGER PRIMARY KEY,
    file_name           TEXT NOT NULL,
    content_hash        TEXT NOT NULL UNIQUE,
    media_type          TEXT NOT NULL,
    charset             TEXT,
    title               TEXT,
    outlet              TEXT,
    author              TEXT,
    url                 TEXT,
    published           TEXT,
    published_precision TEXT,
    language            TEXT,
    body                TEXT NOT NULL,
    body_start          INTEGER NOT NULL DEFAULT -1,
    body_end            INTEGER NOT NULL DEFAULT -1,
    imported_at         TEXT NOT NULL
);

-- The original bytes, verbatim, for provenance; kept apart so list queries stay light.
CREATE TABLE article_original (
    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    bytes      BLOB NOT NULL
);

-- Every metadata value both as detected in the file and as given by the researcher.
CREATE TABLE article_metadata (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    provenance TEXT NOT NULL CHECK (provenance IN ('detected', 'given')),
    value      TEXT NOT NULL,
    PRIMARY KEY (article_id, field, provenance)
);

CREATE TABLE entity (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    type   TEXT NOT NULL CHECK (type IN ('PERSON', 'ORGANIZATION', 'LOCATION', 'WORK', 'OTHER')),
    origin TEXT NOT NULL DEFAULT 'researcher',
    state  TEXT NOT NULL DEFAULT 'accepted'
);

CREATE TABLE entity_alias (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, alias)
);

CREATE TABLE mention (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    origin     TEXT NOT NULL DEFAULT 'researcher',
    state      TEXT NOT NULL DEFAULT 'accepted',
    anchor     TEXT NOT NULL DEFAULT 'anchored'
);
CREATE INDEX mention_by_article ON mention(article_id, start);
CREATE INDEX mention_by_entity ON mention(entity_id);

CREATE TABLE statement_kind (
    code     TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    position INTEGER NOT NULL
);
INSERT INTO statement_kind (code, label, position) VALUES
    ('claim', 'Claim', 1), ('denial', 'Denial', 2), ('accusation', 'Accusation', 3),
    ('threat', 'Threat', 4), ('no_comment', 'No comment', 5), ('other', 'Other', 6);

CREATE TABLE statement (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              TEXT NOT NULL,
    speaker           TEXT,
    speaker_entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    speaker_text      TEXT,
    cue_start         INTEGER,
    cue_end           INTEGER,
    cue_text          TEXT,
    via               TEXT,
    kind              TEXT NOT NULL REFERENCES statement_kind(code),
    direct            INTEGER NOT NULL DEFAULT 1,
    date_said         TEXT,
    origin            TEXT NOT NULL DEFAULT 'researcher',
    state             TEXT NOT NULL DEFAULT 'accepted',
    anchor            TEXT NOT NULL DEFAULT 'anchored'
);
CREATE INDEX statement_by_article ON statement(article_id, start);
CREATE INDEX statement_by_speaker ON statement(speaker_entity_id);

CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT NOT NULL,
    date_from   TEXT,
    date_to     TEXT,
    precision   TEXT NOT NULL,
    description TEXT,
    date_fixed  INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL DEFAULT 'researcher',
    state       TEXT NOT NULL DEFAULT 'accepted',
    anchor      TEXT NOT NULL DEFAULT 'anchored'
);
CREATE INDEX event_by_article ON event(article_id, start);
CREATE INDEX event_by_date ON event(date_from);

CREATE TABLE event_link (
    event_id    INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    target_type TEXT NOT NULL CHECK (target_type IN ('entity', 'statement')),
    target_id   INTEGER NOT NULL,
    PRIMARY KEY (event_id, target_type, target_id)
);

CREATE TABLE note (
    id          INTEGER PRIMARY KEY,
    target_type TEXT NOT NULL CHECK (target_type IN ('article', 'entity', 'statement', 'event')),
    target_id   INTEGER NOT NULL,
    text        TEXT NOT NULL,
    created     TEXT NOT NULL
);
CREATE INDEX note_by_target ON note(target_type, target_id);

-- Ranked full-text search over titles and bodies; external content, kept in step by triggers.
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, body, content='article', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, coalesce(new.title, ''), new.body);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, coalesce(old.title, ''), old.body);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, body ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, coalesce(old.title, ''), old.body);
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, coalesce(new.title, ''), new.body);
END;
