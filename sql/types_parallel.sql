-- Parallel and serial plans give the same profiles: 120,000 generated tallies (arithmetic on
-- the row number, no random()), profiled once with a forced parallel plan (asserted to
-- contain a Partial Aggregate) and once serially.  Counts must be equal, means and SDs equal
-- within 1e-12 relative (the combine step sums in a different order).
CREATE TABLE par_speech AS
SELECT i, i % 7 AS leader,
       vics_tally(ARRAY[i % 3, (i / 3) % 2, (i * 7) % 5, (i * 11) % 4, (i % 13) / 10, (i * 5) % 3],
                  ARRAY[(i / 5) % 3, i % 2, (i * 3) % 7, (i * 13) % 5, (i / 7) % 2, (i * 17) % 4]) AS t
  FROM generate_series(1, 120000) i;
ANALYZE par_speech;

CREATE FUNCTION pg_temp.plan_has(q text, node text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE l text;
BEGIN
  FOR l IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
    IF l LIKE '%' || node || '%' THEN
      RETURN true;
    END IF;
  END LOOP;
  RETURN false;
END $$;
CREATE FUNCTION pg_temp.workers_launched(q text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE l text; n int := 0;
BEGIN
  FOR l IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ' || q LOOP
    IF l ~ 'Workers Launched: [0-9]+' THEN
      n := n + substring(l FROM 'Workers Launched: ([0-9]+)')::int;
    END IF;
  END LOOP;
  RETURN n;
END $$;

-- Profiles equal up to rounding: every count and n exact, moments within 1e-12 relative.
CREATE FUNCTION pg_temp.close(a vics_profile, b vics_profile) RETURNS boolean LANGUAGE sql AS $$
  SELECT vics_pooled(a) = vics_pooled(b)
     AND vics_documents_count(a) = vics_documents_count(b)
     AND vics_short_documents_count(a) = vics_short_documents_count(b)
     AND bool_and(vics_index_n(a, x) = vics_index_n(b, x)
                  AND coalesce(abs(vics_index_mean(a, x) - vics_index_mean(b, x))
                               <= 1e-12 * greatest(abs(vics_index_mean(b, x)), 1e-300), vics_index_mean(b, x) IS NULL)
                  AND coalesce(abs(vics_index_sd(a, x) - vics_index_sd(b, x))
                               <= 1e-12 * greatest(abs(vics_index_sd(b, x)), 1e-300), vics_index_sd(b, x) IS NULL))
    FROM unnest(ARRAY['P-1','P-2','P-3','P-4a','P-4b','P-5','I-1','I-2','I-3','I-4a','I-4b',
                      'I-5 REW','I-5 PRO','I-5 APP','I-5 OPP','I-5 THR','I-5 PUN']) x
$$;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SELECT pg_temp.plan_has('SELECT vics_profile(t) FROM par_speech', 'Partial Aggregate') AS profile_partial,
       pg_temp.plan_has('SELECT vics_profile(t, 20) FROM par_speech', 'Partial Aggregate') AS profile_min_partial,
       pg_temp.plan_has('SELECT vics_tally_sum(t) FROM par_speech', 'Partial Aggregate') AS sum_partial,
       pg_temp.plan_has('SELECT leader, vics_profile(t) FROM par_speech GROUP BY leader', 'Partial') AS grouped_partial,
       pg_temp.workers_launched('SELECT vics_profile(t) FROM par_speech') > 0 AS workers_ran;
CREATE TEMP TABLE par_result AS
SELECT 'all' AS what, vics_profile(t) p, NULL::vics_tally s FROM par_speech
UNION ALL SELECT 'min20', vics_profile(t, 20), NULL FROM par_speech
UNION ALL SELECT 'sum', NULL, vics_tally_sum(t) FROM par_speech;
CREATE TEMP TABLE par_grouped AS SELECT leader, vics_profile(t) p FROM par_speech GROUP BY leader;

RESET parallel_leader_participation;
SET max_parallel_workers_per_gather = 0;
SELECT pg_temp.plan_has('SELECT vics_profile(t) FROM par_speech', 'Partial') AS serial_has_partial;
CREATE TEMP TABLE ser_result AS
SELECT 'all' AS what, vics_profile(t) p, NULL::vics_tally s FROM par_speech
UNION ALL SELECT 'min20', vics_profile(t, 20), NULL FROM par_speech
UNION ALL SELECT 'sum', NULL, vics_tally_sum(t) FROM par_speech;
CREATE TEMP TABLE ser_grouped AS SELECT leader, vics_profile(t) p FROM par_speech GROUP BY leader;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;

SELECT a.what, pg_temp.close(a.p, b.p) AS profiles_match, a.s = b.s AS sums_match
  FROM par_result a JOIN ser_result b USING (what) ORDER BY what;
SELECT count(*) AS groups, bool_and(pg_temp.close(a.p, b.p)) AS all_groups_match
  FROM par_grouped a JOIN ser_grouped b USING (leader);
-- Sizes, so that the comparison is not vacuous: 120000 documents; with a minimum of 20
-- utterances some are short; the sum equals the pooled counts.
SELECT vics_documents_count(p) AS docs, vics_short_documents_count(p) > 0 AS some_short,
       vics_index_n(p, 'I-1') > 100000 AS many_i1
  FROM ser_result WHERE what IN ('all', 'min20') ORDER BY what;
SELECT (SELECT s FROM ser_result WHERE what = 'sum') = (SELECT vics_pooled(p) FROM ser_result WHERE what = 'all') AS sum_is_pooled;
-- The pooled SELF REW count by hand: sum over i = 1..120000 of i % 3 = 40000 * (0+1+2).
SELECT vics_count(s, 'self', 'REW') AS self_rew FROM ser_result WHERE what = 'sum';

DROP TABLE par_speech;
