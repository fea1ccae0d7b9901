-- The examples of README.md "A tour of the SQL", run as written, so the front door
-- cannot drift from what the extension does.  Texts are our own.
\pset null '(null)'
SET extra_float_digits = 0;
-- The lexicon hash changes whenever the shipped lexicon does; the tests below compare
-- hashes instead of printing them.
CREATE FUNCTION pg_temp.shown(t vics_tally) RETURNS text LANGUAGE sql
  RETURN regexp_replace(t::text, 'lexicon [0-9a-f]{8}', 'lexicon ########');

SELECT pg_temp.shown(vics_code('We will help our neighbours. They attacked us.'));

SELECT sentence, verb, lemma, actor, who, category, tense, negated
FROM vics_utterances('China will never threaten anyone, but we oppose hegemony.',
                     self_terms => ARRAY['China']);

CREATE TABLE speech (leader text, year int, body text, self_terms text[]);
INSERT INTO speech VALUES
  ('Ruritania', 2014, 'We support the United Nations. Ruritania will help refugees. They threatened our borders.', '{Ruritania}'),
  ('Ruritania', 2015, 'We condemn the invasion. We welcome the agreement and we praise our partners.', '{Ruritania}'),
  ('Ruritania', 2017, 'Our soldiers protected civilians. The rebels attacked the capital. We urge restraint.', '{Ruritania}'),
  ('Ruritania', 2018, 'We reject these accusations. Ruritania supports dialogue. Others sanctioned us.', '{Ruritania}'),
  ('Freedonia', 2014, 'We will punish aggression. Our enemies invaded our territory. We oppose their plans.', '{Freedonia}'),
  ('Freedonia', 2015, 'Freedonia condemns the blockade. They killed our citizens. We warn them.', '{Freedonia}'),
  ('Freedonia', 2017, 'We attacked the camps. They threatened us again. We reject their demands.', '{Freedonia}'),
  ('Freedonia', 2018, 'We support peace talks. Our neighbours helped us. We criticize the embargo.', '{Freedonia}');

CREATE TABLE speech_tally AS
  SELECT leader, year, vics_code(body, self_terms) AS tally FROM speech;

SELECT leader, year, pg_temp.shown(tally) AS tally FROM speech_tally ORDER BY 1, 2;

CREATE MATERIALIZED VIEW leader_profile AS
  SELECT leader, CASE WHEN year < 2016 THEN '2013-2015' ELSE '2016-2022' END AS period,
         vics_profile(tally, 2) AS profile
  FROM speech_tally GROUP BY 1, 2;

SELECT leader, period, round(vics_p1(profile)::numeric, 4) AS p1,
       round(vics_i1(profile)::numeric, 4) AS i1
FROM leader_profile ORDER BY 1, 2;

SELECT index, round(pooled::numeric, 4) AS pooled, round(mean::numeric, 4) AS mean,
       round(sd::numeric, 4) AS sd, n, round(z::numeric, 2) AS z, descriptor
FROM vics_indices((SELECT vics_profile(tally) FROM speech_tally WHERE leader = 'Freedonia'))
WHERE index IN ('P-1', 'I-1', 'I-5 PUN');

SELECT leader, year, round(vics_index_mean(vics_profile(tally) OVER w, 'I-1')::numeric, 4) AS rolling_i1
FROM speech_tally WINDOW w AS (PARTITION BY leader ORDER BY year ROWS 11 PRECEDING)
ORDER BY 1, 2;

WITH a AS (SELECT vics_profile(tally) AS profile FROM speech_tally WHERE leader = 'Ruritania'),
     b AS (SELECT vics_profile(tally) AS profile FROM speech_tally WHERE leader = 'Freedonia')
SELECT index, round(mean_a::numeric, 4) AS mean_a, round(mean_b::numeric, 4) AS mean_b,
       round(diff::numeric, 4) AS diff, round(t::numeric, 3) AS t, round(df::numeric, 2) AS df,
       round(p::numeric, 4) AS p, verdict
FROM vics_congruence((SELECT profile FROM a), (SELECT profile FROM b))
WHERE index IN ('P-1', 'I-1');

WITH a AS (SELECT vics_profile(tally) AS profile FROM speech_tally WHERE leader = 'Ruritania'),
     b AS (SELECT vics_profile(tally) AS profile FROM speech_tally WHERE leader = 'Freedonia')
SELECT p1_verdict, i1_verdict, relationship, speeches_needed
FROM vics_balance_of_beliefs((SELECT profile FROM a), (SELECT profile FROM b));

SELECT p.leader, t.self_type, t.self_preferences, t.other_type
FROM (SELECT leader, vics_profile(tally) AS profile FROM speech_tally GROUP BY leader) p,
     LATERAL vics_leader_type(p.profile) t
ORDER BY 1;

SELECT length(vics_plot_svg(leader || ' ' || period, profile)) > 1000 AS svg_drawn,
       vics_plot_svg(leader || ' ' || period, profile) LIKE '<?xml%</svg>%' AS svg_complete
FROM leader_profile;

SELECT vics_cameo_category('190') AS fight, vics_cameo_category('0871') AS ceasefire;

-- Lexicon edit: a verb the shipped lexicon lacks reaches vics_code at once, and the tally
-- records another lexicon version.
SELECT pg_temp.shown(vics_code('We befriend our neighbours.')) AS before, vics_lexicon_version(vics_code('We befriend our neighbours.')) = vics_lexicon_version('en') AS current_lexicon;
INSERT INTO vics_lexicon_user (lang, entry, category, note)
  VALUES ('en', 'befriend', 'APP', 'added by our project');
SELECT pg_temp.shown(vics_code('We befriend our neighbours.')) AS after, vics_lexicon_version(vics_code('We befriend our neighbours.')) = vics_lexicon_version('en') AS current_lexicon;
-- category NULL withdraws a shipped entry
INSERT INTO vics_lexicon_user (lang, entry, category) VALUES ('en', 'condemn', NULL);
SELECT count(*) AS condemn_entries FROM vics_lexicon WHERE lang = 'en' AND entry = 'condemn';
SELECT pg_temp.shown(vics_code('We condemn the invasion.')) AS condemn_withdrawn, vics_lexicon_version(vics_code('We condemn the invasion.')) = vics_lexicon_version('en') AS current_lexicon;
CREATE TEMP TABLE edited AS SELECT vics_lexicon_version('en') AS v;
DELETE FROM vics_lexicon_user;
SELECT vics_lexicon_version('en') <> v AS version_changed_back FROM edited;
SELECT pg_temp.shown(vics_code('We condemn the invasion.')) AS condemn_restored, vics_lexicon_version(vics_code('We condemn the invasion.')) = vics_lexicon_version('en') AS current_lexicon;
