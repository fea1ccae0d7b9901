-- Event data: CAMEO event codes read as VICS categories, and tallies of events, so that
-- what states did (ICEWS, Phoenix, GDELT rows) can be profiled and compared with what their
-- leaders said.  The mapping of each root is argued in doc/events.md.

CREATE FUNCTION @extschema@.vics_cameo_category(cameo_code text) RETURNS text
AS 'MODULE_PATHNAME', 'vics_cameo_category' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_cameo_category(text) IS
  'VICS category (REW, PRO, APP, OPP, THR, PUN) of a CAMEO event code, by its root: 02, 04, 05 APP; 03 PRO; 06-08 REW; 10-12, 14 OPP; 13, 15 THR; 16-20 PUN; NULL for the neutral roots 01 and 09; a malformed code (not 2-4 digits with root 01-20) is an error 22023';

CREATE TABLE @extschema@.vics_cameo_codes (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{2,4}$'),
  label text NOT NULL,
  root text NOT NULL CHECK (root = pg_catalog.substr(code, 1, 2)),
  goldstein float8 CHECK (goldstein BETWEEN -10 AND 10),
  category text GENERATED ALWAYS AS (@extschema@.vics_cameo_category(code)) STORED
);
COMMENT ON TABLE @extschema@.vics_cameo_codes IS
  'the CAMEO event codebook (as distributed with ICEWS) with the VICS category of each code; category is computed by vics_cameo_category, so table and function always agree';
COMMENT ON COLUMN @extschema@.vics_cameo_codes.code IS 'CAMEO code: a two-digit root (01..20) or one of its three- and four-digit children';
COMMENT ON COLUMN @extschema@.vics_cameo_codes.label IS 'CAMEO event name';
COMMENT ON COLUMN @extschema@.vics_cameo_codes.root IS 'the two-digit root the code belongs to';
COMMENT ON COLUMN @extschema@.vics_cameo_codes.goldstein IS 'Goldstein conflict-cooperation weight, -10 (most conflictual) .. +10';
COMMENT ON COLUMN @extschema@.vics_cameo_codes.category IS 'VICS category, NULL for neutral codes (roots 01 and 09)';

-- @load data/events/cameo_codes.tsv INTO @extschema@.vics_cameo_codes (code, label, root, goldstein)

CREATE FUNCTION @extschema@.vics_event_tally_trans(@extschema@.vics_tally, text, text)
RETURNS @extschema@.vics_tally
AS 'MODULE_PATHNAME', 'vics_event_tally_trans' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_event_tally_trans(@extschema@.vics_tally, text, text) IS
  'transition function of vics_event_tally: counts one event, skipping rows with a NULL code or actor';

CREATE AGGREGATE @extschema@.vics_event_tally(cameo_code text, who text) (
  SFUNC = @extschema@.vics_event_tally_trans,
  STYPE = @extschema@.vics_tally,
  COMBINEFUNC = @extschema@.vics_tally_sum_trans,
  SSPACE = 176,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.vics_event_tally(text, text) IS
  'tally of events: each event with a non-neutral CAMEO code counts once, in the past tense, for who = ''SELF'' (the state in question acted) or ''OTHER'' (another actor acted toward it); rows with NULL code or who are skipped; NULL when every row is skipped, an empty tally when every event was neutral; lexicon and coder 0';
