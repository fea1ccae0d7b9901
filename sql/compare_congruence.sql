-- vics_congruence: Welch's t-test, Hedges' g and the TOST equivalence test per index,
-- against R 4.2.2 (test/reference/welch.R: t.test for t, df and p; the formulas of
-- doc/compare.md for g and the TOST) and the hand computations of doc/compare.md.
\i sql/include/err.sql

-- One document: SELF APP/OPP and OTHER APP/OPP.  Its I-1 is (s_app - s_opp)/(s_app + s_opp)
-- and its P-1 (o_app - o_opp)/(o_app + o_opp).
\i sql/include/app_opp_doc.sql

CREATE TEMP TABLE docs (leader text, t vics_tally);
INSERT INTO docs VALUES
-- A: P-1 1/2 1/5 3/5 1/3 3/4; I-1 1 1/2 0 1/3 3/5
('A', pg_temp.d(2,0, 3,1)), ('A', pg_temp.d(3,1, 3,2)), ('A', pg_temp.d(1,1, 4,1)),
('A', pg_temp.d(2,1, 2,1)), ('A', pg_temp.d(4,1, 7,1)),
-- B: P-1 0 -1/3 -1/5 1/2 -1/2 0; I-1 -1/2 0 -1 -1/3 1/5 -3/5
('B', pg_temp.d(1,3, 1,1)), ('B', pg_temp.d(1,1, 1,2)), ('B', pg_temp.d(0,2, 2,3)),
('B', pg_temp.d(1,2, 3,1)), ('B', pg_temp.d(3,2, 1,3)), ('B', pg_temp.d(1,4, 2,2)),
-- C: P-1 1/5 1/3 1/4 3/7 1/7 1/3 1/4 1/5; I-1 1 1/3 3/5 0 1 1/2 1/3 1
('C', pg_temp.d(1,0, 3,2)), ('C', pg_temp.d(2,1, 2,1)), ('C', pg_temp.d(4,1, 5,3)),
('C', pg_temp.d(1,1, 5,2)), ('C', pg_temp.d(2,0, 4,3)), ('C', pg_temp.d(3,1, 2,1)),
('C', pg_temp.d(2,1, 5,3)), ('C', pg_temp.d(3,0, 3,2)),
-- D: P-1 1/4 1/5 1/3 1/7 1/4 2/5 1/5 1/3 1/4; I-1 0 1/2 -1/3 1/5 1/3 0 1/2 -1/5 0
('D', pg_temp.d(1,1, 5,3)), ('D', pg_temp.d(3,1, 3,2)), ('D', pg_temp.d(1,2, 2,1)),
('D', pg_temp.d(3,2, 4,3)), ('D', pg_temp.d(2,1, 5,3)), ('D', pg_temp.d(2,2, 7,3)),
('D', pg_temp.d(3,1, 3,2)), ('D', pg_temp.d(2,3, 2,1)), ('D', pg_temp.d(1,1, 5,3)),
-- E: P-1 1/2 0 1/3 -1/5 3/5; I-1 1/5 1/2 0 1/3 and one document without SELF
('E', pg_temp.d(3,2, 3,1)), ('E', pg_temp.d(3,1, 1,1)), ('E', pg_temp.d(1,1, 2,1)),
('E', pg_temp.d(2,1, 2,3)), ('E', pg_temp.d(0,0, 4,1)),
-- F: P-1 1/5 -1/3 0 1/2 -1/5; I-1 1/4 1/7 3/7 1/5 0
('F', pg_temp.d(5,3, 3,2)), ('F', pg_temp.d(4,3, 1,2)), ('F', pg_temp.d(5,2, 1,1)),
('F', pg_temp.d(3,2, 3,1)), ('F', pg_temp.d(1,1, 2,3));
CREATE TEMP TABLE prof AS SELECT leader, vics_profile(t) AS p FROM docs GROUP BY leader;

-- R's numbers (welch.R), to 17 digits.  Hand computation of W1 (doc/compare.md has all six):
--   a = (1/2, 1/5, 3/5, 1/3, 3/4): mean 143/300 = .476667, var .046889 (sd .216538), n 5
--   b = (0, -1/3, -1/5, 1/2, -1/2, 0): mean -4/45 = -.088889, var .120741 (sd .347478), n 6
--   se^2 = .046889/5 + .120741/6 = .0093778 + .0201235 = .0295012, se = .171759
--   t = .565556 / .171759 = 3.29272
--   df = .0295012^2 / (.0093778^2/4 + .0201235^2/5) = .00087032 / .00010298 = 8.4517
--   p = 2 P(T_8.4517 > 3.29272) = .010174 (R's pt)
--   s_pooled^2 = (4 * .046889 + 5 * .120741) / 9 = .087918; J(9) = G(4.5)/(sqrt(4.5) G(4))
--   = 11.63173/(2.12132 * 6) = .913875; g = .913875 * .565556 / .296509 = 1.74311
--   TOST, margin .14 (half the walker2005 SD .280): p_lower = P(T > (.565556 + .14)/.171759
--   = 4.1078) = .00151, p_upper = P(T < (.565556 - .14)/.171759 = 2.4776) = .98163;
--   p_equivalence = .98163: not equivalent; p < .05: divergent.
-- W3 (equivalence shown): diff .0050926, se .0422484, df 14.0141; t_lower = (.0050926 + .14)
--   / .0422484 = 3.4343, p_lower = .00201; t_upper = (.0050926 - .14)/.0422484 = -3.1932,
--   p_upper = .00325; p_equivalence = .00325 < .05: congruent (p = .906 is no difference).
CREATE TEMP TABLE want (pair text, a text, b text, index text, diff float8, t float8, df float8,
                        p float8, g float8, p_equivalence float8, verdict text, speeches_needed bigint);
INSERT INTO want VALUES
('W1', 'A', 'B', 'P-1', 0.56555555555555559, 3.2927228504185657, 8.4516743266013652, 0.010174029053666591,
 1.7431062919840641, 0.9816290218414534, 'divergent', NULL),
('W2', 'A', 'B', 'I-1', 0.85888888888888881, 3.571324649418222, 8.9858977953351431, 0.0060269452187705422,
 1.944347071696708, 0.99078881587845347, 'divergent', NULL),
('W3', 'C', 'D', 'P-1', 0.005092592592592593, 0.12053941867365613, 14.014105607989682, 0.90576700155390588,
 0.056078432235475976, 0.0032504498443292527, 'congruent', NULL),
('W4', 'C', 'D', 'I-1', 0.48472222222222222, 2.9328914604754415, 13.23957753701225, 0.011459248546129253,
 1.3732230989800978, 0.96142070870703689, 'divergent', NULL),
('W5', 'E', 'F', 'P-1', 0.21333333333333332, 1.009911044956485, 7.9954312546599606, 0.34212051672199928,
 0.57657812815229126, 0.63128286803950173, 'inconclusive', 35),
('W6', 'E', 'F', 'I-1', 0.054047619047619011, 0.42626646419602199, 5.4227610791371834, 0.68630968390268365,
 0.26364176437688058, 0.20346550048200326, 'inconclusive', 30);

-- Mismatches beyond 1e-10 (relative for values above 1): none expected.
CREATE FUNCTION pg_temp.off(got float8, want float8) RETURNS boolean LANGUAGE sql IMMUTABLE
RETURN got IS NULL OR abs(got - want) > 1e-10 * greatest(1, abs(want));
SELECT w.pair, c.*
  FROM want w
  JOIN prof pa ON pa.leader = w.a JOIN prof pb ON pb.leader = w.b
  CROSS JOIN LATERAL vics_congruence(pa.p, pb.p) c
 WHERE c.index = w.index
   AND (pg_temp.off(c.diff, w.diff) OR pg_temp.off(c.t, w.t) OR pg_temp.off(c.df, w.df)
        OR pg_temp.off(c.p, w.p) OR pg_temp.off(c.hedges_g, w.g)
        OR pg_temp.off(c.p_equivalence, w.p_equivalence)
        OR c.verdict IS DISTINCT FROM w.verdict OR c.speeches_needed IS DISTINCT FROM w.speeches_needed);
SELECT count(*) AS pairs_compared FROM want;

-- The same rows, readable (6 decimals).
SELECT w.pair, c.index, c.n_a, c.n_b, round(c.mean_a::numeric, 6) mean_a, round(c.mean_b::numeric, 6) mean_b,
       round(c.sd_a::numeric, 6) sd_a, round(c.sd_b::numeric, 6) sd_b, round(c.diff::numeric, 6) diff,
       round(c.t::numeric, 6) t, round(c.df::numeric, 6) df, round(c.p::numeric, 6) p, c.margin,
       round(c.p_equivalence::numeric, 6) p_eq, round(c.hedges_g::numeric, 6) g, c.verdict, c.speeches_needed
  FROM want w
  JOIN prof pa ON pa.leader = w.a JOIN prof pb ON pb.leader = w.b
  CROSS JOIN LATERAL vics_congruence(pa.p, pb.p) c
 WHERE c.index = w.index ORDER BY w.pair;

-- Swapping the profiles flips the signs of diff, t and g and nothing else.
SELECT w.pair, abs(c.t + w.t) < 1e-12 AS t_flips, abs(c.hedges_g + w.g) < 1e-12 AS g_flips,
       abs(c.p - w.p) < 1e-12 AS same_p, abs(c.p_equivalence - w.p_equivalence) < 1e-12 AS same_p_eq,
       c.verdict = w.verdict AS same_verdict
  FROM want w
  JOIN prof pa ON pa.leader = w.a JOIN prof pb ON pb.leader = w.b
  CROSS JOIN LATERAL vics_congruence(pb.p, pa.p) c
 WHERE c.index = w.index ORDER BY w.pair;

-- All 17 rows of one comparison: pooled values next to the per-document means; indices that
-- are constant on both sides (I-4b is 0 in every document: no deeds) have no test.
SELECT c.index, c.n_a, c.n_b, round(c.pooled_a::numeric, 4) pooled_a, round(c.pooled_b::numeric, 4) pooled_b,
       round(c.mean_a::numeric, 4) mean_a, round(c.mean_b::numeric, 4) mean_b,
       round(c.p::numeric, 4) p, c.margin, c.verdict, c.speeches_needed, c.note
  FROM prof pa, prof pb, vics_congruence(pa.p, pb.p) c
 WHERE pa.leader = 'A' AND pb.leader = 'B';

-- Margins: half the walker2005 SD by default; margin_sd scales them; margins overrides per
-- index (names case-insensitive, null = no margin); without a norming group only the given
-- margins exist.
SELECT n.index, m.default_margin, m.one_sd, m.overridden, m.no_group
  FROM vics_index_names() n,
       LATERAL (SELECT (vics_margins())[n.ord] AS default_margin,
                       (vics_margins(NULL, 'walker2005', 1))[n.ord] AS one_sd,
                       (vics_margins('{"p-1": 0.01, " I-5 app ": 0.2, "I-1": null}'))[n.ord] AS overridden,
                       (vics_margins('{"P-1": 0.1}', NULL))[n.ord] AS no_group) m
 ORDER BY n.ord;

-- W3 with a margin smaller than its difference's uncertainty: no longer equivalent, so
-- inconclusive (p .906), with how many more documents would likely settle it; with no
-- margin at all, never congruent, and the note says why.
SELECT c.index, c.margin, round(c.p_equivalence::numeric, 6) p_eq, c.verdict, c.speeches_needed, c.note
  FROM prof pa, prof pb, vics_congruence(pa.p, pb.p, margins => '{"P-1": 0.05}') c
 WHERE pa.leader = 'C' AND pb.leader = 'D' AND c.index = 'P-1';
SELECT c.index, c.margin, c.p_equivalence, c.verdict, c.speeches_needed, c.note
  FROM prof pa, prof pb, vics_congruence(pa.p, pb.p, norm_group => NULL) c
 WHERE pa.leader = 'C' AND pb.leader = 'D' AND c.index = 'P-1';
-- alpha .01: W1 (p .0102) is no longer divergent
SELECT c.index, round(c.p::numeric, 6) p, c.verdict, c.speeches_needed
  FROM prof pa, prof pb, vics_congruence(pa.p, pb.p, 0.01) c
 WHERE pa.leader = 'A' AND pb.leader = 'B' AND c.index = 'P-1';

-- Undefined inputs give NULL with the reason in note, never a number.
CREATE TEMP TABLE odd AS
SELECT 'one doc' AS name, vics_profile(t) AS p FROM (VALUES (pg_temp.d(2,1, 3,1))) v(t)
UNION ALL
SELECT 'flat .5', vics_profile(t) FROM (VALUES (pg_temp.d(3,1, 3,1)), (pg_temp.d(6,2, 6,2)), (pg_temp.d(3,1, 3,1))) v(t)
UNION ALL
SELECT 'flat 1/3', vics_profile(t) FROM (VALUES (pg_temp.d(2,1, 2,1)), (pg_temp.d(4,2, 4,2))) v(t)
UNION ALL
SELECT 'no self', vics_profile(t) FROM (VALUES (pg_temp.d(0,0, 2,1)), (pg_temp.d(0,0, 4,1)), (pg_temp.d(0,0, 1,1))) v(t);
-- n < 2 on a side; SD 0 on both sides (means .5 and 1/3 differ, still no test); SD 0 on
-- one side only (Welch is defined: df = n_b - 1 = 4); a side without SELF utterances.
SELECT o1.name AS a, o2.name AS b, c.index, c.n_a, c.n_b, round(c.diff::numeric, 6) diff, c.t, c.df,
       round(c.p::numeric, 6) p, c.verdict, c.note
  FROM odd o1, odd o2, vics_congruence(o1.p, o2.p) c
 WHERE (o1.name, o2.name) IN (('one doc', 'flat .5'), ('flat .5', 'flat 1/3'), ('no self', 'flat .5'))
   AND c.index IN ('P-1', 'I-1')
 ORDER BY 1, 2, 3 DESC;
SELECT c.index, c.n_a, c.n_b, round(c.t::numeric, 6) t, c.df, round(c.p::numeric, 6) p, c.verdict, c.note
  FROM odd o, prof pb, vics_congruence(o.p, pb.p) c
 WHERE o.name = 'flat .5' AND pb.leader = 'E' AND c.index = 'P-1';
-- NULL profiles: 17 rows, all NULL but the index and the margin, the reason in note.
SELECT count(*) AS rows, count(c.t) AS tests, count(c.margin) AS margins, min(c.note) AS note
  FROM vics_congruence(NULL, (SELECT p FROM prof WHERE leader = 'A')) c;
SELECT DISTINCT c.note FROM vics_congruence(NULL, NULL) c;

-- Caveat: profiles coded with different lexicons (a hand-entered tally has lexicon 0).
WITH coded AS (
  SELECT vics_profile(t) AS p
    FROM (VALUES ('(self: APP 2 OPP 1; other: APP 3 OPP 1; self tense: none; other tense: none; sentences 1; words 9; lexicon 9f3a21c0; coder 1)'::vics_tally),
                 ('(self: APP 1 OPP 1; other: APP 1 OPP 2; self tense: none; other tense: none; sentences 1; words 9; lexicon 9f3a21c0; coder 1)'::vics_tally)) v(t))
SELECT c.index, c.verdict, c.note
  FROM prof pa, coded, vics_congruence(pa.p, coded.p) c
 WHERE pa.leader = 'A' AND c.index = 'P-1';

-- Bad parameters.
SELECT pg_temp.err($$SELECT * FROM vics_congruence((SELECT p FROM prof WHERE leader = 'A'), (SELECT p FROM prof WHERE leader = 'B'), 0.5)$$);
SELECT pg_temp.err($$SELECT * FROM vics_congruence((SELECT p FROM prof WHERE leader = 'A'), (SELECT p FROM prof WHERE leader = 'B'), NULL)$$);
SELECT pg_temp.err($$SELECT * FROM vics_congruence(NULL, NULL, 0.05, power => 1)$$);
SELECT pg_temp.err($$SELECT vics_margins('[0.1]')$$);
SELECT pg_temp.err($$SELECT vics_margins('{"X-9": 0.1}')$$);
SELECT pg_temp.err($$SELECT vics_margins('{"P-1": -0.1}')$$);
SELECT pg_temp.err($$SELECT vics_margins('{"P-1": "wide"}')$$);
SELECT pg_temp.err($$SELECT vics_margins(NULL, 'walker2005', 0)$$);
SELECT pg_temp.err($$SELECT vics_margins(NULL, 'nobody')$$);
SELECT pg_temp.err($$SELECT * FROM vics_congruence_margins(NULL, NULL, 0.05, ARRAY[0.1, 0.2])$$);
SELECT pg_temp.err($$SELECT * FROM vics_congruence_margins(NULL, NULL, 0.05, array_fill(0::float8, ARRAY[17]))$$);
