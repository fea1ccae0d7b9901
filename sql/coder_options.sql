-- Every protocol choice of VICS.md part 2 is an option of vics_code / vics_utterances with a
-- documented default (doc/coder.md); each is shown with its default and switched.
CREATE FUNCTION pg_temp.u(body text, options text DEFAULT '')
RETURNS TABLE (verb text, actor text, who text, category text, negated boolean, rule text)
LANGUAGE sql AS $$
  SELECT verb, actor, who, category, negated, rule FROM vics_utterances(body, '{}', NULL, 'en', options)
$$;

-- negation (rule 5): on
SELECT * FROM pg_temp.u('We will not accept this.');
SELECT * FROM pg_temp.u('We will not accept this.', 'negation=off');
-- modality (rule 6): on
SELECT * FROM pg_temp.u('We will help them.');
SELECT * FROM pg_temp.u('We will help them.', 'modality=off');
-- questions (rule 7): skip
SELECT * FROM pg_temp.u('Will they attack us?');
SELECT * FROM pg_temp.u('Will they attack us?', 'questions=code');
-- quotes (rule 7): skip
SELECT * FROM pg_temp.u('He said: "We will destroy them."');
SELECT * FROM pg_temp.u('He said: "We will destroy them."', 'quotes=code');
-- hypotheticals (rule 10): skip
SELECT * FROM pg_temp.u('If they attack us, we will respond with force.');
SELECT * FROM pg_temp.u('If they attack us, we will respond with force.', 'hypotheticals=code');
-- complements (rule 8): skip
SELECT * FROM pg_temp.u('We urge all parties to resume talks.');
SELECT * FROM pg_temp.u('We urge all parties to resume talks.', 'complements=code');
-- actors (rule 10): animate
SELECT * FROM pg_temp.u('The resolution condemns the attacks.');
SELECT * FROM pg_temp.u('The resolution condemns the attacks.', 'actors=any');
-- polite (rule 10): on
SELECT * FROM pg_temp.u('I wish to thank the President.');
SELECT * FROM pg_temp.u('I wish to thank the President.', 'polite=off');

-- spelling: case-insensitive, blanks and empty items ignored, NULL = defaults
SELECT count(*) FROM pg_temp.u('Will they attack us?', ' Questions = CODE ,, negation=on ');
SELECT count(*) FROM vics_utterances('Will they attack us?', options => NULL);

-- errors: unknown option, unknown value, missing value, missing comma
SELECT vics_code('We help.', options => 'colour=blue');
SELECT vics_code('We help.', options => 'negation=maybe');
SELECT vics_code('We help.', options => 'negation');
SELECT vics_code('We help.', options => 'negation=on questions=code');
