-- The lexicon as tables: the shipped entries, the users' edits, the effective view, the
-- irregular forms; edits take effect at once and change the version hash every tally
-- records; constraints reject bad rows with telling names.

-- the shipped lexicon is large and uses every category; nothing is edited yet
SELECT count(*) > 2000 AS large, count(DISTINCT category) AS categories, min(source), max(source)
  FROM vics_lexicon WHERE lang = 'en';
SELECT count(*) > 50 AS irregular_forms FROM vics_irregular WHERE shipped;
-- the version: 8 hex digits, the same as recorded by the tallies it codes
SELECT vics_lexicon_version() ~ '^[0-9a-f]{8}$' AS hex8,
       vics_lexicon_version() = vics_lexicon_version(vics_code('We help them.')) AS recorded;
SELECT vics_lexicon_version() AS v0 \gset

-- add an entry: every inflection is coded at once
SELECT count(*) FROM vics_utterances('We befriended them.');
INSERT INTO vics_lexicon_user (entry, category, note) VALUES ('befriend', 'APP', 'test entry');
SELECT verb, lemma, category, tense FROM vics_utterances('We befriended them. They befriend us. We are befriending them.');
SELECT entry, category, source FROM vics_lexicon WHERE entry = 'befriend';
SELECT vics_lexicon_version() <> :'v0' AS version_changed,
       vics_lexicon_version() = vics_lexicon_version(vics_code('We help them.')) AS recorded;

-- override the category of a shipped entry, then delete it (category NULL)
SELECT category FROM vics_utterances('They attacked us.');
INSERT INTO vics_lexicon_user (entry, category) VALUES ('attack', 'OPP');
SELECT entry, category, source FROM vics_lexicon WHERE entry = 'attack';
SELECT category FROM vics_utterances('They attacked us.');
UPDATE vics_lexicon_user SET category = NULL WHERE entry = 'attack';
SELECT count(*) AS attack_entries FROM vics_lexicon WHERE entry = 'attack';
SELECT count(*) FROM vics_utterances('They attacked us.');

-- a multi-word entry of one's own
INSERT INTO vics_lexicon_user (entry, category) VALUES ('turn the screws on', 'PUN');
SELECT verb, lemma, category FROM vics_utterances('They turned the screws on us.');

-- an irregular form for a new head verb
INSERT INTO vics_lexicon_user (entry, category) VALUES ('smite', 'PUN');
SELECT count(*) FROM vics_utterances('They smote the city.');
INSERT INTO vics_irregular (form, lemma) VALUES ('smote', 'smite');
SELECT verb, lemma, category FROM vics_utterances('They smote the city.');

-- edits inside a rolled-back transaction leave no trace
BEGIN;
INSERT INTO vics_lexicon_user (entry, category) VALUES ('hug', 'REW');
SELECT count(*) FROM vics_utterances('They hugged us.');
ROLLBACK;
SELECT count(*) FROM vics_utterances('They hugged us.');

-- reverting every edit restores the version
DELETE FROM vics_lexicon_user;
DELETE FROM vics_irregular WHERE NOT shipped;
SELECT vics_lexicon_version() = :'v0' AS version_restored;
SELECT category FROM vics_utterances('They attacked us.');

-- constraints: categories, entry spelling, language codes
INSERT INTO vics_lexicon_user (entry, category) VALUES ('pummel', 'BAD');
INSERT INTO vics_lexicon_user (entry, category) VALUES ('Pummel', 'PUN');
INSERT INTO vics_lexicon_user (entry, category) VALUES ('pummel  hard', 'PUN');
INSERT INTO vics_lexicon_user (lang, entry, category) VALUES ('English', 'pummel', 'PUN');
-- the shipped table is read-only
UPDATE vics_lexicon_shipped SET category = 'APP' WHERE entry = 'attack';
DELETE FROM vics_lexicon_shipped;

-- languages: unknown ones are an error with a hint; a language of one's own works
SELECT vics_code('Ils attaquent.', lang => 'fr');
SELECT vics_lexicon_version('fr');
INSERT INTO vics_lexicon_user (lang, entry, category) VALUES ('fr', 'attaquer', 'PUN');
SELECT vics_lexicon_version('fr') ~ '^[0-9a-f]{8}$' AS fr_version, vics_lexicon_version('fr') <> :'v0' AS differs;
DELETE FROM vics_lexicon_user;

-- pg_dump keeps the users' edits (and only the users' irregular forms)
SELECT x.tab::regclass AS config_table, x.cond
  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(tab, cond)
 WHERE e.extname = 'opcode' AND x.tab::regclass::text LIKE 'vics_lexicon%' OR x.tab::regclass::text = 'vics_irregular'
 ORDER BY 1::text;
