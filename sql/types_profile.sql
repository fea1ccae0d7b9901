-- vics_profile: the aggregates, per-document moments, NULL handling, min_utterances,
-- merging, the text form, and vics_indices against norming groups.
\i sql/include/err.sql

-- Three speeches of one leader and two of another (REW PRO APP OPP THR PUN).
CREATE TEMP TABLE speech (leader text, id int, t vics_tally);
INSERT INTO speech VALUES
  ('A', 1, vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0])),  -- Johnson: P-1 5/11, I-1 1
  ('A', 2, vics_tally(ARRAY[0,0,1,1,0,0], ARRAY[0,0,1,1,0,0])),  -- P-1 0, I-1 0
  ('A', 3, vics_tally(ARRAY[0,0,0,0,0,2], ARRAY[0,0,0,0,0,0])),  -- no OTHER: P-1 NULL; I-1 -1
  ('A', 4, NULL),                                                -- skipped
  ('B', 1, vics_tally(ARRAY[0,0,0,3,0,0], ARRAY[0,0,0,0,0,4])),  -- P-1 -1, I-1 -1
  ('B', 2, vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0]));  -- nothing coded

-- Pooled vs per document, leader A (VICS.md 1.4):
--   pooled counts SELF REW 1, APP 3, OPP 1, PUN 2 (S = 7); OTHER REW 3, APP 6, OPP 4 (O = 13)
--   pooled P-1 = (9-4)/13 = .3846; pooled I-1 = (4-3)/7 = .1429
--   per document P-1: 5/11, 0 (speech 3 undefined): n 2, mean 5/22 = .2273,
--     sd = |5/11 - 0|/sqrt 2 = .3214
--   per document I-1: 1, 0, -1: n 3, mean 0, sd 1
--   leader B: P-1 -1 (speech 2 undefined): n 1, mean -1, sd NULL; I-1 -1: n 1
SELECT leader, vics_documents_count(p) AS docs,
       round(vics_index(p, 'P-1')::numeric, 4) AS p1_pooled,
       round(vics_index_mean(p, 'P-1')::numeric, 4) AS p1_mean,
       round(vics_index_sd(p, 'P-1')::numeric, 4) AS p1_sd, vics_index_n(p, 'P-1') AS p1_n,
       round(vics_index(p, 'I-1')::numeric, 4) AS i1_pooled,
       round(vics_index_mean(p, 'I-1')::numeric, 4) AS i1_mean,
       round(vics_index_sd(p, 'I-1')::numeric, 4) AS i1_sd, vics_index_n(p, 'I-1') AS i1_n
  FROM (SELECT leader, vics_profile(t) p FROM speech GROUP BY leader) s ORDER BY leader;
SELECT leader, vics_pooled(vics_profile(t)) AS pooled FROM speech GROUP BY leader ORDER BY leader;

-- The text form of a profile (leader A), and that it reads back to the same value.
SELECT vics_profile(t) FROM speech WHERE leader = 'A';
SELECT vics_profile(t)::text::vics_profile = vics_profile(t) AS text_round_trip,
       vics_profile(t)::text = vics_profile(t)::text::vics_profile::text AS canonical
  FROM speech GROUP BY leader ORDER BY leader;

-- Malformed profile literals: 22P02 naming the problem (the literal itself is left out of
-- this listing, it is long).  Each case edits the text of leader A's profile, whose parts
-- include "docs 3; short 0; min_utterances 0", "P-1: n 2 mean 0.22727272727272727" and
-- "I-1: n 3 mean 0 m2 2".
CREATE FUNCTION pg_temp.err_detail(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; d text;
BEGIN
  EXECUTE q;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, d = PG_EXCEPTION_DETAIL;
  RETURN s || ' ' || d;
END $$;
SELECT what, pg_temp.err_detail(format('SELECT %L::vics_profile', replace(p::text, a, b))) AS error
  FROM (SELECT vics_profile(t) p FROM speech WHERE leader = 'A') x,
       (VALUES ('unchanged', 'docs 3', 'docs 3'),
               ('NaN mean', 'mean 0.22727272727272727', 'mean NaN'),
               ('infinite m2', 'I-1: n 3 mean 0 m2 2', 'I-1: n 3 mean 0 m2 Infinity'),
               ('-infinite mean', 'mean 0.22727272727272727', 'mean -Infinity'),
               ('huge mean', 'mean 0.22727272727272727', 'mean 1e999'),
               ('hex mean', 'mean 0.22727272727272727', 'mean 0x1p-2'),
               ('mean outside range', 'I-1: n 3 mean 0', 'I-1: n 3 mean 1.5'),
               ('negative m2', 'I-1: n 3 mean 0 m2 2', 'I-1: n 3 mean 0 m2 -1'),
               ('m2 too large', 'I-1: n 3 mean 0 m2 2', 'I-1: n 3 mean 0 m2 3.5'),
               ('n above docs', 'docs 3', 'docs 2'),
               ('short above docs', 'short 0', 'short 4'),
               ('negative minimum', 'min_utterances 0', 'min_utterances -1'),
               ('duplicate index', '; P-2:', '; P-1:'),
               ('missing index', '; I-5 PUN: n 3 mean 0.3333333333333333 m2 0.6666666666666667', ''),
               ('unknown part', 'docs 3;', 'docs 3; colour 1;'),
               ('misspelt field', 'PUN: n 3', 'PUN: n 3 m 3'),
               ('trailing junk', 'm2 0.6666666666666667)', 'm2 0.6666666666666667) x'),
               ('bad pooled', 'pooled (self:', 'pooled (selfish:'),
               ('no parenthesis', '(docs', 'docs')) v(what, a, b);
SELECT pg_temp.err_detail($$SELECT ''::vics_profile$$) AS empty,
       pg_temp.err_detail($$SELECT '(docs 0)'::vics_profile$$) AS incomplete;
-- An empty profile (docs 0) can be written by hand and reads back; a NULL is not needed.
SELECT vics_documents_count(p) AS docs, vics_index_mean(p, 'P-1') IS NULL AS no_mean,
       vics_index(p, 'P-1') IS NULL AS no_pooled, p::text = x AS canonical
  FROM (SELECT x, x::vics_profile p FROM (SELECT '(docs 0; short 0; min_utterances 0; pooled (self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0); P-1: n 0 mean 0 m2 0; P-2: n 0 mean 0 m2 0; P-3: n 0 mean 0 m2 0; P-4a: n 0 mean 0 m2 0; P-4b: n 0 mean 0 m2 0; P-5: n 0 mean 0 m2 0; I-1: n 0 mean 0 m2 0; I-2: n 0 mean 0 m2 0; I-3: n 0 mean 0 m2 0; I-4a: n 0 mean 0 m2 0; I-4b: n 0 mean 0 m2 0; I-5 REW: n 0 mean 0 m2 0; I-5 PRO: n 0 mean 0 m2 0; I-5 APP: n 0 mean 0 m2 0; I-5 OPP: n 0 mean 0 m2 0; I-5 THR: n 0 mean 0 m2 0; I-5 PUN: n 0 mean 0 m2 0)'::text x) a) b;

-- A profile of the largest number of documents cannot take one more (22003).
SELECT pg_temp.err(format('SELECT vics_profile_trans(%L::vics_profile, vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0]))', x)) AS add_one,
       pg_temp.err(format('SELECT vics_profile_merge(p) FROM (VALUES (%L::vics_profile), (%L::vics_profile)) v(p)', x, x)) AS merge_two
  FROM (SELECT replace('(docs 0; short 0; min_utterances 0; pooled (self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0); P-1: n 0 mean 0 m2 0; P-2: n 0 mean 0 m2 0; P-3: n 0 mean 0 m2 0; P-4a: n 0 mean 0 m2 0; P-4b: n 0 mean 0 m2 0; P-5: n 0 mean 0 m2 0; I-1: n 0 mean 0 m2 0; I-2: n 0 mean 0 m2 0; I-3: n 0 mean 0 m2 0; I-4a: n 0 mean 0 m2 0; I-4b: n 0 mean 0 m2 0; I-5 REW: n 0 mean 0 m2 0; I-5 PRO: n 0 mean 0 m2 0; I-5 APP: n 0 mean 0 m2 0; I-5 OPP: n 0 mean 0 m2 0; I-5 THR: n 0 mean 0 m2 0; I-5 PUN: n 0 mean 0 m2 0)',
                       'docs 0', 'docs 9223372036854775807') x) s;

-- Named accessors on profiles read the pooled counts.
SELECT round(vics_p1(p)::numeric, 4) AS p1, round(vics_i1(p)::numeric, 4) AS i1,
       round(vics_i5(p, 'PUN')::numeric, 4) AS i5_pun,   -- 2/7 = .2857
       vics_short_documents_count(p) AS short, vics_min_utterances(p) AS min,
       vics_lexicon_version(p) IS NULL AS hand_entered
  FROM (SELECT vics_profile(t) p FROM speech WHERE leader = 'A') s;

-- NULL handling: zero rows -> NULL; only NULL tallies -> NULL; NULLs skipped otherwise.
SELECT vics_profile(t) IS NULL AS zero_rows FROM speech WHERE false;
SELECT vics_profile(t) IS NULL AS only_nulls FROM speech WHERE t IS NULL;
SELECT vics_documents_count(vics_profile(t)) AS docs_skipping_null FROM speech WHERE leader = 'A';
SELECT vics_profile_merge(p) IS NULL AS merge_zero_rows FROM (SELECT NULL::vics_profile p WHERE false) s;
SELECT vics_profile_merge(p) IS NULL AS merge_only_nulls FROM (VALUES (NULL::vics_profile), (NULL)) v(p);

-- min_utterances: with a minimum of 4, speech A2 (4 utterances) counts, A3 (2) is short:
-- pooled counts unchanged (S = 7, O = 13), per-document I-1 over A1 and A2 only: 1, 0 ->
-- mean .5, sd .7071, n 2; short 1.
SELECT vics_documents_count(p) AS docs, vics_short_documents_count(p) AS short,
       vics_min_utterances(p) AS min,
       round(vics_index(p, 'I-1')::numeric, 4) AS i1_pooled,
       round(vics_index_mean(p, 'I-1')::numeric, 4) AS i1_mean,
       round(vics_index_sd(p, 'I-1')::numeric, 4) AS i1_sd, vics_index_n(p, 'I-1') AS i1_n
  FROM (SELECT vics_profile(t, 4) p FROM speech WHERE leader = 'A') s;
SELECT pg_temp.err($$SELECT vics_profile(t, -1) FROM speech$$);
SELECT pg_temp.err($$SELECT vics_profile(t, NULL) FROM speech$$);
SELECT pg_temp.err($$SELECT vics_profile(t, id) FROM speech$$);

-- Merging per-leader profiles equals the profile of all speeches (counts exactly, moments
-- up to rounding); merging profiles of different minima is an error.
SELECT vics_pooled(m) = vics_pooled(a) AS pooled_equal,
       vics_documents_count(m) AS docs,
       abs(vics_index_mean(m, 'I-1') - vics_index_mean(a, 'I-1')) < 1e-12 AS i1_mean_equal,
       abs(vics_index_sd(m, 'I-1') - vics_index_sd(a, 'I-1')) < 1e-12 AS i1_sd_equal,
       vics_index_n(m, 'P-1') = vics_index_n(a, 'P-1') AS p1_n_equal,
       round(vics_index_mean(m, 'I-1')::numeric, 4) AS i1_mean   -- (1+0-1-1)/4 = -.25
  FROM (SELECT vics_profile_merge(p) m FROM (SELECT vics_profile(t) p FROM speech GROUP BY leader) s) x,
       (SELECT vics_profile(t) a FROM speech) y;
SELECT pg_temp.err($$SELECT vics_profile_merge(p) FROM (SELECT vics_profile(t, 0) p FROM speech UNION ALL SELECT vics_profile(t, 5) FROM speech) s$$);

-- Combining profiles of different lexicons (or hand-entered with coded) is an error.
SELECT pg_temp.err($$SELECT vics_profile(t) FROM (VALUES
  (vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])),
  ('(self: APP 1; other: none; self tense: none; other tense: none; sentences 1; words 5; lexicon 0000abcd; coder 1)'::vics_tally)) v(t)$$);
SELECT pg_temp.err($$SELECT vics_profile_merge(p) FROM (VALUES
  ('(self: APP 1; other: none; self tense: none; other tense: none; sentences 1; words 5; lexicon 0000abcd; coder 1)'::vics_tally::vics_profile),
  ('(self: APP 1; other: none; self tense: none; other tense: none; sentences 1; words 5; lexicon 12345678; coder 1)'::vics_tally::vics_profile)) v(p)$$);
-- Coded tallies of one lexicon profile fine and report it.
SELECT vics_lexicon_version(p) AS lexicon, vics_coder_version(p) AS coder, vics_documents_count(p) AS docs
  FROM (SELECT vics_profile(t) p FROM (VALUES
  ('(self: APP 1; other: none; self tense: none; other tense: none; sentences 1; words 5; lexicon 0000abcd; coder 1)'::vics_tally),
  ('(self: OPP 1; other: none; self tense: none; other tense: none; sentences 1; words 5; lexicon 0000abcd; coder 1)'::vics_tally)) v(t)) s;

-- The transition and combine functions called directly (outside an aggregate) do not
-- modify their arguments.
WITH a(p) AS (SELECT vics_profile(t) FROM speech WHERE leader = 'A')
SELECT vics_documents_count(vics_profile_trans(p, vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0]))) AS after_trans,
       vics_documents_count(vics_profile_combine(p, p)) AS after_combine,
       vics_documents_count(p) AS original,
       vics_profile_combine(NULL, NULL) IS NULL AS null_null,
       vics_profile_combine(p, NULL) = p AS left_only, vics_profile_combine(NULL, p) = p AS right_only
  FROM a;

-- vics_indices: all 17 rows against the shipped norming group walker2005, leader A.
-- z = (per-document mean - norm mean) / norm SD, e.g. P-1: (.22727 - .273)/.280 = -.1633
-- (average); I-1: (0 - .346)/.336 = -1.0298 (definitely low); P-4a: per-document mean of
-- 3/14, 2/4 and 2/2 = .5714, (.5714 - .207)/.114 = 3.1967 (extremely high).
SELECT index, round(pooled::numeric, 4) AS pooled, round(mean::numeric, 4) AS mean,
       round(sd::numeric, 4) AS sd, n, round(z::numeric, 4) AS z, descriptor
  FROM vics_indices((SELECT vics_profile(t) FROM speech WHERE leader = 'A'));
-- With no norming group (NULL): no z, raw-score descriptors of the mean (or pooled value).
-- P-1 mean .2273: 'somewhat friendly'; I-1 mean 0: 'mixed'; P-3 mean (.2264+.4)/2 = .3132: 'low';
-- I-5 PRO mean 0: 'very low'.
SELECT index, round(mean::numeric, 4) AS mean, z, descriptor
  FROM vics_indices((SELECT vics_profile(t) FROM speech WHERE leader = 'A'), NULL)
 WHERE index IN ('P-1', 'P-3', 'I-1', 'I-5 PRO');
-- A tally reads as a one-document profile: mean = value, n 1, sd NULL; undefined -> n 0.
SELECT index, round(pooled::numeric, 4) AS pooled, round(mean::numeric, 4) AS mean, sd, n,
       round(z::numeric, 4) AS z, descriptor
  FROM vics_indices(vics_tally(ARRAY[0,0,0,0,0,2], ARRAY[0,0,0,0,0,0]))
 WHERE index IN ('P-1', 'P-4a', 'I-1', 'I-5 PUN');
SELECT count(*) AS rows_for_null_profile FROM vics_indices(NULL::vics_profile);
SELECT pg_temp.err($$SELECT * FROM vics_indices((SELECT vics_profile(t) FROM speech), 'nobody')$$);

-- The shipped norming group: 17 rows; P-4b derived as 1 - P-4a with the same SD.
SELECT index, mean, sd, n FROM vics_norms WHERE group_name = 'walker2005' ORDER BY index;
SELECT source FROM vics_norms WHERE group_name = 'walker2005' AND index IN ('P-4a', 'P-4b') ORDER BY index;

-- Users add their own groups; the shipped rows cannot be changed.
INSERT INTO vics_norms (group_name, index, mean, sd, n, source)
VALUES ('my_leaders', 'P-1', 0.5, 0.25, 10, 'test'), ('my_leaders', 'I-1', 0.0, 0.5, 10, 'test');
-- P-1: (.22727 - .5)/.25 = -1.0909 'definitely low'; I-1: (0 - 0)/.5 = 0 'average';
-- P-3 has no norm in my_leaders: z NULL, raw descriptor of its mean .3132: 'low'.
SELECT index, round(z::numeric, 4) AS z, descriptor
  FROM vics_indices((SELECT vics_profile(t) FROM speech WHERE leader = 'A'), 'my_leaders')
 WHERE index IN ('P-1', 'I-1', 'P-3');
SELECT pg_temp.err($$UPDATE vics_norms SET mean = 0 WHERE group_name = 'walker2005' AND index = 'P-1'$$);
SELECT pg_temp.err($$DELETE FROM vics_norms WHERE group_name = 'walker2005'$$);
SELECT pg_temp.err($$INSERT INTO vics_norms VALUES ('walker2005', 'P-1', 0, 1, 1, 'x')$$);
SELECT pg_temp.err($$UPDATE vics_norms SET group_name = 'walker2005' WHERE group_name = 'my_leaders'$$);
SELECT pg_temp.err($$TRUNCATE vics_norms$$);
SELECT pg_temp.err($$INSERT INTO vics_norms VALUES ('bad', 'P-9', 0, 1, 1, 'x')$$);
SELECT pg_temp.err($$INSERT INTO vics_norms VALUES ('bad', 'P-1', 0, 0, 1, 'x')$$);
SELECT pg_temp.err($$INSERT INTO vics_norms VALUES ('bad', 'P-1', 'NaN', 1, 1, 'x')$$);
UPDATE vics_norms SET mean = 0.4 WHERE group_name = 'my_leaders' AND index = 'P-1';
DELETE FROM vics_norms WHERE group_name = 'my_leaders';
SELECT count(*) AS shipped_rows_intact FROM vics_norms WHERE group_name = 'walker2005';
-- pg_dump keeps only the users' rows.
SELECT x.cond AS extcondition
  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(tab, cond)
 WHERE e.extname = 'opcode' AND x.tab = 'vics_norms'::regclass;
