-- vics_tally: construction, canonical text form, strict parsing, accessors, + and sum.
-- Errors are shown as "SQLSTATE message | detail | hint" by a helper, so that each
-- malformed literal proves both its error code and the problem it names.
\i sql/include/err.sql

-- The worked example of VICS.md 1.3 entered by hand: SELF APP 2, REW 1; OTHER OPP 3, APP 5,
-- REW 3 (arrays in the order REW, PRO, APP, OPP, THR, PUN).  Output is canonical: categories
-- in that order, zero counts left out, "none" for an empty list, lexicon 0 / coder 0.
SELECT vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0]);

-- Text input accepts any order of parts and pairs, explicit zeros and free whitespace;
-- output is always the one canonical spelling, so text equality is value equality.
SELECT '( coder 0 ;lexicon 00000000;words 0;sentences 0;other tense:none;self tense : none;
          other: OPP 3 APP 5 REW 3 PUN 0; self:APP 2 REW 1 )'::vics_tally::text
     = vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0])::text AS same_text,
       '( coder 0 ;lexicon 00000000;words 0;sentences 0;other tense:none;self tense : none;
          other: OPP 3 APP 5 REW 3 PUN 0; self:APP 2 REW 1 )'::vics_tally
     = vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0]) AS same_value;

-- A coded tally (as vics_code will produce): lexicon hash and coder version nonzero,
-- tense counts and sentence/word counts present.  Upper-case hex reads, lower-case prints.
SELECT '(self: REW 1 APP 2; other: REW 3 APP 5 OPP 3; self tense: past 1 future 2;
         other tense: past 9 present 2; sentences 12; words 340; lexicon 9F3A21C0; coder 1)'::vics_tally AS coded;

-- Accessors (all counts read back; names case-insensitive).
WITH c(t) AS (SELECT '(self: REW 1 APP 2; other: REW 3 APP 5 OPP 3; self tense: past 1 future 2;
         other tense: past 9 present 2; sentences 12; words 340; lexicon 9f3a21c0; coder 1)'::vics_tally)
SELECT vics_count(t, 'self', 'REW') AS s_rew, vics_count(t, 'SELF', 'app') AS s_app,
       vics_count(t, 'self', 'PUN') AS s_pun, vics_count(t, 'Other', 'OPP') AS o_opp,
       vics_count(t, 'other', 'APP') AS o_app, vics_count(t, 'other', 'REW') AS o_rew,
       vics_tense_count(t, 'self', 'past') AS s_past, vics_tense_count(t, 'self', 'FUTURE') AS s_fut,
       vics_tense_count(t, 'other', 'present') AS o_pres, vics_tense_count(t, 'other', 'future') AS o_fut,
       vics_utterances_count(t) AS utt, vics_utterances_count(t, 'self') AS s_utt,
       vics_utterances_count(t, 'other') AS o_utt,
       vics_sentences_count(t) AS sentences, vics_words_count(t) AS words,
       vics_lexicon_version(t) AS lexicon, vics_coder_version(t) AS coder
  FROM c;

-- The long form: 12 rows, zeros included, SELF before OTHER, categories REW..PUN.
SELECT * FROM vics_counts(vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0]));

-- Hand-entered tallies have no lexicon or coder: NULL, not '00000000' / 0.
SELECT vics_lexicon_version(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0])) IS NULL AS no_lexicon,
       vics_coder_version(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0])) IS NULL AS no_coder,
       vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0]) AS empty;

-- + adds every count: (1+0, 0+4, 2+0, 0+1, 0+0, 0+0) and (3+0, 0+0, 5+1, 3+0, 0+0, 0+2).
SELECT vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0]) + vics_tally(ARRAY[0,4,0,1,0,0], ARRAY[0,0,1,0,0,2]) AS sum;
SELECT (vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0]) + vics_tally(ARRAY[0,4,0,1,0,0], ARRAY[0,0,1,0,0,2]))
     = vics_tally(ARRAY[1,4,2,1,0,0], ARRAY[3,0,6,3,0,2]) AS plus_is_right,
       vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0]) <> vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[1,0,0,0,0,0]) AS self_is_not_other;

-- Coded tallies add their tense, sentence and word counts too.
SELECT '(self: APP 2; other: none; self tense: past 2; other tense: none; sentences 3; words 40; lexicon 0000abcd; coder 1)'::vics_tally
     + '(self: APP 1; other: PUN 1; self tense: future 1; other tense: past 1; sentences 2; words 25; lexicon 0000abcd; coder 1)'::vics_tally AS coded_sum;

-- vics_tally_sum over rows: i = 1..10 gives SELF REW i, OTHER PUN 2i, so the sum is
-- SELF REW 55, OTHER PUN 110; NULL rows are skipped.
SELECT vics_tally_sum(CASE WHEN i % 4 = 0 THEN NULL ELSE vics_tally(ARRAY[i,0,0,0,0,0], ARRAY[0,0,0,0,0,2*i]) END) AS without_multiples_of_4,
       vics_tally_sum(vics_tally(ARRAY[i,0,0,0,0,0], ARRAY[0,0,0,0,0,2*i])) AS all_rows
  FROM generate_series(1, 10) i;
-- (without 4 and 8: REW 55 - 12 = 43, PUN 110 - 24 = 86)
-- Zero rows, or only NULLs: NULL.
SELECT vics_tally_sum(t) IS NULL AS no_rows FROM (SELECT NULL::vics_tally t WHERE false) s;
SELECT vics_tally_sum(NULL::vics_tally) IS NULL AS only_null FROM generate_series(1, 3);

-- GROUP BY / DISTINCT use the hash opclass: 12 rows, 3 distinct tallies (i % 3).
SELECT count(*) AS distinct_tallies
  FROM (SELECT DISTINCT vics_tally(ARRAY[i % 3,0,0,0,0,0], ARRAY[0,0,0,0,0,0]) FROM generate_series(1, 12) i) d;
SELECT vics_count(t, 'self', 'REW') AS rew, count(*)
  FROM (SELECT vics_tally(ARRAY[i % 3,0,0,0,0,0], ARRAY[0,0,0,0,0,0]) t FROM generate_series(1, 12) i) d
 GROUP BY t ORDER BY 1;

-- Mixing a hand-entered and a coded tally, or two lexicons, is an error (22000) with a hint.
SELECT pg_temp.err($$SELECT vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])
  + '(self: APP 1; other: none; self tense: none; other tense: none; sentences 1; words 5; lexicon 0000abcd; coder 1)'::vics_tally$$);
SELECT pg_temp.err($$SELECT '(self: APP 1; other: none; self tense: none; other tense: none; sentences 1; words 5; lexicon 0000abcd; coder 1)'::vics_tally
  + '(self: APP 1; other: none; self tense: none; other tense: none; sentences 1; words 5; lexicon 0000abce; coder 1)'::vics_tally$$);
SELECT pg_temp.err($$SELECT vics_tally_sum(t) FROM (VALUES
  ('(self: APP 1; other: none; self tense: none; other tense: none; sentences 1; words 5; lexicon 0000abcd; coder 1)'::vics_tally),
  ('(self: APP 1; other: none; self tense: none; other tense: none; sentences 1; words 5; lexicon 0000abcd; coder 2)'::vics_tally)) v(t)$$);

-- Overflow: each count fits in bigint, their sum does not (22003).
SELECT pg_temp.err($$SELECT '(self: REW 9223372036854775807; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally
  + vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])$$);
SELECT pg_temp.err($$SELECT '(self: none; other: none; self tense: none; other tense: none; sentences 0; words 9223372036854775807; lexicon 00000000; coder 0)'::vics_tally
  + '(self: none; other: none; self tense: none; other tense: none; sentences 0; words 1; lexicon 00000000; coder 0)'::vics_tally$$);
-- The largest count that fits reads and prints.
SELECT '(self: PUN 9223372036854775807; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::vics_tally AS max_count;

-- Constructor errors: wrong length, more dimensions, NULL elements, negatives.
SELECT pg_temp.err($$SELECT vics_tally(ARRAY[1,0,0,0,0], ARRAY[0,0,0,0,0,0])$$);
SELECT pg_temp.err($$SELECT vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0,0])$$);
SELECT pg_temp.err($$SELECT vics_tally('{}'::int[], ARRAY[0,0,0,0,0,0])$$);
SELECT pg_temp.err($$SELECT vics_tally(ARRAY[[1,0,0],[0,0,0]], ARRAY[0,0,0,0,0,0])$$);
SELECT pg_temp.err($$SELECT vics_tally(ARRAY[1,NULL,0,0,0,0], ARRAY[0,0,0,0,0,0])$$);
SELECT pg_temp.err($$SELECT vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,-1,0,0])$$);
-- a NULL array gives NULL (the constructor is strict)
SELECT vics_tally(NULL, ARRAY[0,0,0,0,0,0]) IS NULL AS null_array;

-- Accessor errors name the valid values.
SELECT pg_temp.err($$SELECT vics_count(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0]), 'them', 'REW')$$);
SELECT pg_temp.err($$SELECT vics_count(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0]), 'self', 'HUG')$$);
SELECT pg_temp.err($$SELECT vics_tense_count(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0]), 'self', 'perfect')$$);

-- Malformed literals: each is 22P02 and names its problem; every one has the same hint,
-- shown once here and left out of the list below.
SELECT pg_temp.err($$SELECT 'self: none'::vics_tally$$);
CREATE FUNCTION pg_temp.err_nohint(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; m text; d text;
BEGIN
  EXECUTE q;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL;
  RETURN s || ' ' || m || coalesce(' | ' || nullif(d, ''), '');
END $$;
SELECT pg_temp.err_nohint(format('SELECT %L::vics_tally', s)) AS error
  FROM (VALUES
    (''),
    ('self: none'),
    ('(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0) x'),
    ('(self: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'),
    ('(self: none; self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'),
    ('(self: none; other: none; colour 3; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'),
    ('(self: APP -2; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'),
    ('(self: APP 9223372036854775808; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'),
    ('(self: APP 1.5; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'),
    ('(self: ; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'),
    ('(self: APP 1 APP 2; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'),
    ('(self: app 1; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'),
    ('(self: APP 1; other: none; self tense: past 2; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'),
    ('(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon xyz; coder 0)'),
    ('(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 65536)'),
    ('(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 1)'),
    ('(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 0000abcd; coder 0)'),
    ('(self: REW 9223372036854775807; other: PUN 1; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'),
    ('(self: none; other: none; self tense: none; other tense: none; sentences -1; words 0; lexicon 00000000; coder 0)'),
    ('(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0')
  ) v(s);
