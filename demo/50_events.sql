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

-- Target-specific profiles: vics_code's third argument (other_terms) keeps only the OTHER
-- utterances whose actor is one of the given terms, here another state's names.  What
-- each state's speakers say the other state does (all ten years) beside what that state
-- did to it in the event samples.  The speeches name each other rarely: few utterances.
CREATE TEMP VIEW state_terms AS
SELECT s.state, array_agg(t.term ORDER BY t.term) AS terms
  FROM self_term t JOIN (SELECT DISTINCT iso3, state FROM speech) s USING (iso3)
 GROUP BY s.state;

\echo
\echo '== Target-specific: what the speaker says the other state does (words) and what it did (events)'
SELECT a.state AS speaker, b.state AS "about",
       vics_utterances_count(w.t, 'other') AS "said n", round(vics_p1(w.t)::numeric, 2) AS "P-1 said",
       coalesce(vics_utterances_count(d.t, 'other'), 0) AS "did n", round(vics_p1(d.t)::numeric, 2) AS "P-1 did"
  FROM state_terms a
  JOIN state_terms b ON b.state <> a.state
 CROSS JOIN LATERAL (SELECT vics_tally_sum(vics_code(s.body, a.terms, b.terms)) AS t
                       FROM speech s WHERE s.state = a.state) w
 CROSS JOIN LATERAL (SELECT vics_event_tally(e.cameo_code, 'OTHER') AS t
                       FROM event e WHERE e.source_state = b.state AND e.target_state = a.state) d
 ORDER BY a.state, b.state;
