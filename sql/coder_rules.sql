-- The clause rules of VICS.md part 2, one sentence (or a few) per rule, written for this
-- test.  Each row shows verb, lexicon entry, actor, SELF/OTHER, final and base category,
-- tense, negation, modality and the rule that found the actor; sentences that must code
-- nothing show no rows.
\i sql/include/utterances.sql

-- rule 2: inflected verbs and multi-word entries; a phrase overrides its head; words may
-- stand between a verb and the noun of its phrase; copulas and auxiliaries are not coded
SELECT * FROM pg_temp.u('We call on the parties to show restraint.');
SELECT * FROM pg_temp.u('We express our deepest concern.');
SELECT * FROM pg_temp.u('We express our solidarity with them.');
SELECT * FROM pg_temp.u('They imposed harsh new sanctions on us.');
SELECT * FROM pg_temp.u('They are our friends and they have been for decades.');

-- rule 3: the grammatical subject; rule 4: SELF pronouns, self terms, OTHER
SELECT * FROM pg_temp.u('We support the peace plan.');
SELECT * FROM pg_temp.u('Our government condemns the invasion.');
SELECT * FROM pg_temp.u('Ruritania attacked its neighbour.', ARRAY['Ruritania']);
SELECT * FROM pg_temp.u('Ruritania attacked its neighbour.');
SELECT * FROM pg_temp.u('The government of ruritania welcomed the talks.', ARRAY['The Government of Ruritania']);
SELECT * FROM pg_temp.u('Our partners supported the resolution.');
SELECT * FROM pg_temp.u('Ruritania''s proposal will help the region.', ARRAY['Ruritania']);
-- rule 3: passive with agent; agentless passive, dummy "it", imperative: no actor, not coded
SELECT * FROM pg_temp.u('The village was attacked by rebel forces.');
SELECT * FROM pg_temp.u('The village was attacked last night.');
SELECT * FROM pg_temp.u('It is important to help the refugees.');
SELECT * FROM pg_temp.u('Help the refugees.');
-- rule 3: relative clause, coordinated verbs, infinitive after "ready to"
SELECT * FROM pg_temp.u('We thank the countries that support us.');
SELECT * FROM pg_temp.u('We will build and defend our institutions.');
SELECT * FROM pg_temp.u('We are ready to help.');
-- an insert between subject and verb
SELECT * FROM pg_temp.u('The United States, which has a base there, has attacked the island.');
-- quantified pronouns; a subject with a prepositional modifier; a name after an adverbial
SELECT * FROM pg_temp.u('Many of us have supported the plan.');
SELECT * FROM pg_temp.u('Countries in our region have condemned the attacks.');
SELECT * FROM pg_temp.u('In this regard Ruritania has participated in the operations.');
-- a relative clause whose head is not an actor codes nothing, also in a list of verbs
SELECT * FROM pg_temp.u('They approved a charter that protects minorities, supports families and helps the poor.');

-- rule 5: negation; a negated cooperative verb is OPP, a negated conflictual one APP
SELECT * FROM pg_temp.u('We will not accept this.');
SELECT * FROM pg_temp.u('We do not seek confrontation.');
SELECT * FROM pg_temp.u('We never attacked anyone.');
SELECT * FROM pg_temp.u('They no longer support the talks.');
-- rule 10: "no" + noun, "have yet to", "fail to", "cannot afford to"; "not only" is no negation
SELECT * FROM pg_temp.u('He made no concession.');
SELECT * FROM pg_temp.u('They have yet to withdraw their troops.');
SELECT * FROM pg_temp.u('They failed to honour their commitments.');
SELECT * FROM pg_temp.u('We cannot afford to ignore them.');
SELECT * FROM pg_temp.u('We have not only welcomed them but also supported them.');

-- rule 6: deeds under intention become PRO/THR, under obligation or possibility APP/OPP;
-- words keep their category
SELECT * FROM pg_temp.u('We will help the refugees.');
SELECT * FROM pg_temp.u('We intend to invest in Africa.');
SELECT * FROM pg_temp.u('We are going to impose sanctions.');
SELECT * FROM pg_temp.u('They must release the prisoners.');
SELECT * FROM pg_temp.u('They could attack us at any time.');
SELECT * FROM pg_temp.u('They have to withdraw their troops.');
SELECT * FROM pg_temp.u('We will support the resolution.');
SELECT * FROM pg_temp.u('We are determined to defend our sovereignty.');
-- rule 10: "would" reporting an intention is future intention
SELECT * FROM pg_temp.u('We announced that we would resettle 12,000 refugees.');

-- rule 7: questions and quotations are not coded
SELECT * FROM pg_temp.u('Why do they attack us?');
SELECT * FROM pg_temp.u('He said: "We will destroy them."');
SELECT * FROM pg_temp.u('He said: “We will destroy them.” We condemn this.');

-- rule 8: verbs of saying are not coded, the clause they introduce is; wishes and appeals
-- are coded, not what they ask for; aspect verbs are not coded, the verb they govern is
SELECT * FROM pg_temp.u('We believe that the occupation violates the law.');
SELECT * FROM pg_temp.u('We urge all parties to resume talks.');
SELECT * FROM pg_temp.u('We hope that all parties will resume the talks.');
SELECT * FROM pg_temp.u('We hope that the situation will improve.');
SELECT * FROM pg_temp.u('We invite our partners to provide support, and that they expand their aid.');
SELECT * FROM pg_temp.u('We continue to support the peace process.');

-- rule 9: tense, and the target when the object names an actor
SELECT verb, tense, target FROM vics_utterances('We helped them. We help Ruritania. We will help the refugees.');
-- present perfect counts as past
SELECT * FROM pg_temp.u('We have helped our neighbours.');

-- rule 10: abstract subjects are not actors; hypothetical clauses are not coded
SELECT * FROM pg_temp.u('The resolution condemns the attacks.');
SELECT * FROM pg_temp.u('If they attack us, we will respond with force.');
SELECT * FROM pg_temp.u('We will respond with force if they attack us.');
-- commitments code the commitment: PRO for a cooperative action, THR for a conflictual one
SELECT * FROM pg_temp.u('We pledge to support the new government.');
SELECT * FROM pg_temp.u('They vowed to retaliate against any attack.');
SELECT * FROM pg_temp.u('They pledged to destroy our villages.');
SELECT * FROM pg_temp.u('Our commitment to assisting Iraq remains firm.');
-- polite formulas code the act; light verbs code what they govern; expressive phrases
SELECT * FROM pg_temp.u('I would like to thank the President.');
SELECT * FROM pg_temp.u('Allow me to congratulate you.');
SELECT * FROM pg_temp.u('The media do not allow us to ignore the situation.');
SELECT * FROM pg_temp.u('We have taken steps to protect the civilians.');
SELECT * FROM pg_temp.u('We pay tribute to the peacekeepers.');
SELECT * FROM pg_temp.u('I extend my warmest congratulations to you.');
-- phrases that describe no act: "give rise to"
SELECT * FROM pg_temp.u('These policies give rise to tension.');
-- an object relative clause on a thing codes nothing; on an actor it does
SELECT * FROM pg_temp.u('This is the freedom we have fought for.');
SELECT * FROM pg_temp.u('We thank the countries that we support.');

-- nouns are not verbs
SELECT * FROM pg_temp.u('Our support for the plan is well known.');
SELECT * FROM pg_temp.u('The attacks on civilians must stop.');
SELECT * FROM pg_temp.u('The United States embargo on Cuba is unjust.');

-- rule 11: verb offsets are bytes into body (0-based start, exclusive end), also after
-- multi-byte characters
SELECT verb, verb_start, verb_end,
       convert_from(substring(convert_to(b, 'UTF8') FROM verb_start + 1 FOR verb_end - verb_start), 'UTF8') AS at_offsets
  FROM (VALUES ('Ünïcödé “quoted” — we thank you.')) v(b), vics_utterances(b);

-- the tally of a text equals the counts of its utterances
-- (the lexicon hash is the shipped lexicon's: shown as LEXICON so that lexicon edits do not
-- change this file; coder_lexicon tests the hash itself)
SELECT replace(vics_code('We will not accept this. They attacked us. We welcome the agreement.')::text,
               vics_lexicon_version(), 'LEXICON') AS tally;
