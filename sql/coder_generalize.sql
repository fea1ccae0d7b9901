-- Rules added so that the coder generalises beyond the gold sentences it was tuned on
-- (doc/coder.md, "Generalisation rules").  Sentences written for this test; each pair
-- shows the construction that is coded next to the look-alike that is not.
\i sql/include/utterances.sql

-- verbs mostly neutral alone in UN speech: only their cooperative phrases are coded
SELECT * FROM pg_temp.u('Our minister visited the islands and launched a housing scheme.');
SELECT * FROM pg_temp.u('We developed new strategies and provide free schooling to our pupils.');
SELECT * FROM pg_temp.u('We develop friendly relations with all our neighbours.');
SELECT * FROM pg_temp.u('We are working hard so that the harvest improves.');
SELECT * FROM pg_temp.u('We will work hand in hand with the island nations.');
SELECT * FROM pg_temp.u('They work in partnership with the agencies.');
SELECT * FROM pg_temp.u('Ruritania expressed it in the charter it drafted.');
SELECT * FROM pg_temp.u('We express our warm greetings to the people of Ruritania.');
-- "undertake": a promise only with "to" or a commitment as object
SELECT * FROM pg_temp.u('The council must undertake a thorough review.');
SELECT * FROM pg_temp.u('They undertook to withdraw their troops.');
SELECT * FROM pg_temp.u('We undertook new commitments last year.');
-- wanting or needing a thing asks nobody to act; needing support does
SELECT * FROM pg_temp.u('We need a stronger fleet.');
SELECT * FROM pg_temp.u('We need the understanding of our partners.');
SELECT * FROM pg_temp.u('This is the harbour we want.');
SELECT * FROM pg_temp.u('The citizens will choose what anthem they desire.');
SELECT * FROM pg_temp.u('We wish the new chairman every success.');
-- a wish whose that-clause has no actor; "it" as the subject of the wished clause
SELECT * FROM pg_temp.u('We hope that the spirit of dialogue that is growing will spread.');
SELECT * FROM pg_temp.u('We hope that the parties will resume talks.');
SELECT * FROM pg_temp.u('The shape we hope it will take is modest.');
SELECT * FROM pg_temp.u('This is a model we hope more States in the region can adopt.');
-- conflict verbs with an ill as object are metaphors
SELECT * FROM pg_temp.u('We must attack the structural problems of our economy.');
SELECT * FROM pg_temp.u('The volunteers fight the epidemic every day.');
SELECT * FROM pg_temp.u('Our navy will fight the pirates.');
-- noun/verb look-alikes: "targets", "convicts"; the idiom "cannot help but"
SELECT * FROM pg_temp.u('We exceeded the harvest targets this year.');
SELECT * FROM pg_temp.u('Foreign convicts are returned to their countries.');
SELECT * FROM pg_temp.u('We cannot help but admire their courage.');
-- "ask how": a question, not an appeal
SELECT * FROM pg_temp.u('We must ask how the harvest can be saved.');
SELECT * FROM pg_temp.u('We ask the parties to negotiate.');
-- "has to" is a modal with a singular subject
SELECT * FROM pg_temp.u('The alliance has to cooperate with the agencies.');
-- polite formulas across a parenthetical adverbial and "take this opportunity to"
SELECT * FROM pg_temp.u('Permit me, at the outset, to congratulate you.');
SELECT * FROM pg_temp.u('Allow me at the outset to extend our thanks to the staff.');
SELECT * FROM pg_temp.u('I would like to take this opportunity to thank the donors.');
SELECT * FROM pg_temp.u('We use this occasion to condemn the blockade.');
-- a possessor inside a phrase: "my delegation's warmest thanks"
SELECT * FROM pg_temp.u('I express my delegation''s warmest thanks to the host.');
-- "the first country to V": the subject of the copula
SELECT * FROM pg_temp.u('Ruritania was the first State to sign the treaty.', ARRAY['Ruritania']);
SELECT * FROM pg_temp.u('Ruritania was one of the last in the region to ratify the treaty.');
SELECT * FROM pg_temp.u('It was the first time to sign anything.');
-- coordination: a relative's gapped object; finite verbs across tenses after ", and"
SELECT * FROM pg_temp.u('These are claims that we examine and reject, as always.');
SELECT * FROM pg_temp.u('Ruritania resisted the invaders for years, and welcomes the peace now.');
SELECT * FROM pg_temp.u('Its policies and practices in the region, and enhanced cooperation.');
-- a subject, a parenthetical adverbial, the verb
SELECT * FROM pg_temp.u('The criminals who, in many places, traffic in weapons must be stopped.');
-- actors: criminals, militants
SELECT * FROM pg_temp.u('Militants attacked the convoy.');
