-- Generalisation rules found by classifying the disagreements on a third gold set
-- (test/gold/dev3.jsonl; doc/coder.md rule 13).  Sentences written for this test; each
-- construction that is coded stands next to a look-alike that is not.
CREATE FUNCTION pg_temp.u(body text, self_terms text[] DEFAULT '{}', options text DEFAULT '')
RETURNS TABLE (verb text, lemma text, actor text, who text, category text, tense text,
               modality text, rule text)
LANGUAGE sql AS $$
  SELECT verb, lemma, actor, who, category, tense, modality, rule
    FROM vics_utterances(body, self_terms, NULL, 'en', options)
$$;

-- a parenthetical adverbial between a modal (or perfect "have") and its verb
SELECT * FROM pg_temp.u('We must, however, condemn the invasion.');
SELECT * FROM pg_temp.u('Ruritania will, in any case, support the plan.');
SELECT * FROM pg_temp.u('The rebels have, since May, attacked the villages.');
-- metaphorical objects: the effects, impact or consequences of an ill
SELECT * FROM pg_temp.u('Small countries must battle the effects of the storms.');
SELECT * FROM pg_temp.u('We fight the consequences of the crisis.');
SELECT * FROM pg_temp.u('We fight the militias of the north.');
-- "forces" is a noun unless a subject pronoun or relative precedes it
SELECT * FROM pg_temp.u('Market forces attack the weakest sectors.');
SELECT * FROM pg_temp.u('It is the regime that forces our fishermen to flee.');
-- "let me/us" before a bare verb: the speaker's act, through "begin by V-ing"
SELECT * FROM pg_temp.u('Let me begin by thanking the chairman.');
SELECT * FROM pg_temp.u('Let us conclude by welcoming the new members.');
-- recognition of a State, its independence or its rights is an act; "recognize that" is not
SELECT * FROM pg_temp.u('Ruritania recognized the independent State of Freedonia.');
SELECT * FROM pg_temp.u('Ruritania has recognized the rights of the islanders.');
SELECT * FROM pg_temp.u('We recognize that the States of the region need aid.');
-- restating a position supports it; valuing an actor appreciates it
SELECT * FROM pg_temp.u('We reaffirm our position on the dispute.');
SELECT * FROM pg_temp.u('We value the friendship of Ruritania.');
SELECT * FROM pg_temp.u('The value of trade grew.');
-- a verb that governs "of" is a verb before "of": "approves of"; "support of" stays a noun
SELECT * FROM pg_temp.u('Ruritania approves of the plan.');
SELECT * FROM pg_temp.u('Strong support of the plan came from the islands.');
-- "implement" alone carries out one's own programme; only implementing agreements is coded
SELECT * FROM pg_temp.u('My Government has implemented a housing programme.');
SELECT * FROM pg_temp.u('Both sides implemented the agreements they signed.');
-- a coordinated verb whose phrase already holds its object: "and recognized the State of"
SELECT * FROM pg_temp.u('Ruritania supported us and recognized the sovereignty of Freedonia.');
-- a bare auxiliary group before "and" shares the verb and its subject
SELECT * FROM pg_temp.u('Ruritania did not and does not accept the annexation.');
SELECT * FROM pg_temp.u('We can and will support the reform.');
-- a subject modified by "like": "organizations like ours must"; "like" as a verb is a wish
SELECT * FROM pg_temp.u('Countries like Ruritania have attacked the rebels.');
SELECT * FROM pg_temp.u('We do not like the rebels.');
-- "avail oneself of this opportunity to V" is a light verb like "take this opportunity"
SELECT * FROM pg_temp.u('We avail ourselves of this occasion to condemn the blockade.');
-- standing united is joint action
SELECT * FROM pg_temp.u('The nations of the region must stand united against the invaders.');
-- an insert opened by a relative ("to which", "who") is skipped even without an auxiliary
SELECT * FROM pg_temp.u('The institutions, to which our debt is owed, refuse to help us.');
SELECT * FROM pg_temp.u('We build roads, improve schools, support farmers.');
-- coordinated participles of a reduced passive share the agent
SELECT * FROM pg_temp.u('The villages attacked and burned by the rebels are empty.');
-- a participial adjunct after a comma acts with the clause's subject; not in a list of gerunds
SELECT * FROM pg_temp.u('Then the regime set up road blocks, hindering the work of the inspectors.');
SELECT * FROM pg_temp.u('These organizations provide a basis for progress in fostering growth, enhancing the welfare of nations.');
-- a reduced relative after a noun that names actors: "the troops occupying the north"
SELECT * FROM pg_temp.u('The troops occupying the north must leave.');
SELECT * FROM pg_temp.u('The treaty protecting the north must be kept.');
-- coordinated modifiers inside a phrase count once
SELECT * FROM pg_temp.u('We express our deep and sincere condolences to the people of Ruritania.');
SELECT * FROM pg_temp.u('We express our concern and support the people.');
