-- vics_code counts exactly the utterances vics_utterances lists, over many sentences of
-- our own, one by one and as one text; other_terms filters OTHER actors; NULL handling.
CREATE TEMP TABLE s (id int, body text);
INSERT INTO s VALUES
 (1, 'We support the peace plan and welcome the agreement.'),
 (2, 'They attacked the village and killed civilians.'),
 (3, 'The Security Council condemned the attack.'),
 (4, 'We will not accept any interference in our internal affairs.'),
 (5, 'Ruritania must withdraw its troops from our territory.'),
 (6, 'We call on all States to respect international law.'),
 (7, 'Our government has provided assistance to the refugees.'),
 (8, 'The occupying forces continue to destroy homes.'),
 (9, 'We hope that the parties will resume negotiations soon.'),
 (10, 'They threatened to use force against us.'),
 (11, 'We pledge to contribute to the fund.'),
 (12, 'If they attack us, we will defend ourselves.'),
 (13, 'Why do they reject our proposal?'),
 (14, 'He said: "We will crush them."'),
 (15, 'We reject the accusations and condemn the sanctions imposed on our people.'),
 (16, 'The European Union has imposed sanctions on the regime.'),
 (17, 'We thank the countries that have supported us.'),
 (18, 'The rebels were defeated by government forces.'),
 (19, 'We are ready to cooperate with all our neighbours.'),
 (20, 'Our armed forces will protect the population.'),
 (21, 'They have never respected the ceasefire.'),
 (22, 'We strongly oppose the use of force and reject all forms of terrorism.'),
 (23, 'I would like to congratulate you on your election.'),
 (24, 'The United States and Ruritania signed an agreement.'),
 (25, 'We urge the international community to help us.'),
 (26, 'Our country has always supported the struggle of the Palestinian people.'),
 (27, 'The aggressor invaded our land and occupied our cities.'),
 (28, 'We welcome the efforts of the Secretary-General.'),
 (29, 'They should lift the embargo immediately.'),
 (30, 'We express our deep concern about the situation.'),
 (31, 'The regime continues to arrest and torture its opponents.'),
 (32, 'Ruritania is committed to peace.'),
 (33, ''),
 (34, '   '),
 (35, 'Attack! Attack! Attack!');

-- per sentence: the tally's utterances equal the listed rows, SELF and OTHER alike
SELECT count(*) AS sentences,
       sum(vics_utterances_count(vics_code(body, '{Ruritania}'))) AS by_code,
       sum((SELECT count(*) FROM vics_utterances(body, '{Ruritania}'))) AS by_rows,
       count(*) FILTER (WHERE vics_utterances_count(vics_code(body, '{Ruritania}'))
                              <> (SELECT count(*) FROM vics_utterances(body, '{Ruritania}'))) AS mismatches
  FROM s;
-- per category and side, over the whole set as one text
WITH t AS (SELECT string_agg(body, ' ' ORDER BY id) AS body FROM s),
     rows AS (SELECT who, category, count(*) AS n FROM t, vics_utterances(t.body, '{Ruritania}') GROUP BY 1, 2),
     tally AS (SELECT vics_code(body, '{Ruritania}') AS v FROM t)
SELECT r.who, r.category, r.n, vics_count(tally.v, r.who, r.category) AS tally_n
  FROM rows r, tally ORDER BY 1, 2;
WITH t AS (SELECT string_agg(body, ' ' ORDER BY id) AS body FROM s)
SELECT vics_sentences_count(vics_code(body)) AS sentences, vics_words_count(vics_code(body)) AS words,
       (SELECT max(sentence) FROM vics_utterances(t.body)) AS last_coded_sentence
  FROM t;

-- other_terms keep only the OTHER utterances of those actors (SELF ones stay)
SELECT verb, actor, who FROM vics_utterances(
  'The European Union has imposed sanctions. Ruritania attacked us. We condemn them.',
  other_terms => ARRAY['ruritania']);
SELECT vics_utterances_count(vics_code(
  'The European Union has imposed sanctions. Ruritania attacked us. We condemn them.',
  other_terms => ARRAY['Ruritania']));

-- NULL body: NULL tally, no rows; empty and blank texts: zero counts
SELECT vics_code(NULL) IS NULL AS null_body, (SELECT count(*) FROM vics_utterances(NULL)) AS no_rows;
SELECT replace(vics_code('')::text, vics_lexicon_version(), 'LEXICON') AS empty,
       replace(vics_code(E' \t\n ')::text, vics_lexicon_version(), 'LEXICON') AS blank;
-- NULL self_terms: none; NULL elements are skipped
SELECT vics_code('Ruritania attacked us.', NULL) = vics_code('Ruritania attacked us.', '{}') AS null_self,
       vics_code('Ruritania attacked us.', ARRAY[NULL, 'Ruritania']) = vics_code('Ruritania attacked us.', '{Ruritania}') AS null_elem;
-- NULL lang is an error
SELECT vics_code('We help.', lang => NULL);
-- a two-dimensional array of terms is an error
SELECT vics_code('We help.', ARRAY[['a', 'b'], ['c', 'd']]);
