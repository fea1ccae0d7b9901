-- opcode demo, part 4 of 5: compare the states.
-- Feng and He's balance of beliefs (VICS.md 1.7) for every pair of states in each period:
-- are their master beliefs (P-1, I-1) divergent, congruent or inconclusive, and what
-- relationship does that predict?  Then the Holsti/Walker leader type of each profile, and
-- the picture.
\pset footer off

\echo
\echo '== Balance of beliefs, every pair of states: verdict on each master belief (p = Welch t-test,'
\echo '   p_eq = equivalence test against half the norming SD), the relationship it predicts, and'
\echo '   for an inconclusive dyad about how many more speeches per state would likely settle it'
SELECT a.period, a.iso3 || ' / ' || b.iso3 AS dyad,
       bb.p1_verdict AS "P-1", round(bb.p1_p::numeric, 3) AS p, round(bb.p1_p_equivalence::numeric, 3) AS p_eq,
       bb.i1_verdict AS "I-1", round(bb.i1_p::numeric, 3) AS p, round(bb.i1_p_equivalence::numeric, 3) AS p_eq,
       bb.relationship, bb.speeches_needed AS "more each"
  FROM state_profile a
  JOIN state_profile b ON b.period = a.period AND b.iso3 > a.iso3,
       LATERAL vics_balance_of_beliefs(a.profile, b.profile) bb
 ORDER BY a.period, a.iso3, b.iso3;

\echo
\echo '== The numbers behind one dyad: United States / Australia, 2013-2015 (vics_congruence)'
SELECT c.index, round(c.mean_a::numeric, 2) AS "mean US", round(c.mean_b::numeric, 2) AS "mean AU",
       c.n_a AS n_us, c.n_b AS n_au, round(c.diff::numeric, 2) AS diff, round(c.t::numeric, 2) AS t,
       round(c.df::numeric, 1) AS df, round(c.p::numeric, 3) AS p, round(c.margin::numeric, 3) AS margin,
       round(c.p_equivalence::numeric, 3) AS p_eq, round(c.hedges_g::numeric, 2) AS g, c.verdict
  FROM state_profile a, state_profile b,
       LATERAL vics_congruence(a.profile, b.profile) c
 WHERE a.state = 'United States' AND b.state = 'Australia'
   AND a.period = '2013-2015' AND b.period = '2013-2015'
   AND c.index IN ('P-1', 'P-2', 'P-4a', 'I-1', 'I-2', 'I-3');

\echo
\echo '== Leader types (Holsti/Walker): SELF placed by I-1 and P-4a, OTHER by P-1 and P-4b (midpoint cuts)'
SELECT p.state, p.period,
       round(lt.i1::numeric, 2) AS "I-1", round(lt.p4a::numeric, 2) AS "P-4a",
       lt.self_type || ' ' || lt.self_quadrant AS self,
       round(lt.p1::numeric, 2) AS "P-1", round(lt.p4b::numeric, 2) AS "P-4b",
       lt.other_type || ' ' || lt.other_quadrant AS other,
       lt.self_preferences AS "self prefers"
  FROM state_profile p, LATERAL vics_leader_type(p.profile) lt
 ORDER BY p.period, p.state;

-- The picture: every profile in the P-1 / I-1 plane with +-1 standard error bars and the
-- norming group's mean and band.  Written to opcode-demo.svg in the current directory.
\pset format unaligned
\pset tuples_only on
\o opcode-demo.svg
SELECT vics_plot_svg(state || ' ' || period, profile ORDER BY period, state) FROM state_profile;
\o
\pset format aligned
\pset tuples_only off
