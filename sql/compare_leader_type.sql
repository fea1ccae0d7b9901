-- vics_leader_type: the Holsti / Walker quadrants of SELF (I-1 x P-4a) and OTHER (P-1 x
-- P-4b), both cut conventions, and every quadrant reached.
\i sql/include/err.sql

-- One-document profiles (arrays REW PRO APP OPP THR PUN).  By hand, with the midpoints
-- (0 for I-1 and P-1, .5 for P-4a and P-4b; "above" means strictly above):
--   t1 SELF APP 2, OTHER APP 8: I-1 1, P-4a 2/10 = .2  -> SELF A (cooperative, low control)
--                               P-1 1, P-4b .8         -> OTHER C (friendly, high control)
--   t2 SELF APP 8, OTHER APP 2: I-1 1, P-4a .8 -> C;      P-1 1, P-4b .2 -> A
--   t3 SELF OPP 8, OTHER OPP 2: I-1 -1, P-4a .8 -> B;     P-1 -1, P-4b .2 -> DEF
--   t4 SELF OPP 2, OTHER OPP 8: I-1 -1, P-4a .2 -> DEF;   P-1 -1, P-4b .8 -> B
--   t5 SELF APP 1 OPP 1, OTHER APP 1 OPP 1: I-1 0, P-4a .5: on both cuts, so conflictual and
--      low control -> DEF; OTHER likewise -> DEF
--   t6 SELF APP 3 OPP 1, OTHER APP 6: I-1 .5, P-4a 4/10 = .4 -> A at the midpoints, but C
--      against the walker2005 means (I-1 .346, P-4a .207); P-1 1, P-4b .6 -> C at the
--      midpoints, A against the means (P-1 .273, P-4b .793)
CREATE TEMP TABLE lt (name text, t vics_tally);
INSERT INTO lt VALUES
('t1', vics_tally(ARRAY[0,0,2,0,0,0], ARRAY[0,0,8,0,0,0])),
('t2', vics_tally(ARRAY[0,0,8,0,0,0], ARRAY[0,0,2,0,0,0])),
('t3', vics_tally(ARRAY[0,0,0,8,0,0], ARRAY[0,0,0,2,0,0])),
('t4', vics_tally(ARRAY[0,0,0,2,0,0], ARRAY[0,0,0,8,0,0])),
('t5', vics_tally(ARRAY[0,0,1,1,0,0], ARRAY[0,0,1,1,0,0])),
('t6', vics_tally(ARRAY[0,0,3,1,0,0], ARRAY[0,0,6,0,0,0]));

SELECT lt.name, r.self_type, r.self_quadrant, r.self_preferences, r.other_type, r.other_quadrant,
       r.other_preferences, r.i1, r.p4a, r.p1, r.p4b, r.note
  FROM lt, vics_leader_type(lt.t::vics_profile) r ORDER BY lt.name;

SELECT lt.name, r.self_type, r.self_quadrant, r.other_type, r.other_quadrant,
       r.i1_cut, r.p4a_cut, r.p1_cut, r.p4b_cut
  FROM lt, vics_leader_type(lt.t::vics_profile, 'norm') r ORDER BY lt.name;

-- Every quadrant of both templates reached (midpoint cuts).
SELECT q.who, q.type, count(*) AS profiles
  FROM lt, vics_leader_type(lt.t::vics_profile) r,
       LATERAL (VALUES ('self', r.self_type), ('other', r.other_type)) q(who, type)
 GROUP BY 1, 2 ORDER BY 1, 2;

-- The per-document means are used, as vics_indices reads a leader: a document with SELF APP 1
-- and OTHER APP 9 (P-4a .1) and one with SELF APP 1 alone (P-4a 1) have mean P-4a .55 -> C
-- (high control), though the pooled P-4a is 2/11 = .18 (low); with a minimum of utterances
-- that no document reaches, the pooled values are used instead, with a note: (8+2)/20 = .5,
-- not above the cut -> A.
SELECT r.self_type, r.i1, round(r.p4a::numeric, 4) p4a, round(vics_p4a(s.p)::numeric, 4) pooled_p4a,
       r.other_type, r.note
  FROM (SELECT vics_profile(t) p FROM (VALUES (vics_tally(ARRAY[0,0,1,0,0,0], ARRAY[0,0,9,0,0,0])),
                                              (vics_tally(ARRAY[0,0,1,0,0,0], ARRAY[0,0,0,0,0,0]))) v(t)) s,
       vics_leader_type(s.p) r;
SELECT r.self_type, r.i1, round(r.p4a::numeric, 4) p4a, r.other_type, r.note
  FROM (SELECT vics_profile(t, 50) p FROM (VALUES (vics_tally(ARRAY[0,0,8,0,0,0], ARRAY[0,0,2,0,0,0])),
                                                  (vics_tally(ARRAY[0,0,2,0,0,0], ARRAY[0,0,8,0,0,0]))) v(t)) s,
       vics_leader_type(s.p) r;

-- Undefined: no SELF utterances (I-1 undefined, SELF type NULL; OTHER still typed); a
-- NULL profile.
SELECT r.self_type, r.self_preferences, r.other_type, r.i1, r.p4a, r.note
  FROM vics_leader_type(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,3,0,0])::vics_profile) r;
SELECT r.self_type, r.other_type, r.note FROM vics_leader_type(NULL) r;

-- The helpers on their own, and a user's norming group as the cut.
SELECT vics_holsti_type(0.2, 0.6) AS c, vics_holsti_type(0.2, 0.4) AS a, vics_holsti_type(-0.2, 0.6) AS b,
       vics_holsti_type(-0.2, 0.4) AS def, vics_holsti_type(0, 0.5) AS on_both_cuts,
       vics_holsti_type(0.2, NULL) AS undefined, vics_holsti_preferences('def') AS def_order,
       vics_holsti_preferences('E') AS unknown;
INSERT INTO vics_norms VALUES ('strict', 'I-1', 0.6, 0.2, NULL, 'test'), ('strict', 'P-4a', 0.1, 0.1, NULL, 'test');
SELECT r.self_type, r.i1_cut, r.p4a_cut, r.other_type, r.p1_cut, r.note
  FROM lt, vics_leader_type(lt.t::vics_profile, 'norm', 'strict') r WHERE lt.name = 't6';
DELETE FROM vics_norms WHERE group_name = 'strict';

SELECT pg_temp.err($$SELECT * FROM vics_leader_type(NULL, 'median')$$);
SELECT pg_temp.err($$SELECT * FROM vics_leader_type(NULL, 'norm', 'nobody')$$);
SELECT pg_temp.err($$SELECT * FROM vics_leader_type(NULL, 'norm', NULL)$$);
