-- Comparing two profiles (VICS.md 1.7; doc/compare.md): per index Welch's t-test on the
-- per-document values, Hedges' g, an equivalence test (TOST) against a margin, and the
-- verdict divergent / congruent / inconclusive; then the balance of beliefs of a dyad.

CREATE FUNCTION @extschema@.vics_margins(margins jsonb DEFAULT NULL, norm_group text DEFAULT 'walker2005',
                                         margin_sd float8 DEFAULT 0.5)
RETURNS float8[]
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  result float8[];
  k text;
  v jsonb;
  pos integer;
BEGIN
  IF margin_sd IS NULL OR NOT (margin_sd > 0 AND margin_sd < 'Infinity') THEN
    RAISE EXCEPTION USING
      ERRCODE = 'invalid_parameter_value',
      MESSAGE = format('margin_sd must be positive and finite, not %s', coalesce(margin_sd::text, 'NULL')),
      HINT = 'The default 0.5 makes each margin half the norming group''s SD of the index.';
  END IF;
  IF norm_group IS NOT NULL THEN
    PERFORM @extschema@.vics_require_norm_group(norm_group,
      'Add the group''s rows to vics_norms, or pass NULL and give every margin in margins.');
  END IF;
  IF margins IS NOT NULL AND jsonb_typeof(margins) <> 'object' THEN
    RAISE EXCEPTION USING
      ERRCODE = 'invalid_parameter_value',
      MESSAGE = format('margins must be a JSON object, not %s', jsonb_typeof(margins)),
      HINT = 'Map index names to margins, e.g. ''{"P-1": 0.1, "I-1": 0.15}''.';
  END IF;

  SELECT array_agg(nm.sd * margin_sd ORDER BY n.ord) INTO result
    FROM @extschema@.vics_index_names() n
    LEFT JOIN @extschema@.vics_norms nm ON nm.group_name = norm_group AND nm.index = n.index;

  FOR k, v IN SELECT e.key, e.value FROM jsonb_each(margins) e LOOP
    SELECT n.ord INTO pos FROM @extschema@.vics_index_names() n WHERE lower(n.index) = lower(btrim(k));
    IF pos IS NULL THEN
      RAISE EXCEPTION USING
        ERRCODE = 'invalid_parameter_value',
        MESSAGE = format('unknown VICS index "%s" in margins', k),
        HINT = format('Valid index names (case-insensitive): %s.',
                      (SELECT string_agg(n.index, ', ' ORDER BY n.ord) FROM @extschema@.vics_index_names() n));
    END IF;
    IF jsonb_typeof(v) = 'null' THEN
      result[pos] := NULL;
    ELSIF jsonb_typeof(v) <> 'number' OR NOT (v::float8 > 0) THEN
      RAISE EXCEPTION USING
        ERRCODE = 'invalid_parameter_value',
        MESSAGE = format('the margin for %s must be a positive number, not %s', k, v::text),
        HINT = 'Give the margin on the scale of the index (e.g. 0.14 for P-1), or null for no equivalence test.';
    ELSE
      result[pos] := v::float8;
    END IF;
  END LOOP;
  RETURN result;
END
$$;
COMMENT ON FUNCTION @extschema@.vics_margins(jsonb, text, float8) IS
  'equivalence margins of the 17 indices (in the order of vics_index_names()): margin_sd times the norming group''s SD of each index, overridden per index by margins (a JSON object of index name -> positive number, or null for no margin); NULL where neither gives one';

CREATE FUNCTION @extschema@.vics_congruence_margins(a @extschema@.vics_profile, b @extschema@.vics_profile,
  alpha float8, margins float8[], power float8 DEFAULT 0.8,
  OUT index text, OUT mean_a float8, OUT mean_b float8, OUT sd_a float8, OUT sd_b float8,
  OUT n_a integer, OUT n_b integer, OUT pooled_a float8, OUT pooled_b float8, OUT diff float8,
  OUT t float8, OUT df float8, OUT p float8, OUT margin float8, OUT p_equivalence float8,
  OUT hedges_g float8, OUT verdict text, OUT note text, OUT speeches_needed bigint)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'vics_congruence_margins'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 17;
COMMENT ON FUNCTION @extschema@.vics_congruence_margins(@extschema@.vics_profile, @extschema@.vics_profile, float8, float8[], float8) IS
  'vics_congruence with the 17 equivalence margins given as an array (order of vics_index_names(), NULL = none): one row per index with Welch''s t-test, Hedges'' g, the TOST equivalence test and the verdict';

CREATE FUNCTION @extschema@.vics_congruence(a @extschema@.vics_profile, b @extschema@.vics_profile,
  alpha float8 DEFAULT 0.05, margins jsonb DEFAULT NULL, norm_group text DEFAULT 'walker2005',
  margin_sd float8 DEFAULT 0.5, power float8 DEFAULT 0.8)
RETURNS TABLE (index text, mean_a float8, mean_b float8, sd_a float8, sd_b float8,
               n_a integer, n_b integer, pooled_a float8, pooled_b float8, diff float8,
               t float8, df float8, p float8, margin float8, p_equivalence float8,
               hedges_g float8, verdict text, note text, speeches_needed bigint)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
  SELECT * FROM @extschema@.vics_congruence_margins(a, b, alpha,
                  @extschema@.vics_margins(margins, norm_group, margin_sd), power);
END;
COMMENT ON FUNCTION @extschema@.vics_congruence(@extschema@.vics_profile, @extschema@.vics_profile, float8, jsonb, text, float8, float8) IS
  'do two profiles differ? One row per index (17): per-document means, SDs and ns, pooled values, Welch''s t, df and two-sided p, the equivalence margin (margin_sd x the norming group''s SD, or margins) and the TOST p, Hedges'' g, the verdict (divergent: p < alpha; congruent: p_equivalence < alpha; inconclusive: neither), why a value is NULL or a caveat (note), and for an inconclusive verdict the documents per side that would likely settle it (speeches_needed, at the given power)';

CREATE FUNCTION @extschema@.vics_balance_of_beliefs(a @extschema@.vics_profile, b @extschema@.vics_profile,
  alpha float8 DEFAULT 0.05, margins jsonb DEFAULT NULL, norm_group text DEFAULT 'walker2005',
  margin_sd float8 DEFAULT 0.5, power float8 DEFAULT 0.8)
RETURNS TABLE (p1_verdict text, i1_verdict text, relationship text, speeches_needed bigint,
               p1_diff float8, p1_t float8, p1_df float8, p1_p float8, p1_margin float8,
               p1_p_equivalence float8, p1_hedges_g float8,
               i1_diff float8, i1_t float8, i1_df float8, i1_p float8, i1_margin float8,
               i1_p_equivalence float8, i1_hedges_g float8, note text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  WITH c AS (
    SELECT * FROM @extschema@.vics_congruence(a, b, alpha, margins, norm_group, margin_sd, power) r
     WHERE r.index IN ('P-1', 'I-1')
  ), pi AS (
    SELECT p1.verdict AS pv, i1.verdict AS iv, p1.speeches_needed AS pn, i1.speeches_needed AS inn,
           p1.diff AS p1_diff, p1.t AS p1_t, p1.df AS p1_df, p1.p AS p1_p, p1.margin AS p1_margin,
           p1.p_equivalence AS p1_peq, p1.hedges_g AS p1_g, p1.note AS p1_note,
           i1.diff AS i1_diff, i1.t AS i1_t, i1.df AS i1_df, i1.p AS i1_p, i1.margin AS i1_margin,
           i1.p_equivalence AS i1_peq, i1.hedges_g AS i1_g, i1.note AS i1_note
      FROM c p1, c i1
     WHERE p1.index OPERATOR(pg_catalog.=) 'P-1' AND i1.index OPERATOR(pg_catalog.=) 'I-1'
  )
  SELECT pv, iv,
         CASE
           WHEN pv IS NULL OR iv IS NULL THEN NULL
           WHEN pv OPERATOR(pg_catalog.=) 'inconclusive' OR iv OPERATOR(pg_catalog.=) 'inconclusive' THEN 'inconclusive'
           WHEN pv OPERATOR(pg_catalog.=) 'congruent' AND iv OPERATOR(pg_catalog.=) 'congruent' THEN 'like-minded alliance possible'
           WHEN pv OPERATOR(pg_catalog.=) 'divergent' AND iv OPERATOR(pg_catalog.=) 'congruent' THEN 'issue-specific cooperation without alliance'
           WHEN pv OPERATOR(pg_catalog.=) 'congruent' AND iv OPERATOR(pg_catalog.=) 'divergent' THEN 'no alignment: shared view of others, different strategies'
           ELSE 'no alignment: different views of others and different strategies'
         END,
         -- every inconclusive master belief must be settled: the larger need, NULL if one cannot be
         CASE
           WHEN pv IS NULL OR iv IS NULL OR NOT (pv OPERATOR(pg_catalog.=) 'inconclusive' OR iv OPERATOR(pg_catalog.=) 'inconclusive') THEN NULL
           WHEN (pv OPERATOR(pg_catalog.=) 'inconclusive' AND pn IS NULL) OR (iv OPERATOR(pg_catalog.=) 'inconclusive' AND inn IS NULL) THEN NULL
           ELSE greatest(CASE WHEN pv OPERATOR(pg_catalog.=) 'inconclusive' THEN pn END, CASE WHEN iv OPERATOR(pg_catalog.=) 'inconclusive' THEN inn END)
         END,
         p1_diff, p1_t, p1_df, p1_p, p1_margin, p1_peq, p1_g,
         i1_diff, i1_t, i1_df, i1_p, i1_margin, i1_peq, i1_g,
         nullif(pg_catalog.concat_ws('; ',
           CASE WHEN iv OPERATOR(pg_catalog.=) 'divergent' AND pv OPERATOR(pg_catalog.=) 'inconclusive'
                THEN 'I-1 is divergent: whichever way P-1 settles, no alignment is predicted' END,
           CASE WHEN iv OPERATOR(pg_catalog.=) 'inconclusive' AND pv IN ('congruent', 'divergent')
                THEN 'P-1 is ' OPERATOR(pg_catalog.||) pv OPERATOR(pg_catalog.||) ': the cell depends on how I-1 settles' END,
           'P-1: ' OPERATOR(pg_catalog.||) p1_note, 'I-1: ' OPERATOR(pg_catalog.||) i1_note), '')
    FROM pi;
$$;
COMMENT ON FUNCTION @extschema@.vics_balance_of_beliefs(@extschema@.vics_profile, @extschema@.vics_profile, float8, jsonb, text, float8, float8) IS
  'Feng and He''s balance of beliefs of a dyad (VICS.md 1.7): the P-1 and I-1 verdicts of vics_congruence, the relationship their cell predicts (like-minded alliance possible; issue-specific cooperation without alliance; no alignment ...; inconclusive when either verdict is, with speeches_needed, the documents per side that would likely settle every inconclusive one), and the test numbers behind it';
