-- opcode demo, part 1 of 5: load the corpus.
-- The UN General Debate statements of the United States, Russia, China and Australia,
-- 2013-2022 (data/demo/README.md), and the words each state uses for itself.
-- Run from the root of the opcode checkout (the paths are relative to it).
CREATE EXTENSION IF NOT EXISTS opcode;
\pset footer off

CREATE TABLE speech (
  iso3 text, state text, session int, year int, speaker text, post text, body text,
  PRIMARY KEY (iso3, year)
);
\copy speech FROM PROGRAM 'xz -dc data/demo/ungdc_2013_2022.tsv.xz'

CREATE TABLE self_term (iso3 text, term text);
\copy self_term FROM 'data/demo/self_terms.tsv' WITH (FORMAT text, HEADER true)

\echo
\echo '== The corpus: statements in the UN General Debate, 2013-2022'
SELECT state,
       count(*) AS speeches,
       round(sum(array_length(regexp_split_to_array(body, '\s+'), 1)) / 1000.0) || 'k' AS words,
       string_agg(DISTINCT speaker, ', ') AS speakers
  FROM speech
 GROUP BY state
 ORDER BY state;
