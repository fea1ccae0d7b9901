-- CAMEO codes as VICS categories (doc/events.md): one code of every root, children of
-- every depth, the neutral roots, NULL, malformed codes, and the shipped codebook table.
SELECT code, vics_cameo_category(code) AS category
  FROM (VALUES ('010'), ('020'), ('030'), ('040'), ('050'), ('060'), ('070'), ('080'), ('090'),
               ('100'), ('110'), ('120'), ('130'), ('140'), ('150'), ('160'), ('170'), ('180'),
               ('190'), ('200')) v(code)
 ORDER BY code;

-- Roots alone and four-digit children map like their root.
SELECT code, vics_cameo_category(code) AS category
  FROM (VALUES ('01'), ('02'), ('09'), ('20'), ('0234'), ('0362'), ('0874'), ('1246'),
               ('1384'), ('1724'), ('1823')) v(code)
 ORDER BY code;

SELECT vics_cameo_category(NULL) IS NULL AS null_is_null;

-- Malformed codes: 22023 with a hint (one shown in full, the rest by SQLSTATE).
SELECT vics_cameo_category('42');
\set VERBOSITY sqlstate
SELECT vics_cameo_category('');
SELECT vics_cameo_category('4');
SELECT vics_cameo_category('00');
SELECT vics_cameo_category('21');
SELECT vics_cameo_category('04a');
SELECT vics_cameo_category(' 042');
SELECT vics_cameo_category('042 ');
SELECT vics_cameo_category('04200');
SELECT vics_cameo_category('٠٤٢');
\set VERBOSITY default

-- The codebook: 312 codes, 20 roots; the categories counted by hand from the root column
-- of data/events/cameo_codes.tsv (codes per root: 01 11, 02 28, 03 29, 04 8, 05 9, 06 6,
-- 07 7, 08 26, 09 6, 10 28, 11 13, 12 28, 13 23, 14 27, 15 6, 16 14, 17 13, 18 14, 19 8,
-- 20 8): APP 28+8+9 = 45, PRO 29, REW 6+7+26 = 39, OPP 28+13+28+27 = 96, THR 23+6 = 29,
-- PUN 14+13+14+8+8 = 57, neutral 11+6 = 17.
SELECT count(*) AS codes, count(*) FILTER (WHERE length(code) = 2) AS roots,
       count(DISTINCT root) AS distinct_roots
  FROM vics_cameo_codes;
SELECT coalesce(category, '(neutral)') AS category, count(*) AS codes
  FROM vics_cameo_codes
 GROUP BY category ORDER BY array_position(ARRAY['REW', 'PRO', 'APP', 'OPP', 'THR', 'PUN'], category) NULLS LAST;

-- The table's category is the function's, and every child shares its root's category.
SELECT count(*) AS mismatches
  FROM vics_cameo_codes c JOIN vics_cameo_codes r ON r.code = c.root
 WHERE c.category IS DISTINCT FROM r.category
    OR c.category IS DISTINCT FROM vics_cameo_category(c.code);

-- Goldstein's weights agree in sign with the categories (cooperation > 0, conflict < 0)
-- except for the appeals for reform and for yielding (024*, 025*), which Goldstein scores
-- -0.3 and VICS codes as appeals (APP), like "urge" and "call on" (doc/events.md).
SELECT code, label, goldstein, category
  FROM vics_cameo_codes
 WHERE (category IN ('REW', 'PRO', 'APP') AND goldstein <= 0)
    OR (category IN ('OPP', 'THR', 'PUN') AND goldstein >= 0)
 ORDER BY code;

-- Labels chosen on purpose: the mapping is pure (IMMUTABLE STRICT PARALLEL SAFE, usable in
-- the generated column and in indexes); the aggregate's state is vics_tally itself, with
-- the tally sum as combine function (parallel query), and no final function.
SELECT p.oid::regprocedure AS function, p.prokind AS kind, p.provolatile AS volatility,
       p.proparallel AS parallel, p.proisstrict AS strict, p.prorettype::regtype AS returns
  FROM pg_proc p
 WHERE p.proname IN ('vics_cameo_category', 'vics_event_tally', 'vics_event_tally_trans')
 ORDER BY p.oid::regprocedure::text;
SELECT a.aggfnoid::regprocedure AS aggregate, a.aggtranstype::regtype AS state,
       a.aggtransfn AS transition, a.aggcombinefn AS combine, a.aggfinalfn AS final,
       a.aggtransspace AS sspace
  FROM pg_aggregate a
 WHERE a.aggfnoid = 'vics_event_tally(text, text)'::regprocedure;
