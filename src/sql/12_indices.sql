-- Indices (VICS.md 1.3) and accessors.  Index names are case-insensitive: 'P-1', 'P-2',
-- 'P-3', 'P-4a', 'P-4b', 'P-5', 'I-1', 'I-2', 'I-3', 'I-4a', 'I-4b', 'I-5 REW' .. 'I-5 PUN'.
-- An undefined index (zero denominator; no document for a mean; fewer than two for an SD)
-- is NULL, never 0.

CREATE FUNCTION @extschema@.vics_index(t @extschema@.vics_tally, index text) RETURNS float8
AS 'MODULE_PATHNAME', 'vics_tally_index' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_index(@extschema@.vics_tally, text) IS
  'value of one VICS index for the counts of a tally; NULL when its denominator is zero';

CREATE FUNCTION @extschema@.vics_index(p @extschema@.vics_profile, index text) RETURNS float8
AS 'MODULE_PATHNAME', 'vics_profile_index' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_index(@extschema@.vics_profile, text) IS
  'pooled value of one VICS index (counts summed over all documents, index computed once); NULL when undefined';

CREATE FUNCTION @extschema@.vics_index_mean(p @extschema@.vics_profile, index text) RETURNS float8
AS 'MODULE_PATHNAME', 'vics_profile_index_mean' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_index_mean(@extschema@.vics_profile, text) IS
  'mean of one index over the documents where it is defined (and that reach min_utterances); NULL when there is none';

CREATE FUNCTION @extschema@.vics_index_sd(p @extschema@.vics_profile, index text) RETURNS float8
AS 'MODULE_PATHNAME', 'vics_profile_index_sd' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_index_sd(@extschema@.vics_profile, text) IS
  'sample standard deviation (n - 1) of one index over documents; NULL when fewer than two documents define it';

CREATE FUNCTION @extschema@.vics_index_n(p @extschema@.vics_profile, index text) RETURNS bigint
AS 'MODULE_PATHNAME', 'vics_profile_index_n' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_index_n(@extschema@.vics_profile, text) IS
  'number of documents the per-document mean and SD of one index are taken over';

CREATE FUNCTION @extschema@.vics_index_values(p @extschema@.vics_profile,
  OUT ord integer, OUT index text, OUT pooled float8, OUT mean float8, OUT sd float8, OUT n bigint)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'vics_profile_index_rows' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 17;
COMMENT ON FUNCTION @extschema@.vics_index_values(@extschema@.vics_profile) IS
  'all 17 indices of a profile as rows (ord 1..17 in the order of VICS.md 1.3): pooled value, per-document mean, SD and n';

CREATE FUNCTION @extschema@.vics_descriptor(index text, value float8, z float8) RETURNS text
AS 'MODULE_PATHNAME', 'vics_descriptor' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_descriptor(text, float8, float8) IS
  'words for an index value: from z in half-SD steps when z is given (average, somewhat/definitely/very/extremely high or low), else from the raw value (e.g. P-1 somewhat/definitely/extremely friendly or hostile, mixed; 0..1 indices very low .. very high); NULL when both are NULL';

CREATE FUNCTION @extschema@.vics_p1(t @extschema@.vics_tally) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(t, 'P-1');
COMMENT ON FUNCTION @extschema@.vics_p1(@extschema@.vics_tally) IS 'P-1 of a tally (same as vics_index(t, ''P-1''))';

CREATE FUNCTION @extschema@.vics_p1(p @extschema@.vics_profile) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(p, 'P-1');
COMMENT ON FUNCTION @extschema@.vics_p1(@extschema@.vics_profile) IS 'P-1 pooled value of a profile (same as vics_index(p, ''P-1''))';

CREATE FUNCTION @extschema@.vics_p2(t @extschema@.vics_tally) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(t, 'P-2');
COMMENT ON FUNCTION @extschema@.vics_p2(@extschema@.vics_tally) IS 'P-2 of a tally (same as vics_index(t, ''P-2''))';

CREATE FUNCTION @extschema@.vics_p2(p @extschema@.vics_profile) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(p, 'P-2');
COMMENT ON FUNCTION @extschema@.vics_p2(@extschema@.vics_profile) IS 'P-2 pooled value of a profile (same as vics_index(p, ''P-2''))';

CREATE FUNCTION @extschema@.vics_p3(t @extschema@.vics_tally) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(t, 'P-3');
COMMENT ON FUNCTION @extschema@.vics_p3(@extschema@.vics_tally) IS 'P-3 of a tally (same as vics_index(t, ''P-3''))';

CREATE FUNCTION @extschema@.vics_p3(p @extschema@.vics_profile) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(p, 'P-3');
COMMENT ON FUNCTION @extschema@.vics_p3(@extschema@.vics_profile) IS 'P-3 pooled value of a profile (same as vics_index(p, ''P-3''))';

CREATE FUNCTION @extschema@.vics_p4a(t @extschema@.vics_tally) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(t, 'P-4a');
COMMENT ON FUNCTION @extschema@.vics_p4a(@extschema@.vics_tally) IS 'P-4a of a tally (same as vics_index(t, ''P-4a''))';

CREATE FUNCTION @extschema@.vics_p4a(p @extschema@.vics_profile) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(p, 'P-4a');
COMMENT ON FUNCTION @extschema@.vics_p4a(@extschema@.vics_profile) IS 'P-4a pooled value of a profile (same as vics_index(p, ''P-4a''))';

CREATE FUNCTION @extschema@.vics_p4b(t @extschema@.vics_tally) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(t, 'P-4b');
COMMENT ON FUNCTION @extschema@.vics_p4b(@extschema@.vics_tally) IS 'P-4b of a tally (same as vics_index(t, ''P-4b''))';

CREATE FUNCTION @extschema@.vics_p4b(p @extschema@.vics_profile) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(p, 'P-4b');
COMMENT ON FUNCTION @extschema@.vics_p4b(@extschema@.vics_profile) IS 'P-4b pooled value of a profile (same as vics_index(p, ''P-4b''))';

CREATE FUNCTION @extschema@.vics_p5(t @extschema@.vics_tally) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(t, 'P-5');
COMMENT ON FUNCTION @extschema@.vics_p5(@extschema@.vics_tally) IS 'P-5 of a tally (same as vics_index(t, ''P-5''))';

CREATE FUNCTION @extschema@.vics_p5(p @extschema@.vics_profile) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(p, 'P-5');
COMMENT ON FUNCTION @extschema@.vics_p5(@extschema@.vics_profile) IS 'P-5 pooled value of a profile (same as vics_index(p, ''P-5''))';

CREATE FUNCTION @extschema@.vics_i1(t @extschema@.vics_tally) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(t, 'I-1');
COMMENT ON FUNCTION @extschema@.vics_i1(@extschema@.vics_tally) IS 'I-1 of a tally (same as vics_index(t, ''I-1''))';

CREATE FUNCTION @extschema@.vics_i1(p @extschema@.vics_profile) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(p, 'I-1');
COMMENT ON FUNCTION @extschema@.vics_i1(@extschema@.vics_profile) IS 'I-1 pooled value of a profile (same as vics_index(p, ''I-1''))';

CREATE FUNCTION @extschema@.vics_i2(t @extschema@.vics_tally) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(t, 'I-2');
COMMENT ON FUNCTION @extschema@.vics_i2(@extschema@.vics_tally) IS 'I-2 of a tally (same as vics_index(t, ''I-2''))';

CREATE FUNCTION @extschema@.vics_i2(p @extschema@.vics_profile) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(p, 'I-2');
COMMENT ON FUNCTION @extschema@.vics_i2(@extschema@.vics_profile) IS 'I-2 pooled value of a profile (same as vics_index(p, ''I-2''))';

CREATE FUNCTION @extschema@.vics_i3(t @extschema@.vics_tally) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(t, 'I-3');
COMMENT ON FUNCTION @extschema@.vics_i3(@extschema@.vics_tally) IS 'I-3 of a tally (same as vics_index(t, ''I-3''))';

CREATE FUNCTION @extschema@.vics_i3(p @extschema@.vics_profile) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(p, 'I-3');
COMMENT ON FUNCTION @extschema@.vics_i3(@extschema@.vics_profile) IS 'I-3 pooled value of a profile (same as vics_index(p, ''I-3''))';

CREATE FUNCTION @extschema@.vics_i4a(t @extschema@.vics_tally) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(t, 'I-4a');
COMMENT ON FUNCTION @extschema@.vics_i4a(@extschema@.vics_tally) IS 'I-4a of a tally (same as vics_index(t, ''I-4a''))';

CREATE FUNCTION @extschema@.vics_i4a(p @extschema@.vics_profile) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(p, 'I-4a');
COMMENT ON FUNCTION @extschema@.vics_i4a(@extschema@.vics_profile) IS 'I-4a pooled value of a profile (same as vics_index(p, ''I-4a''))';

CREATE FUNCTION @extschema@.vics_i4b(t @extschema@.vics_tally) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(t, 'I-4b');
COMMENT ON FUNCTION @extschema@.vics_i4b(@extschema@.vics_tally) IS 'I-4b of a tally (same as vics_index(t, ''I-4b''))';

CREATE FUNCTION @extschema@.vics_i4b(p @extschema@.vics_profile) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(p, 'I-4b');
COMMENT ON FUNCTION @extschema@.vics_i4b(@extschema@.vics_profile) IS 'I-4b pooled value of a profile (same as vics_index(p, ''I-4b''))';

CREATE FUNCTION @extschema@.vics_i5(t @extschema@.vics_tally, category text) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(t, 'I-5 ' OPERATOR(pg_catalog.||) category);
COMMENT ON FUNCTION @extschema@.vics_i5(@extschema@.vics_tally, text) IS
  'I-5 (utility of means) of a tally for one category: REW, PRO, APP, OPP, THR or PUN';

CREATE FUNCTION @extschema@.vics_i5(p @extschema@.vics_profile, category text) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_index(p, 'I-5 ' OPERATOR(pg_catalog.||) category);
COMMENT ON FUNCTION @extschema@.vics_i5(@extschema@.vics_profile, text) IS
  'pooled I-5 (utility of means) of a profile for one category: REW, PRO, APP, OPP, THR or PUN';

-- Accessors of tallies.

CREATE FUNCTION @extschema@.vics_count(t @extschema@.vics_tally, who text, category text) RETURNS bigint
AS 'MODULE_PATHNAME', 'vics_tally_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_count(@extschema@.vics_tally, text, text) IS
  'utterances of one actor (''self'' or ''other'') in one category (REW .. PUN), case-insensitive';

CREATE FUNCTION @extschema@.vics_tense_count(t @extschema@.vics_tally, who text, tense text) RETURNS bigint
AS 'MODULE_PATHNAME', 'vics_tally_tense_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_tense_count(@extschema@.vics_tally, text, text) IS
  'utterances of one actor (''self'' or ''other'') in one tense (''past'', ''present'', ''future'')';

CREATE FUNCTION @extschema@.vics_utterances_count(t @extschema@.vics_tally) RETURNS bigint
AS 'MODULE_PATHNAME', 'vics_tally_utterances' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_utterances_count(@extschema@.vics_tally) IS
  'coded utterances of SELF and OTHER together';

CREATE FUNCTION @extschema@.vics_utterances_count(t @extschema@.vics_tally, who text) RETURNS bigint
AS 'MODULE_PATHNAME', 'vics_tally_utterances_who' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_utterances_count(@extschema@.vics_tally, text) IS
  'coded utterances of one actor (''self'' or ''other'')';

CREATE FUNCTION @extschema@.vics_sentences_count(t @extschema@.vics_tally) RETURNS bigint
AS 'MODULE_PATHNAME', 'vics_tally_sentences' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_sentences_count(@extschema@.vics_tally) IS
  'sentences seen in the coded text(s) (0 for hand-entered tallies)';

CREATE FUNCTION @extschema@.vics_words_count(t @extschema@.vics_tally) RETURNS bigint
AS 'MODULE_PATHNAME', 'vics_tally_words' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_words_count(@extschema@.vics_tally) IS
  'words seen in the coded text(s) (0 for hand-entered tallies)';

CREATE FUNCTION @extschema@.vics_lexicon_version(t @extschema@.vics_tally) RETURNS text
AS 'MODULE_PATHNAME', 'vics_tally_lexicon' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_lexicon_version(@extschema@.vics_tally) IS
  'content hash (8 hex digits) of the lexicon that coded the tally; NULL for hand-entered counts';

CREATE FUNCTION @extschema@.vics_coder_version(t @extschema@.vics_tally) RETURNS integer
AS 'MODULE_PATHNAME', 'vics_tally_coder' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_coder_version(@extschema@.vics_tally) IS
  'version of the coding rules that produced the tally; NULL for hand-entered counts';

-- Accessors of profiles.

CREATE FUNCTION @extschema@.vics_pooled(p @extschema@.vics_profile) RETURNS @extschema@.vics_tally
AS 'MODULE_PATHNAME', 'vics_profile_pooled' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_pooled(@extschema@.vics_profile) IS
  'the pooled counts of a profile (the sum of all its tallies) as a vics_tally';

CREATE FUNCTION @extschema@.vics_documents_count(p @extschema@.vics_profile) RETURNS bigint
AS 'MODULE_PATHNAME', 'vics_profile_docs' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_documents_count(@extschema@.vics_profile) IS
  'number of tallies (documents) aggregated into the profile';

CREATE FUNCTION @extschema@.vics_short_documents_count(p @extschema@.vics_profile) RETURNS bigint
AS 'MODULE_PATHNAME', 'vics_profile_docs_short' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_short_documents_count(@extschema@.vics_profile) IS
  'documents below min_utterances: counted in the pooled tally, left out of the per-document moments';

CREATE FUNCTION @extschema@.vics_min_utterances(p @extschema@.vics_profile) RETURNS integer
AS 'MODULE_PATHNAME', 'vics_profile_min_utterances' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_min_utterances(@extschema@.vics_profile) IS
  'the minimum of coded utterances per document the profile was built with';

CREATE FUNCTION @extschema@.vics_lexicon_version(p @extschema@.vics_profile) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_lexicon_version(@extschema@.vics_pooled(p));
COMMENT ON FUNCTION @extschema@.vics_lexicon_version(@extschema@.vics_profile) IS
  'lexicon hash of the tallies in the profile; NULL for hand-entered counts or an empty profile';

CREATE FUNCTION @extschema@.vics_coder_version(p @extschema@.vics_profile) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.vics_coder_version(@extschema@.vics_pooled(p));
COMMENT ON FUNCTION @extschema@.vics_coder_version(@extschema@.vics_profile) IS
  'coder version of the tallies in the profile; NULL for hand-entered counts or an empty profile';

-- Long forms, for pivots, charts and loops over indices.

CREATE FUNCTION @extschema@.vics_counts(t @extschema@.vics_tally, OUT who text, OUT category text, OUT count bigint)
RETURNS SETOF record
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 12
BEGIN ATOMIC
  SELECT w.who, c.category, @extschema@.vics_count(t, w.who, c.category)
    FROM pg_catalog.unnest(ARRAY['self', 'other']) WITH ORDINALITY AS w(who, i),
         pg_catalog.unnest(ARRAY['REW', 'PRO', 'APP', 'OPP', 'THR', 'PUN']) WITH ORDINALITY AS c(category, j)
   ORDER BY w.i, c.j;
END;
COMMENT ON FUNCTION @extschema@.vics_counts(@extschema@.vics_tally) IS
  'the 12 utterance counts of a tally as rows (who ''self''/''other'', category REW..PUN, count), zeros included';

CREATE FUNCTION @extschema@.vics_index_names(OUT ord integer, OUT index text)
RETURNS SETOF record
LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 17
BEGIN ATOMIC
  SELECT n.ord::integer, n.index
    FROM pg_catalog.unnest(ARRAY['P-1', 'P-2', 'P-3', 'P-4a', 'P-4b', 'P-5', 'I-1', 'I-2', 'I-3', 'I-4a', 'I-4b',
                      'I-5 REW', 'I-5 PRO', 'I-5 APP', 'I-5 OPP', 'I-5 THR', 'I-5 PUN'])
         WITH ORDINALITY AS n(index, ord)
   ORDER BY n.ord;
END;
COMMENT ON FUNCTION @extschema@.vics_index_names() IS
  'the 17 index names in canonical spelling and in the order of VICS.md 1.3 (as vics_index_values and vics_indices report them)';
