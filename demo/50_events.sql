-- opcode demo, part 5 of 5: words and deeds.
-- What the four states did, from ICEWS event data (data/events/README.md), coded into the
-- same VICS categories (doc/events.md), beside what their speakers said.  SELF = the state
-- acted, OTHER = another actor acted toward it; events inside one state are left out.
\pset footer off

CREATE TABLE event (
  dataset text, event_date date, source text, source_state text,
  cameo_code text, target text, target_state text
);
\copy event FROM PROGRAM 'xz -dc data/events/icews_events.tsv.xz'

-- One tally of deeds per state and period: the 2013-2015 sample against the first period,
-- the June 2018 sample against the second.
CREATE TABLE state_deeds AS
SELECT s.state,
       CASE WHEN e.event_date < '2016-01-01' THEN '2013-2015' ELSE '2016-2022' END AS period,
       count(*) AS events,
       vics_event_tally(e.cameo_code,
                        CASE WHEN e.source_state = s.state THEN 'SELF' ELSE 'OTHER' END) AS deeds
  FROM (SELECT DISTINCT state FROM speech) s
  JOIN event e ON s.state IN (e.source_state, e.target_state)
              AND e.source_state IS DISTINCT FROM e.target_state
 GROUP BY 1, 2;

\echo
\echo '== What the states did: ICEWS events by VICS category (SELF = the state acted, OTHER = toward it)'
SELECT d.state, d.period, d.events,
       string_agg(c.category || ' ' || c.count, ' ' ORDER BY c.ord) FILTER (WHERE c.who = 'self' AND c.count > 0) AS self,
       string_agg(c.category || ' ' || c.count, ' ' ORDER BY c.ord) FILTER (WHERE c.who = 'other' AND c.count > 0) AS other
  FROM state_deeds d,
       LATERAL (SELECT v.*, array_position(ARRAY['REW', 'PRO', 'APP', 'OPP', 'THR', 'PUN'], v.category) AS ord
                  FROM vics_counts(d.deeds) v) c
 GROUP BY d.state, d.period, d.events
 ORDER BY d.period, d.state;

\echo
\echo '== Words and deeds: the master beliefs from speeches (pooled) and from events'
SELECT p.state, p.period,
       round(vics_i1(p.profile)::numeric, 2) AS "I-1 words",
       round(vics_i1(d.deeds)::numeric, 2)   AS "I-1 deeds",
       round(vics_p1(p.profile)::numeric, 2) AS "P-1 words",
       round(vics_p1(d.deeds)::numeric, 2)   AS "P-1 deeds",
       round(vics_p4a(p.profile)::numeric, 2) AS "P-4a words",
       round(vics_p4a(d.deeds)::numeric, 2)   AS "P-4a deeds"
  FROM state_profile p
  JOIN state_deeds d USING (state, period)
 ORDER BY p.period, p.state;
