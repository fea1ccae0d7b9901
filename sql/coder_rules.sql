-- The clause rules of VICS.md part 2, one sentence (or a few) per rule, written for this
-- test.  Each row shows verb, actor, SELF/OTHER, category, tense, negation and the rule that
-- found the actor; sentences that must code nothing show no rows.
CREATE FUNCTION pg_temp.u(body text, self_terms text[] DEFAULT '{}', options text DEFAULT '')
RETURNS TABLE (verb text, lemma text, actor text, who text, category text, base text, tense text,
               negated boolean, modality text, rule text)
LANGUAGE sql AS $$
  SELECT verb, lemma, actor, who, category, base_category, tense, negated, modality, rule
    FROM vics_utterances(body, self_terms, NULL, 'en', options)
$$;

-- rule 3: the grammatical subject; rule 4: SELF pronouns, self terms, OTHER
SELECT * FROM pg_temp.u('We support the peace plan.');
SELECT * FROM pg_temp.u('Our government condemns the invasion.');
SELECT * FROM pg_temp.u('Ruritania attacked its neighbour.', ARRAY['Ruritania']);
SELECT * FROM pg_temp.u('Ruritania attacked its neighbour.');
-- rule 3: passive with agent, agentless passive (no actor: not coded)
SELECT * FROM pg_temp.u('The village was attacked by rebel forces.');
SELECT * FROM pg_temp.u('The village was attacked last night.');
-- rule 3: relative clause, coordinated verbs, infinitive after "ready to"
SELECT * FROM pg_temp.u('We thank the countries that support us.');
SELECT * FROM pg_temp.u('We will build and defend our institutions.');
SELECT * FROM pg_temp.u('We are ready to help.');
-- rule 5: negation
SELECT * FROM pg_temp.u('We will not accept this.');
SELECT * FROM pg_temp.u('We do not seek confrontation.');
-- rule 6: deeds under intention and obligation; words keep their category
SELECT * FROM pg_temp.u('We will help the refugees.');
SELECT * FROM pg_temp.u('They must release the prisoners.');
SELECT * FROM pg_temp.u('We will support the resolution.');
-- rule 7: questions and quotations are not coded
SELECT * FROM pg_temp.u('Why do they attack us?');
SELECT * FROM pg_temp.u('He said: "We will destroy them."');
-- tense: present perfect counts as past
SELECT * FROM pg_temp.u('We have helped our neighbours.');
-- nouns are not verbs
SELECT * FROM pg_temp.u('Our support for the plan is well known.');
-- the tally of a text equals the counts of its utterances
-- (the lexicon hash is the shipped lexicon's: shown as LEXICON so that lexicon edits do not
-- change this file; coder_lexicon tests the hash itself)
SELECT replace(vics_code('We will not accept this. They attacked us. We welcome the agreement.')::text,
               vics_lexicon_version(), 'LEXICON') AS tally;
