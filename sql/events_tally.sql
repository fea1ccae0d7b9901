-- Tallies of events (doc/events.md): each event with a non-neutral CAMEO code counts once,
-- past tense, for SELF or OTHER; NULL code or who skips the row.
CREATE TABLE ev (id int, code text, who text);
INSERT INTO ev VALUES
  (1, '042', 'SELF'),     -- consult: APP
  (2, '0234', 'self'),    -- appeal: APP
  (3, '036', 'SELF'),     -- express intent to meet: PRO
  (4, '073', 'Self'),     -- humanitarian aid: REW
  (5, '1823', 'OTHER'),   -- assault: PUN
  (6, '130', 'other'),    -- threaten: THR
  (7, '112', 'OTHER'),    -- accuse: OPP
  (8, '057', 'OTHER'),    -- sign formal agreement: APP
  (9, '010', 'SELF'),     -- statement: neutral, not counted
  (10, '090', 'OTHER'),   -- investigate: neutral
  (11, NULL, 'SELF'),     -- no code: skipped
  (12, '190', NULL);      -- event not involving the state: skipped
-- By hand: SELF REW 1 PRO 1 APP 2 (4 events, past 4), OTHER APP 1 OPP 1 THR 1 PUN 1 (4, past 4).
SELECT vics_event_tally(code, who) FROM ev;
-- I-1 = (4 - 0) / 4 = 1; P-1 = (1 - 3) / 4 = -0.5; P-2 = (1 - 1 - 2 - 3) / 4 / 3 = -0.4167;
-- I-2 = (3 + 2 + 2) / 4 / 3 = 0.5833; P-4a = 4 / 8 = 0.5.
SELECT vics_i1(t), vics_p1(t), round(vics_p2(t)::numeric, 4) AS p2, round(vics_i2(t)::numeric, 4) AS i2,
       vics_p4a(t)
  FROM (SELECT vics_event_tally(code, who) AS t FROM ev) s;
-- As a window function: the running count of counted events (rows 9-12 add nothing).
SELECT id, vics_utterances_count(vics_event_tally(code, who) OVER (ORDER BY id)) AS counted
  FROM ev ORDER BY id;

-- Only neutral events: an empty tally (indices NULL); no rows or only skipped rows: NULL.
SELECT vics_event_tally(code, who) FROM ev WHERE id IN (9, 10);
SELECT vics_i1(vics_event_tally(code, who)) IS NULL AS i1_undefined FROM ev WHERE id IN (9, 10);
SELECT vics_event_tally(code, who) IS NULL AS no_rows FROM ev WHERE false;
SELECT vics_event_tally(code, who) IS NULL AS only_skipped FROM ev WHERE id IN (11, 12);

-- Bad actor or code: errors with hints (the actor is checked only for rows with a code).
SELECT vics_event_tally(code, 'them') FROM ev WHERE id = 1;
SELECT vics_event_tally('42', 'self');
SELECT vics_event_tally(NULL, 'them') IS NULL AS unchecked_when_skipped;

-- Event tallies are counts not coded from text (lexicon and coder 0): they add to each
-- other, not to tallies coded by opcode.
SELECT vics_lexicon_version(vics_event_tally(code, who)) IS NULL AS hand_entered FROM ev;
SELECT vics_event_tally(code, who) + vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0]) FROM ev;
\set VERBOSITY sqlstate
SELECT vics_event_tally(code, who)
       + '(self: APP 1; other: none; self tense: present 1; other tense: none; sentences 1; words 3; lexicon 0000abcd; coder 1)'::vics_tally
  FROM ev;
\set VERBOSITY default

-- Dyads from event rows: SELF = the state in question as source, OTHER = others acting
-- toward it; events inside one state are left out.  By hand: A: SELF APP (1) PUN (3),
-- OTHER REW (2) THR (5); B: SELF REW (2) THR (5), OTHER APP (1) PUN (3) OPP (4); C: SELF
-- OPP (4), OTHER none -- row 6 is internal to C, row 7 neutral.
CREATE TABLE dyad (id int, source text, target text, code text);
INSERT INTO dyad VALUES (1, 'A', 'B', '040'), (2, 'B', 'A', '0711'), (3, 'A', 'B', '190'),
  (4, 'C', 'B', '111'), (5, 'B', 'A', '138'), (6, 'C', 'C', '180'), (7, 'A', 'C', '010');
SELECT s.state, vics_event_tally(d.code, CASE WHEN d.source = s.state THEN 'SELF' ELSE 'OTHER' END)
  FROM (VALUES ('A'), ('B'), ('C')) s(state)
  JOIN dyad d ON s.state IN (d.source, d.target) AND d.source <> d.target
 GROUP BY s.state ORDER BY s.state;

-- A parallel plan (combine function) gives the serial result.  200,000 generated events,
-- i = 0 .. 199999: root i % 20 + 1 (code '<root>0'), SELF for even i, so SELF gets the odd
-- roots and OTHER the even ones, 10,000 events each.  By hand: SELF 01 -, 03 PRO, 05 APP,
-- 07 REW, 09 -, 11 OPP, 13 THR, 15 THR, 17 PUN, 19 PUN = REW 10000 PRO 10000 APP 10000
-- OPP 10000 THR 20000 PUN 20000 (past 80000); OTHER 02 APP, 04 APP, 06 REW, 08 REW,
-- 10 OPP, 12 OPP, 14 OPP, 16 PUN, 18 PUN, 20 PUN = REW 20000 APP 20000 OPP 30000 PUN 30000
-- (past 100000).
CREATE TABLE many AS
SELECT i, lpad((i % 20 + 1)::text, 2, '0') || '0' AS code,
       CASE WHEN i % 2 = 0 THEN 'SELF' ELSE 'OTHER' END AS who
  FROM generate_series(0, 199999) i;
ANALYZE many;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
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
SELECT pg_temp.plan_has('SELECT vics_event_tally(code, who) FROM many', 'Partial Aggregate') AS parallel_plan;
SELECT vics_event_tally(code, who) FROM many;
SET max_parallel_workers_per_gather = 0;
SELECT pg_temp.plan_has('SELECT vics_event_tally(code, who) FROM many', 'Partial Aggregate') AS parallel_plan;
SELECT vics_event_tally(code, who) FROM many;
RESET ALL;
