-- vics_balance_of_beliefs: every cell of Feng and He's table (VICS.md 1.7), the
-- inconclusive and undefined cases, and the numbers behind each verdict.
-- One document: SELF APP/OPP and OTHER APP/OPP, so I-1 = (s_app - s_opp)/(s_app + s_opp)
-- and P-1 = (o_app - o_opp)/(o_app + o_opp).
\i sql/include/app_opp_doc.sql

CREATE TEMP TABLE docs (leader text, t vics_tally);
-- G1: 12 documents, P-1 in {4/8, 5/9, 6/10} (friendly), I-1 in {4/6, 5/7} (cooperative)
INSERT INTO docs SELECT 'G1', pg_temp.d(5 + i % 2, 1, 6 + i % 3, 2) FROM generate_series(1, 12) i;
-- G2: the same values in another order: equal means, small SDs: both congruent with G1
INSERT INTO docs SELECT 'G2', pg_temp.d(5 + (i + 1) % 2, 1, 6 + (i + 1) % 3, 2) FROM generate_series(1, 12) i;
-- G3: P-1 in {-2/4, -1/5, 0} (hostile), I-1 as G1
INSERT INTO docs SELECT 'G3', pg_temp.d(5 + i % 2, 1, 1 + i % 3, 3) FROM generate_series(1, 12) i;
-- G4: P-1 as G1, I-1 in {-2/4, -3/5} (conflictual)
INSERT INTO docs SELECT 'G4', pg_temp.d(1, 3 + i % 2, 6 + i % 3, 2) FROM generate_series(1, 12) i;
-- G5: P-1 as G3, I-1 as G4
INSERT INTO docs SELECT 'G5', pg_temp.d(1, 3 + i % 2, 1 + i % 3, 3) FROM generate_series(1, 12) i;
-- G6: three documents all over the place: P-1 1, -1, 1/5; I-1 1, -1, 0
INSERT INTO docs VALUES ('G6', pg_temp.d(2,0, 3,0)), ('G6', pg_temp.d(0,2, 0,3)), ('G6', pg_temp.d(1,1, 3,2));
-- G7: P-1 as G6, I-1 -1/2 -3/5 -1/2 (conflictual, tight)
INSERT INTO docs VALUES ('G7', pg_temp.d(1,3, 3,0)), ('G7', pg_temp.d(1,4, 0,3)), ('G7', pg_temp.d(1,3, 3,2));
-- G8: a single document
INSERT INTO docs VALUES ('G8', pg_temp.d(5,1, 6,2));
-- G9: P-1 as G1 (12 documents), SELF speaks in three of them only: I-1 1, -1, 0
INSERT INTO docs SELECT 'G9', pg_temp.d(CASE i WHEN 1 THEN 2 WHEN 3 THEN 1 ELSE 0 END,
                                       CASE i WHEN 2 THEN 2 WHEN 3 THEN 1 ELSE 0 END, 6 + i % 3, 2)
                   FROM generate_series(1, 12) i;
CREATE TEMP TABLE prof AS SELECT leader, vics_profile(t) AS p FROM docs GROUP BY leader;

-- Every cell.  G1 with:
--   G2  P-1 congruent, I-1 congruent  -> like-minded alliance possible
--   G3  P-1 divergent, I-1 congruent  -> issue-specific cooperation without alliance
--   G4  P-1 congruent, I-1 divergent  -> no alignment (shared view of others)
--   G5  P-1 divergent, I-1 divergent  -> no alignment (different views and strategies)
--   G6  both inconclusive (n 3, SDs near 1) -> inconclusive, speeches_needed
--   G7  P-1 inconclusive, I-1 divergent -> inconclusive (the note: no alignment either way)
--   G9  P-1 congruent, I-1 inconclusive -> inconclusive (the note: depends on I-1)
--   G8  one document: no test, no verdict -> NULL, the reason in note
SELECT b.leader, r.p1_verdict, r.i1_verdict, r.relationship, r.speeches_needed,
       round(r.p1_p::numeric, 4) p1_p, round(r.p1_p_equivalence::numeric, 4) p1_p_eq,
       round(r.i1_p::numeric, 4) i1_p, round(r.i1_p_equivalence::numeric, 4) i1_p_eq, r.note
  FROM prof a, prof b, vics_balance_of_beliefs(a.p, b.p) r
 WHERE a.leader = 'G1' AND b.leader <> 'G1'
 ORDER BY b.leader;

-- The numbers behind each verdict are vics_congruence's, and speeches_needed is the larger
-- need of the inconclusive master beliefs (NULL unless the relationship is inconclusive).
SELECT b.leader,
       r.p1_diff IS NOT DISTINCT FROM p1.diff AND r.p1_t IS NOT DISTINCT FROM p1.t
         AND r.p1_df IS NOT DISTINCT FROM p1.df AND r.p1_p IS NOT DISTINCT FROM p1.p
         AND r.p1_margin IS NOT DISTINCT FROM p1.margin
         AND r.p1_p_equivalence IS NOT DISTINCT FROM p1.p_equivalence
         AND r.p1_hedges_g IS NOT DISTINCT FROM p1.hedges_g AND r.p1_verdict IS NOT DISTINCT FROM p1.verdict AS p1_same,
       r.i1_diff IS NOT DISTINCT FROM i1.diff AND r.i1_t IS NOT DISTINCT FROM i1.t
         AND r.i1_df IS NOT DISTINCT FROM i1.df AND r.i1_p IS NOT DISTINCT FROM i1.p
         AND r.i1_margin IS NOT DISTINCT FROM i1.margin
         AND r.i1_p_equivalence IS NOT DISTINCT FROM i1.p_equivalence
         AND r.i1_hedges_g IS NOT DISTINCT FROM i1.hedges_g AND r.i1_verdict IS NOT DISTINCT FROM i1.verdict AS i1_same,
       p1.speeches_needed AS p1_needed, i1.speeches_needed AS i1_needed, r.speeches_needed
  FROM prof a, prof b, vics_balance_of_beliefs(a.p, b.p) r,
       vics_congruence(a.p, b.p) p1, vics_congruence(a.p, b.p) i1
 WHERE a.leader = 'G1' AND b.leader <> 'G1' AND p1.index = 'P-1' AND i1.index = 'I-1'
 ORDER BY b.leader;

-- The verdict follows the parameters: with margins of .01 even G2's identical beliefs are
-- only inconclusive (12 documents per side cannot show |diff| < .01); without a norming group
-- and margins nothing can be congruent.
SELECT r.p1_verdict, r.i1_verdict, r.relationship, r.speeches_needed
  FROM prof a, prof b, vics_balance_of_beliefs(a.p, b.p, margins => '{"P-1": 0.01, "I-1": 0.01}') r
 WHERE a.leader = 'G1' AND b.leader = 'G2';
SELECT r.p1_verdict, r.i1_verdict, r.relationship, r.speeches_needed, r.note
  FROM prof a, prof b, vics_balance_of_beliefs(a.p, b.p, norm_group => NULL) r
 WHERE a.leader = 'G1' AND b.leader = 'G3';

-- A NULL profile: one row, nothing decided, the reason in note.
SELECT r.p1_verdict, r.i1_verdict, r.relationship, r.speeches_needed, r.note
  FROM prof a, vics_balance_of_beliefs(a.p, NULL) r WHERE a.leader = 'G1';

-- A pairwise table, as the demo prints it: each unordered pair once.
SELECT a.leader AS a, b.leader AS b, r.relationship
  FROM prof a JOIN prof b ON a.leader < b.leader, vics_balance_of_beliefs(a.p, b.p) r
 WHERE a.leader IN ('G1', 'G2', 'G3', 'G4') AND b.leader IN ('G1', 'G2', 'G3', 'G4')
 ORDER BY 1, 2;
