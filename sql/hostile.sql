-- Hostile input: every malformed, out-of-range, overflowing, non-finite, oversized, NULL or
-- wrongly encoded input gets a clean ERROR with the right SQLSTATE, or a documented NULL;
-- never a crash, never a wrong number.  pg_temp.try() runs one statement and prints either
-- "ok <result>" or "<SQLSTATE> <message> | <detail>", and logs it, so that the last query can check
-- that no input produced an internal error (XX000) or a crash-class code.
CREATE TEMP TABLE tried (n serial, q text, outcome text);
CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text; s text; m text; d text; o text;
BEGIN
  BEGIN
    IF q ~* '^\s*(truncate|alter|create|drop|grant|revoke)' THEN
      EXECUTE q;
    ELSE
      EXECUTE q INTO r;
    END IF;
    o := 'ok ' || coalesce(r, 'NULL');
  EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL;
    -- input errors echo the whole input: keep the message short, show the detail (the reason)
    o := s || ' ' || regexp_replace(m, ': ".*"$', ': "..."') || coalesce(' | ' || nullif(d, ''), '');
  END;
  INSERT INTO tried (q, outcome) VALUES (q, o);
  RETURN left(o, 200);
END $$;
-- A valid coded tally and profile to mutate.
CREATE TEMP TABLE v AS
SELECT '(self: REW 1 APP 2; other: REW 3 APP 5 OPP 3; self tense: past 1 future 2; other tense: past 9 present 2; sentences 12; words 340; lexicon 9f3a21c0; coder 1)'::vics_tally AS t;

-- 1. Malformed tally literals: 22P02 (syntax) or 22000 (a well-formed but impossible value).
SELECT pg_temp.try(x) FROM (VALUES
  ($$SELECT ''::vics_tally$$),
  ($$SELECT '()'::vics_tally$$),
  ($$SELECT '(self: REW 1)'::vics_tally$$),
  ($$SELECT 'self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0'::vics_tally$$),
  ($$SELECT '(self: none; self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: rew 1; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: XYZ 1; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: REW 1 REW 2; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: REW -1; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: REW +1; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: REW 1.5; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: REW 1e3; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: REW 0x10; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: REW ١; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: REW 9223372036854775808; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: REW 99999999999999999999999999; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0) x'::vics_tally$$),
  ($$SELECT '(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon zzzzzzzz; coder 0)'::vics_tally$$),
  ($$SELECT '(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 123456789; coder 1)'::vics_tally$$),
  ($$SELECT '(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 0000abcd; coder 65536)'::vics_tally$$),
  ($$SELECT '(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 0000abcd; coder 0)'::vics_tally$$),
  ($$SELECT '(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 7)'::vics_tally$$),
  ($$SELECT '(self: APP 1; other: none; self tense: past 2; other tense: none; sentences 0; words 0; lexicon 0000abcd; coder 1)'::vics_tally$$),
  ($$SELECT '(self: REW 9223372036854775807; other: PUN 1; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self: none; other: none; self tense: none; other tense: none; sentences -0; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT '(self:' || repeat(' REW 1', 100000) || '; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'$$ || '::vics_tally'),
  ($$SELECT ('(self: none; other: none;' || repeat(' ', 1000000) || 'self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)')::vics_tally::text$$),
  ($$SELECT (repeat('(', 100000))::vics_tally$$)
) q(x);

-- 2. Malformed profile literals, NaN and the infinities, values no aggregate can reach: the
-- profile of the tally above with one part rewritten (pattern -> replacement).  The last
-- three rows are controls that must parse: -0 reads as 0, a subnormal mean is in range.
SELECT b AS rewritten, pg_temp.try(format($$SELECT %L::vics_profile::text$$,
         regexp_replace(vics_tally_to_profile(t)::text, a, b))) FROM v, (VALUES
  ('P-1: n 1 mean [^ ]+', 'P-1: n 1 mean NaN'),
  ('P-1: n 1 mean [^ ]+', 'P-1: n 1 mean Infinity'),
  ('P-1: n 1 mean [^ ]+', 'P-1: n 1 mean -Infinity'),
  ('P-1: n 1 mean [^ ]+', 'P-1: n 1 mean inf'),
  ('P-1: n 1 mean [^ ]+', 'P-1: n 1 mean 1e309'),
  ('P-1: n 1 mean [^ ]+', 'P-1: n 1 mean 1.5'),
  ('P-1: n 1 mean [^ ]+', 'P-1: n 1 mean 0x1p-1'),
  ('P-1: n 1 mean [^ ]+', 'P-1: n 1 mean 0.5.5'),
  ('P-1: n 1 mean [^ ]+', 'P-1: n 1 mean'),
  ('P-1: n 1 mean ([^ ]+) m2 0', 'P-1: n 1 mean \1 m2 NaN'),
  ('P-1: n 1 mean ([^ ]+) m2 0', 'P-1: n 1 mean \1 m2 -1'),
  ('P-1: n 1 mean ([^ ]+) m2 0', 'P-1: n 1 mean \1 m2 1e-300'),
  ('P-1: n 1', 'P-1: n 2'),
  ('P-1: n 1', 'P-1: n -1'),
  ('docs 1', 'docs -1'),
  ('docs 1', 'docs 9223372036854775808'),
  ('short 0', 'short 2'),
  ('min_utterances 0', 'min_utterances -5'),
  ('min_utterances 0', 'min_utterances 2147483648'),
  ('min_utterances 0', 'min_utterances 100'),
  ('; P-2:', '; P-1: n 0 mean 0 m2 0; P-2:'),
  ('; I-5 PUN: [^)]*', ''),
  ('coder 1', 'coder 1; coder 1'),
  ('P-3: n 1 mean [^ ]+', 'P-3: n 1 mean -0'),
  ('P-1: n 1 mean [^ ]+', 'P-1: n 1 mean 4.9e-324'),
  ('^', '')
) r(a, b);

-- 3. Counts that overflow on + and in the sum and profile aggregates: 22003, never a wrap.
SELECT pg_temp.try(x) FROM (VALUES
  ($$SELECT '(self: REW 9223372036854775807; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally
          + vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])$$),
  ($$SELECT '(self: REW 4611686018427387904; other: REW 4611686018427387903; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally
          + vics_tally(ARRAY[0,1,0,0,0,0], ARRAY[0,0,0,0,0,0])$$),
  ($$SELECT '(self: none; other: none; self tense: none; other tense: none; sentences 9223372036854775807; words 0; lexicon 00000000; coder 0)'::vics_tally
          + '(self: none; other: none; self tense: none; other tense: none; sentences 1; words 0; lexicon 00000000; coder 0)'::vics_tally$$),
  ($$SELECT vics_tally_sum(t) FROM (VALUES
      ('(self: none; other: PUN 9223372036854775000; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally),
      (vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,1000]))) s(t)$$),
  ($$SELECT vics_profile(t) FROM (VALUES
      ('(self: none; other: PUN 9223372036854775000; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally),
      (vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,1000]))) s(t)$$),
  ($$SELECT vics_profile_merge(p) FROM (VALUES
      (replace(replace(vics_tally_to_profile(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0]))::text, 'docs 1', 'docs 9223372036854775807'), 'short 0', 'short 9223372036854775807')::vics_profile),
      (vics_tally_to_profile(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0])))) s(p)$$),
  ($$SELECT vics_tally(ARRAY[2147483647,2147483647,2147483647,2147483647,2147483647,2147483647],
                       ARRAY[2147483647,2147483647,2147483647,2147483647,2147483647,2147483647])::text$$)
) q(x);

-- 4. Mixed provenance (hand-entered with coded, two lexicons, two minima): 22000.
SELECT pg_temp.try(x) FROM (VALUES
  ($$SELECT vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0]) + (SELECT t FROM v)$$),
  ($$SELECT (SELECT t FROM v) + replace((SELECT t FROM v)::text, '9f3a21c0', '9f3a21c1')::vics_tally$$),
  ($$SELECT vics_profile_merge(p) FROM (SELECT vics_profile(t, 0) FROM v UNION ALL SELECT vics_profile(t, 5) FROM v) s(p)$$),
  ($$SELECT vics_profile(t, m) FROM (VALUES (vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0]), 1),
                                            (vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0]), 2)) s(t, m)$$),
  ($$SELECT vics_profile(t, -1) FROM v$$),
  ($$SELECT vics_profile(t, NULL) FROM v$$)
) q(x);

-- 5. Arrays: wrong length, empty, multidimensional, NULL elements, negatives, odd bounds, huge.
SELECT pg_temp.try(x) FROM (VALUES
  ($$SELECT vics_tally(ARRAY[]::int[], ARRAY[0,0,0,0,0,0])$$),
  ($$SELECT vics_tally(ARRAY[0,0,0,0,0,0], NULL::int[])$$),
  ($$SELECT vics_tally(ARRAY[NULL,NULL,NULL,NULL,NULL,NULL]::int[], ARRAY[0,0,0,0,0,0])$$),
  ($$SELECT vics_tally(ARRAY[[0,0,0],[0,0,0]], ARRAY[0,0,0,0,0,0])$$),
  ($$SELECT vics_tally('[0:5]={1,2,3,4,5,6}'::int[], ARRAY[0,0,0,0,0,0])::text$$),
  ($$SELECT vics_tally('[-2147483648:-2147483643]={1,2,3,4,5,6}'::int[], ARRAY[0,0,0,0,0,0])::text$$),
  ($$SELECT vics_tally(ARRAY[0,0,0,0,0,-2147483648], ARRAY[0,0,0,0,0,0])$$),
  ($$SELECT vics_tally(array_fill(1, ARRAY[10000000]), ARRAY[0,0,0,0,0,0])$$),
  ($$SELECT vics_tally(array_fill(1, ARRAY[1,1,1,1,1,6]), ARRAY[0,0,0,0,0,0])$$)
) q(x);

-- 6. Unknown names and options: 22023 with the valid names in the hint.
SELECT pg_temp.try(x) FROM (VALUES
  ($$SELECT vics_index(t, 'P-9') FROM v$$),
  ($$SELECT vics_index(t, '') FROM v$$),
  ($$SELECT vics_index(t, 'P‐1') FROM v$$),
  ($$SELECT vics_index(t, 'P-1' || chr(769)) FROM v$$),
  ($$SELECT vics_index(t, repeat('P', 1000000)) FROM v$$),
  ($$SELECT vics_index_mean(vics_tally_to_profile(t), 'I-6') FROM v$$),
  ($$SELECT vics_i5(t, 'HUG') FROM v$$),
  ($$SELECT vics_count(t, 'we', 'REW') FROM v$$),
  ($$SELECT vics_tense_count(t, 'self', 'pluperfect') FROM v$$),
  ($$SELECT vics_utterances_count(t, 'nobody') FROM v$$),
  ($$SELECT vics_descriptor('P-9', 0.5, NULL)$$),
  ($$SELECT count(*) FROM vics_indices((SELECT t FROM v), 'no such group')$$),
  ($$SELECT count(*) FROM vics_indices((SELECT t FROM v), '')$$)
) q(x);

-- 7. NaN and the infinities where floats are accepted.  vics_descriptor reads a value and
-- a z-score: a NaN gives NULL, an infinite z is extreme, a value outside the index's range
-- (beyond rounding, 1e-9) is 22003.  vics_norms stores means and SDs (its CHECKs reject
-- non-finite numbers: 23514) and protects the shipped group (23001).
SELECT pg_temp.try(x) FROM (VALUES
  ($$SELECT vics_descriptor('P-1', 'NaN', NULL)$$),
  ($$SELECT vics_descriptor('P-1', 'Infinity', NULL)$$),
  ($$SELECT vics_descriptor('P-3', '-Infinity', NULL)$$),
  ($$SELECT vics_descriptor('P-1', 0.5, 'NaN')$$),
  ($$SELECT vics_descriptor('P-1', 0.5, 'Infinity')$$),
  ($$SELECT vics_descriptor('I-1', NULL, '-Infinity')$$),
  ($$SELECT vics_descriptor('P-3', 1e308, NULL)$$),
  ($$SELECT vics_descriptor('P-1', 2, NULL)$$),
  ($$SELECT vics_descriptor('P-1', 1.0000000001, NULL)$$),
  ($$SELECT vics_descriptor('P-3', -0.0, NULL)$$),
  ($$INSERT INTO vics_norms VALUES ('hostile', 'P-1', 'NaN', 0.1, 1, 'test') RETURNING 1$$),
  ($$INSERT INTO vics_norms VALUES ('hostile', 'P-1', 'Infinity', 0.1, 1, 'test') RETURNING 1$$),
  ($$INSERT INTO vics_norms VALUES ('hostile', 'P-1', 0.2, 'NaN', 1, 'test') RETURNING 1$$),
  ($$INSERT INTO vics_norms VALUES ('hostile', 'P-1', 0.2, 'Infinity', 1, 'test') RETURNING 1$$),
  ($$INSERT INTO vics_norms VALUES ('hostile', 'P-1', 0.2, 0, 1, 'test') RETURNING 1$$),
  ($$INSERT INTO vics_norms VALUES ('hostile', 'P-1', 0.2, -0.1, 1, 'test') RETURNING 1$$),
  ($$INSERT INTO vics_norms VALUES ('hostile', 'P-6', 0.2, 0.1, 1, 'test') RETURNING 1$$),
  ($$INSERT INTO vics_norms VALUES ('hostile', 'P-1', 0.2, 0.1, 0, 'test') RETURNING 1$$),
  ($$INSERT INTO vics_norms VALUES ('walker2005', 'P-1', 0.2, 0.1, 1, 'test') RETURNING 1$$),
  ($$UPDATE vics_norms SET mean = 0 WHERE group_name = 'walker2005' RETURNING 1$$),
  ($$DELETE FROM vics_norms WHERE group_name = 'walker2005' RETURNING 1$$),
  ($$TRUNCATE vics_norms$$),
  ($$SELECT count(*) FROM vics_norms WHERE group_name = 'walker2005'$$)
) q(x);
-- A tiny SD gives a huge but finite z; z-scores stay finite and the descriptor sane.
INSERT INTO vics_norms VALUES ('tiny_sd', 'P-1', 0, 1e-300, 1, 'test');
SELECT index, z > 1e299 AS huge_z, descriptor
  FROM vics_indices((SELECT vics_tally_to_profile(t) FROM v), 'tiny_sd') WHERE index = 'P-1';
DELETE FROM vics_norms WHERE group_name = 'tiny_sd';

-- 8. NULLs everywhere: strict functions give NULL, aggregates skip NULL rows and give NULL
-- over nothing, vics_indices of NULL is no rows, NULL index names give NULL (documented).
SELECT vics_tally(NULL, ARRAY[0,0,0,0,0,0]) IS NULL AS tally_null,
       (NULL::vics_tally + (SELECT t FROM v)) IS NULL AS plus_null,
       vics_index(NULL::vics_tally, 'P-1') IS NULL AS index_null_value,
       vics_index((SELECT t FROM v), NULL) IS NULL AS index_null_name,
       vics_index_mean(NULL::vics_profile, 'P-1') IS NULL AS mean_null,
       vics_index_sd(vics_tally_to_profile((SELECT t FROM v)), NULL) IS NULL AS sd_null_name,
       vics_index_n(NULL, NULL) IS NULL AS n_nulls,
       vics_count(NULL, 'self', 'REW') IS NULL AS count_null,
       vics_count((SELECT t FROM v), NULL, 'REW') IS NULL AS count_null_who,
       vics_i5((SELECT t FROM v), NULL) IS NULL AS i5_null,
       vics_descriptor(NULL, NULL, NULL) IS NULL AS descriptor_nulls,
       vics_descriptor(NULL, 0.5, NULL) AS descriptor_no_index,
       vics_tally_to_profile(NULL) IS NULL AS cast_null,
       vics_pooled(NULL) IS NULL AS pooled_null,
       vics_lexicon_version(NULL::vics_tally) IS NULL AS lexicon_null;
SELECT (SELECT count(*) FROM vics_indices(NULL::vics_profile)) AS indices_of_null,
       (SELECT count(*) FROM vics_index_values(NULL)) AS values_of_null,
       (SELECT count(*) FROM vics_counts(NULL)) AS counts_of_null,
       (SELECT count(*) FROM vics_indices((SELECT t FROM v), NULL) WHERE z IS NULL) AS no_norm_no_z;
SELECT vics_tally_sum(t) IS NULL AS sum_nulls, vics_profile(t) IS NULL AS profile_nulls,
       vics_profile(t, 3) IS NULL AS profile_min_nulls, vics_profile_merge(NULL::vics_profile) IS NULL AS merge_nulls
  FROM (SELECT NULL::vics_tally AS t FROM generate_series(1, 5)) s;
-- NULL rows among values change nothing: the same profile with and without them.
SELECT vics_profile(t) = (SELECT vics_profile(t) FROM v) AS nulls_skipped
  FROM (SELECT t FROM v UNION ALL SELECT NULL UNION ALL SELECT NULL) s;

-- 9. Invalid UTF-8 through bytea conversions: rejected by the conversion itself (22021)
-- before any opcode code sees it; valid non-ASCII text is a syntax or name error.
SELECT pg_temp.try(x) FROM (VALUES
  ($$SELECT convert_from('\xff'::bytea, 'UTF8')::vics_tally$$),
  ($$SELECT convert_from('\x2873656c663a20c3'::bytea, 'UTF8')::vics_tally$$),
  ($$SELECT convert_from('\xed9fbf'::bytea, 'UTF8')::vics_tally$$),
  ($$SELECT convert_from('\xeda080'::bytea, 'UTF8')::vics_tally$$),
  ($$SELECT convert_from('\xc0af'::bytea, 'UTF8')::vics_profile$$),
  ($$SELECT vics_index(t, convert_from('\x502d31ff'::bytea, 'UTF8')) FROM v$$),
  ($$SELECT vics_index(t, convert_from('\x502dd9a1'::bytea, 'UTF8')) FROM v$$),
  ($$SELECT vics_descriptor(convert_from('\xf4908080'::bytea, 'UTF8'), 0.5, NULL)$$),
  ($$SELECT count(*) FROM vics_indices((SELECT t FROM v), convert_from('\xe282'::bytea, 'UTF8'))$$),
  ($$SELECT convert_from('\x28c2a073656c663a'::bytea, 'UTF8')::vics_tally$$),
  ($$SELECT convert_from(convert_to('(self: REW 1; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)', 'UTF8'), 'UTF8')::vics_tally::text$$)
) q(x);

-- 10. Comparison and event functions: NaN, infinities and out-of-range alpha, power and
-- margins, malformed margin objects, unknown cuts, types and CAMEO codes.  Two profiles of
-- a few documents each to compare.
CREATE TEMP TABLE pp AS
SELECT vics_profile(t) FILTER (WHERE i % 2 = 0) AS a, vics_profile(t) FILTER (WHERE i % 2 = 1) AS b
  FROM (SELECT i, vics_tally(ARRAY[i % 3, 0, 2 + i % 4, i % 2, 0, i % 3], ARRAY[1 + i % 2, 0, 3, i % 5, 0, i % 2]) AS t
          FROM generate_series(1, 12) i) s;
SELECT pg_temp.try(x) FROM (VALUES
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 'NaN')$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 'Infinity')$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0)$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, -0.05)$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, NULL)$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0.05, NULL, 'walker2005', 'NaN')$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0.05, NULL, 'walker2005', '-Infinity')$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0.05, NULL, 'walker2005', 0)$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0.05, NULL, 'walker2005', 0.5, 'NaN')$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0.05, NULL, 'walker2005', 0.5, 1)$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0.05, '[1, 2]')$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0.05, '{"P-9": 0.1}')$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0.05, '{"P-1": "NaN"}')$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0.05, '{"P-1": -0.1}')$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0.05, '{"P-1": 1e400}')$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0.05, '{"P-1": true}')$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, b, 0.05, NULL, 'no such group')$$),
  ($$SELECT count(*) FROM pp, vics_congruence(a, NULL)$$),
  ($$SELECT count(*) FROM pp, vics_congruence_margins(a, b, 0.05, ARRAY['NaN']::float8[])$$),
  ($$SELECT count(*) FROM pp, vics_congruence_margins(a, b, 0.05, array_fill(0.1::float8, ARRAY[1000000]))$$),
  ($$SELECT count(*) FROM pp, vics_congruence_margins(a, b, 0.05, array_fill('Infinity'::float8, ARRAY[17]))$$),
  ($$SELECT count(*) FROM pp, vics_balance_of_beliefs(a, b, 'NaN')$$),
  ($$SELECT vics_holsti_type('NaN', 0.5)$$),
  ($$SELECT vics_holsti_type(0.5, 'NaN')$$),
  ($$SELECT vics_holsti_type('Infinity', '-Infinity')$$),
  ($$SELECT vics_holsti_type(0.5, 0.5, 'NaN', 0.5)$$),
  ($$SELECT vics_holsti_preferences('Z')$$),
  ($$SELECT count(*) FROM pp, vics_leader_type(a, 'sideways')$$),
  ($$SELECT count(*) FROM pp, vics_leader_type(a, 'midpoint', 'no such group')$$),
  ($$SELECT vics_cameo_category('')$$),
  ($$SELECT vics_cameo_category('999')$$),
  ($$SELECT vics_cameo_category('1a')$$),
  ($$SELECT vics_cameo_category(repeat('1', 100000))$$),
  ($$SELECT vics_cameo_category(convert_from('\x3031ff'::bytea, 'UTF8'))$$),
  ($$SELECT vics_cameo_category(NULL)$$),
  ($$SELECT vics_event_tally(c, w)::text FROM (VALUES ('190', 'self'), ('xyz', 'self')) v(c, w)$$),
  ($$SELECT vics_event_tally(c, w)::text FROM (VALUES ('190', 'self'), ('057', 'them')) v(c, w)$$),
  ($$SELECT vics_event_tally(c, w)::text FROM (VALUES ('190', NULL), (NULL, 'other')) v(c, w)$$)
) q(x);

-- Every outcome was a result or a clean error: no internal error, no unexpected class.
SELECT count(*) AS tried,
       count(*) FILTER (WHERE outcome LIKE 'ok %') AS ok,
       string_agg(DISTINCT left(outcome, 5), ' ' ORDER BY left(outcome, 5)) FILTER (WHERE outcome NOT LIKE 'ok %') AS sqlstates
  FROM tried;
SELECT q, outcome FROM tried
 WHERE outcome !~ '^(ok |22P02 |22000 |22003 |22023 |22021 |22004 |2202E |23514 |23001 |54000 )';
