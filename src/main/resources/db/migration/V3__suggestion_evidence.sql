-- Why a suggestion was made ("NER: PERSON", "acronym of Voice of America"), kept with the row so
-- the researcher can judge it; null for what a researcher made.
ALTER TABLE entity ADD COLUMN evidence TEXT;
ALTER TABLE mention ADD COLUMN evidence TEXT;
ALTER TABLE event ADD COLUMN evidence TEXT;
ALTER TABLE statement ADD COLUMN evidence TEXT;

-- Names the researcher took away from an entity (alias removed or split off): never proposed for
-- it again. The name is kept in its compared form (case, dots, possessive and a leading "the" dropped).
CREATE TABLE entity_alias_refused (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    name_key  TEXT NOT NULL,
    PRIMARY KEY (entity_id, name_key)
);
