-- opcode demo, part 3 of 5: profiles per state and period.
-- A profile aggregates the tallies of many speeches: pooled counts plus the per-speech
-- mean, SD and n of every index.  Speeches with fewer than 15 coded utterances count in the
-- pooled figures only (VICS.md 1.4).
\pset footer off

CREATE MATERIALIZED VIEW state_profile AS
SELECT iso3, state, period, vics_profile(tally, 15) AS profile
  FROM speech_tally
 GROUP BY iso3, state, period;

-- Per-speech means with z-scores against the 168-leader norming group (VICS.md 1.5):
-- "0.25 (-0.1)" = mean 0.25, z -0.1.
CREATE FUNCTION pg_temp.cell(mean float8, z float8) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(round(mean::numeric, 2), 'FM90.00') || ' (' || to_char(round(z::numeric, 1), 'FMS90.0') || ')'
$$;

\echo
\echo '== Philosophical beliefs: mean over speeches (z against 168 world leaders)'
SELECT p.state, p.period, max(vics_documents_count(p.profile)) AS speeches,
       max(pg_temp.cell(i.mean, i.z)) FILTER (WHERE i.index = 'P-1')  AS "P-1 nature",
       max(pg_temp.cell(i.mean, i.z)) FILTER (WHERE i.index = 'P-2')  AS "P-2 values",
       max(pg_temp.cell(i.mean, i.z)) FILTER (WHERE i.index = 'P-3')  AS "P-3 predict",
       max(pg_temp.cell(i.mean, i.z)) FILTER (WHERE i.index = 'P-4a') AS "P-4 control",
       max(pg_temp.cell(i.mean, i.z)) FILTER (WHERE i.index = 'P-5')  AS "P-5 chance"
  FROM state_profile p, LATERAL vics_indices(p.profile) i
 GROUP BY p.state, p.period
 ORDER BY p.period, p.state;

\echo
\echo '== Instrumental beliefs: mean over speeches (z against 168 world leaders)'
SELECT p.state, p.period,
       max(pg_temp.cell(i.mean, i.z)) FILTER (WHERE i.index = 'I-1')  AS "I-1 strategy",
       max(pg_temp.cell(i.mean, i.z)) FILTER (WHERE i.index = 'I-2')  AS "I-2 tactics",
       max(pg_temp.cell(i.mean, i.z)) FILTER (WHERE i.index = 'I-3')  AS "I-3 risk",
       max(pg_temp.cell(i.mean, i.z)) FILTER (WHERE i.index = 'I-4a') AS "I-4a timing",
       max(pg_temp.cell(i.mean, i.z)) FILTER (WHERE i.index = 'I-4b') AS "I-4b timing"
  FROM state_profile p, LATERAL vics_indices(p.profile) i
 GROUP BY p.state, p.period
 ORDER BY p.period, p.state;

\echo
\echo '== Utility of means (I-5): share of SELF utterances per category, mean over speeches'
SELECT p.state, p.period,
       max(to_char(i.mean, 'FM0.00')) FILTER (WHERE i.index = 'I-5 REW') AS reward,
       max(to_char(i.mean, 'FM0.00')) FILTER (WHERE i.index = 'I-5 PRO') AS promise,
       max(to_char(i.mean, 'FM0.00')) FILTER (WHERE i.index = 'I-5 APP') AS appeal,
       max(to_char(i.mean, 'FM0.00')) FILTER (WHERE i.index = 'I-5 OPP') AS oppose,
       max(to_char(i.mean, 'FM0.00')) FILTER (WHERE i.index = 'I-5 THR') AS threaten,
       max(to_char(i.mean, 'FM0.00')) FILTER (WHERE i.index = 'I-5 PUN') AS punish
  FROM state_profile p, LATERAL vics_indices(p.profile) i
 GROUP BY p.state, p.period
 ORDER BY p.period, p.state;

\echo
\echo '== One profile in full: China, 2016-2022 (vics_indices)'
SELECT i.index, round(i.pooled::numeric, 3) AS pooled, round(i.mean::numeric, 3) AS mean,
       round(i.sd::numeric, 3) AS sd, i.n, round(i.z::numeric, 2) AS z, i.descriptor
  FROM state_profile p, LATERAL vics_indices(p.profile) i
 WHERE p.state = 'China' AND p.period = '2016-2022';
