-- The VICS lexicon: the shipped entries (replaced by extension upgrades), the users' edits
-- (kept by pg_dump), and the view vics_lexicon that the coder reads.  Irregular verb forms
-- live in vics_irregular.  Every change invalidates the compiled lexicon of every backend
-- (statement triggers below), and every tally records the content hash of the lexicon that
-- coded it (vics_lexicon_version()).

CREATE TABLE @extschema@.vics_lexicon_shipped (
  lang text NOT NULL DEFAULT 'en',
  entry text NOT NULL,
  category text NOT NULL,
  note text,
  PRIMARY KEY (lang, entry),
  CONSTRAINT "category must be one of REW PRO APP OPP THR PUN"
    CHECK (category IN ('REW', 'PRO', 'APP', 'OPP', 'THR', 'PUN'))
);
COMMENT ON TABLE @extschema@.vics_lexicon_shipped IS
  'the lexicon shipped with opcode (data/lexicon/en.tsv); read-only, replaced by extension upgrades: change entries through vics_lexicon_user';

-- @load data/lexicon/en.tsv INTO @extschema@.vics_lexicon_shipped (entry, category, note)

CREATE TABLE @extschema@.vics_lexicon_user (
  lang text NOT NULL DEFAULT 'en',
  entry text NOT NULL,
  category text,
  note text,
  PRIMARY KEY (lang, entry),
  CONSTRAINT "category must be one of REW PRO APP OPP THR PUN, or NULL"
    CHECK (category IS NULL OR category IN ('REW', 'PRO', 'APP', 'OPP', 'THR', 'PUN')),
  CONSTRAINT "entry must be lowercase words separated by single spaces"
    CHECK (entry ~ '^[^[:space:][:upper:]]+( [^[:space:][:upper:]]+)*$' AND pg_catalog.octet_length(entry) <= 200),
  CONSTRAINT "lang must be a short lowercase code"
    CHECK (lang ~ '^[a-z]{2,8}(-[a-z0-9]{1,8})?$')
);
COMMENT ON TABLE @extschema@.vics_lexicon_user IS
  'your lexicon edits: a row adds an entry, or overrides the category of a shipped entry with the same (lang, entry); category NULL deletes the shipped entry.  Kept by pg_dump and extension upgrades';
COMMENT ON COLUMN @extschema@.vics_lexicon_user.entry IS
  'a verb lemma (''attack'') or a multi-word verb, verb lemma first (''call on'', ''impose sanctions''); only the first word is inflected';
COMMENT ON COLUMN @extschema@.vics_lexicon_user.category IS
  'REW, PRO, APP, OPP, THR or PUN (the base category, before negation and modality); NULL removes the shipped entry';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.vics_lexicon_user', '');

CREATE TABLE @extschema@.vics_irregular (
  lang text NOT NULL DEFAULT 'en',
  form text NOT NULL,
  lemma text NOT NULL,
  shipped boolean NOT NULL DEFAULT true,
  PRIMARY KEY (lang, form, lemma),
  CONSTRAINT "form and lemma must be single lowercase words"
    CHECK (form ~ '^[^[:space:][:upper:]]+$' AND lemma ~ '^[^[:space:][:upper:]]+$')
);
COMMENT ON TABLE @extschema@.vics_irregular IS
  'irregular verb forms (form -> lemma) that the regular inflection rules cannot produce; add rows of your own (shipped = false) for new head verbs';

-- @load data/lexicon/en_irregular.tsv INTO @extschema@.vics_irregular (form, lemma)

ALTER TABLE @extschema@.vics_irregular ALTER COLUMN shipped SET DEFAULT false;
SELECT pg_catalog.pg_extension_config_dump('@extschema@.vics_irregular', 'WHERE NOT shipped');

CREATE VIEW @extschema@.vics_lexicon AS
  SELECT s.lang, s.entry, s.category, s.note, 'shipped'::text AS source
    FROM @extschema@.vics_lexicon_shipped s
   WHERE NOT EXISTS (SELECT 1 FROM @extschema@.vics_lexicon_user u
                      WHERE u.lang = s.lang AND u.entry = s.entry)
  UNION ALL
  SELECT u.lang, u.entry, u.category, u.note,
         CASE WHEN EXISTS (SELECT 1 FROM @extschema@.vics_lexicon_shipped s
                            WHERE s.lang = u.lang AND s.entry = u.entry)
              THEN 'user override' ELSE 'user' END
    FROM @extschema@.vics_lexicon_user u
   WHERE u.category IS NOT NULL;
COMMENT ON VIEW @extschema@.vics_lexicon IS
  'the effective lexicon the coder uses: shipped entries minus those deleted or overridden in vics_lexicon_user, plus the user''s entries; source says which';

-- Protect the shipped rows: edits belong in vics_lexicon_user, which pg_dump keeps.
CREATE FUNCTION @extschema@.vics_lexicon_shipped_protect() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RAISE EXCEPTION USING
    ERRCODE = 'restrict_violation',
    MESSAGE = 'vics_lexicon_shipped is read-only',
    DETAIL = 'It holds the lexicon shipped with opcode; pg_dump does not keep changes to it and extension upgrades replace it.',
    HINT = 'Add, recategorize or delete entries in vics_lexicon_user (category NULL deletes a shipped entry).';
END
$$;
COMMENT ON FUNCTION @extschema@.vics_lexicon_shipped_protect() IS
  'trigger function rejecting changes to the shipped lexicon (use vics_lexicon_user)';

CREATE TRIGGER vics_lexicon_shipped_protect BEFORE INSERT OR UPDATE OR DELETE
  ON @extschema@.vics_lexicon_shipped
  FOR EACH ROW EXECUTE FUNCTION @extschema@.vics_lexicon_shipped_protect();
CREATE TRIGGER vics_lexicon_shipped_protect_truncate BEFORE TRUNCATE
  ON @extschema@.vics_lexicon_shipped
  FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.vics_lexicon_shipped_protect();
COMMENT ON TRIGGER vics_lexicon_shipped_protect ON @extschema@.vics_lexicon_shipped IS
  'rejects changes to the shipped lexicon; disabled only by extension upgrade scripts';
COMMENT ON TRIGGER vics_lexicon_shipped_protect_truncate ON @extschema@.vics_lexicon_shipped IS
  'rejects TRUNCATE of the shipped lexicon';

-- Cache invalidation: every backend recompiles the lexicon at its next use.
CREATE FUNCTION @extschema@.vics_lexicon_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'vics_lexicon_changed' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.vics_lexicon_changed() IS
  'trigger function: tells every session that the lexicon changed (relcache invalidation), so coding uses the new lexicon at once';

CREATE TRIGGER vics_lexicon_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON @extschema@.vics_lexicon_user
  FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.vics_lexicon_changed();
CREATE TRIGGER vics_lexicon_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON @extschema@.vics_lexicon_shipped
  FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.vics_lexicon_changed();
CREATE TRIGGER vics_lexicon_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON @extschema@.vics_irregular
  FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.vics_lexicon_changed();
COMMENT ON TRIGGER vics_lexicon_changed ON @extschema@.vics_lexicon_user IS
  'makes every session recompile the lexicon after a change';
COMMENT ON TRIGGER vics_lexicon_changed ON @extschema@.vics_lexicon_shipped IS
  'makes every session recompile the lexicon after a change';
COMMENT ON TRIGGER vics_lexicon_changed ON @extschema@.vics_irregular IS
  'makes every session recompile the lexicon after a change';

CREATE FUNCTION @extschema@.vics_lexicon_version(lang text DEFAULT 'en') RETURNS text
AS 'MODULE_PATHNAME', 'vics_lexicon_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_lexicon_version(text) IS
  'content hash (8 hex digits) of the effective lexicon of a language, as recorded in the tallies it codes';
