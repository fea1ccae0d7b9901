-- opcode demo, part 2 of 5: code every statement.
-- vics_code returns one vics_tally per text: SELF and OTHER utterances by VICS category.
-- The self terms tell it which noun phrases are the speaker's own side besides the
-- pronouns (we, our government, ...).
\pset footer off

CREATE TABLE speech_tally AS
SELECT s.iso3, s.state, s.year, s.speaker,
       CASE WHEN s.year <= 2015 THEN '2013-2015' ELSE '2016-2022' END AS period,
       vics_code(s.body, t.terms) AS tally
  FROM speech s
  JOIN (SELECT iso3, array_agg(term ORDER BY term) AS terms FROM self_term GROUP BY iso3) t USING (iso3);

\echo
\echo '== Utterances coded per statement (SELF / OTHER)'
SELECT state,
       max(CASE WHEN year = 2013 THEN cell END) AS "2013", max(CASE WHEN year = 2014 THEN cell END) AS "2014",
       max(CASE WHEN year = 2015 THEN cell END) AS "2015", max(CASE WHEN year = 2016 THEN cell END) AS "2016",
       max(CASE WHEN year = 2017 THEN cell END) AS "2017", max(CASE WHEN year = 2018 THEN cell END) AS "2018",
       max(CASE WHEN year = 2019 THEN cell END) AS "2019", max(CASE WHEN year = 2020 THEN cell END) AS "2020",
       max(CASE WHEN year = 2021 THEN cell END) AS "2021", max(CASE WHEN year = 2022 THEN cell END) AS "2022"
  FROM (SELECT state, year,
               vics_utterances_count(tally, 'self') || '/' || vics_utterances_count(tally, 'other') AS cell
          FROM speech_tally) c
 GROUP BY state
 ORDER BY state;

\echo
\echo '== Provenance: the lexicon (content hash) and coding rules every tally records, and ICU'
SELECT vics_lexicon_version(t) AS lexicon, vics_coder_version(t) AS coder_rules,
       opcode_icu_version() AS icu, vics_sentences_count(t) AS sentences,
       vics_words_count(t) AS words, vics_utterances_count(t) AS utterances
  FROM (SELECT vics_tally_sum(tally) AS t FROM speech_tally) s;
