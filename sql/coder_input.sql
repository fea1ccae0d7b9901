-- Bad and degenerate input to the coder (issue 2, "Bad input"): each case is either a clean
-- ERROR with its SQLSTATE, message and hint, or a documented NULL / empty tally.  try()
-- prints the SQLSTATE so that a wrong errcode fails the test.  The lexicon hash and the
-- coder version are masked in printed tallies: they change whenever the shipped lexicon or
-- the rules do, and other tests check them.
CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  r text;
  st text;
  msg text;
  hint text;
BEGIN
  EXECUTE q INTO r;
  RETURN 'ok: ' || coalesce(regexp_replace(r, 'lexicon [0-9a-f]{8}; coder [0-9]+', 'lexicon #; coder #'), 'NULL');
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
  RETURN st || ': ' || msg || coalesce(' (hint: ' || nullif(hint, '') || ')', '');
END
$$;
CREATE FUNCTION pg_temp.show(t vics_tally) RETURNS text LANGUAGE sql AS $$
  SELECT regexp_replace(t::text, 'lexicon [0-9a-f]{8}; coder [0-9]+', 'lexicon #; coder #')
$$;
-- a coded tally records the lexicon in use, never 0 (which marks hand-entered counts)
SELECT vics_lexicon_version(vics_code('')) = vics_lexicon_version() AS lexicon_recorded,
       vics_coder_version(vics_code('')) >= 1 AS coder_recorded;

-- NULL text: NULL tally, no utterances (documented); NULL self_terms / options: defaults
SELECT vics_code(NULL) IS NULL AS null_body;
SELECT count(*) AS null_body_rows FROM vics_utterances(NULL);
SELECT vics_code(NULL, lang => 'xx') IS NULL AS null_body_before_checks;
SELECT pg_temp.show(vics_code('We help them.', NULL)) AS null_self_terms;
SELECT pg_temp.show(vics_code('We help them.', options => NULL)) AS null_options;

-- empty and whitespace-only text: an empty tally (0 sentences, 0 words), no rows
SELECT pg_temp.show(vics_code('')) AS empty;
SELECT pg_temp.show(vics_code(E' \t\n\r\f\x0b \u00a0\u2003\u2028 ')) AS whitespace;
SELECT count(*) AS whitespace_rows FROM vics_utterances(E' \n\n\t ');
SELECT pg_temp.show(vics_code('.?!;,-')) AS punctuation_only;

-- one word repeated a million times (7 MB, no sentence break): no actor, nothing coded,
-- every word counted (the coder reads such a text in windows: doc/coder.md)
SELECT vics_utterances_count(t) AS utterances, vics_words_count(t) AS words
  FROM vics_code(repeat('attack ', 1000000)) t;
-- and one 4 MB "word": nothing coded (it is cut into pieces at the window size)
SELECT vics_utterances_count(t) AS utterances, vics_words_count(t) > 0 AS words
  FROM vics_code(repeat('help', 1000000)) t;
-- many short sentences: every one counted exactly
SELECT pg_temp.show(vics_code(repeat('We help them. ', 100000))) AS we_help_x_1e5;

-- control characters do not stop or confuse the coder
SELECT pg_temp.show(vics_code(E'We \x01\x02 will help\x07 them.\x1b They\x7f attacked us.')) AS control_chars;
SELECT sentence, verb_start, verb_end, verb, who, category
  FROM vics_utterances(E'We \x01\x02 will help\x07 them.\x1b They\x7f attacked us.');
-- a byte order mark before the first word (2,936 UNGDC statements start with one) hides nothing
SELECT sentence, verb_start, verb, actor, who, category FROM vics_utterances(E'\ufeffWe will help them.');
-- invisible format characters inside a word (a soft hyphen, a zero-width joiner) do not
-- hide the verb; the verb text keeps them, the lemma does not
SELECT sentence, verb_start, verb_end, lemma, who, category
  FROM vics_utterances(E'We co\u00ADoperate with them and con\u200Ddemn aggression.');

-- binary-looking text: every kind of code point, ASCII junk, then a plain sentence (sentence
-- and word counts of such junk depend on the ICU version: not printed)
SELECT vics_utterances_count(t) AS utterances, vics_words_count(t) > 10000 AS words
  FROM vics_code((SELECT string_agg(chr(i), '') FROM generate_series(1, 55295, 3) i)
              || (SELECT string_agg(chr(i), '') FROM generate_series(57344, 1114111, 97) i)) t;
SELECT vics_utterances_count(t) AS utterances, vics_count(t, 'SELF', 'PRO') AS self_pro
  FROM vics_code(
         convert_from((SELECT string_agg(set_byte('\x00'::bytea, 0, 1 + (i * 37) % 127), ''::bytea)
                         FROM generate_series(1, 20000) i), 'UTF8')
         || E'\n\nWe will help them.') t;
SELECT pg_temp.show(vics_code(convert_from(decode(repeat('e29883f09f9880cc81', 1000), 'hex'), 'UTF8'))) AS symbols_emoji_marks;

-- invalid UTF-8 cannot reach the coder: convert_from refuses it
SELECT pg_temp.try($q$SELECT vics_code(convert_from('\xc328'::bytea, 'UTF8'))::text$q$) AS invalid_utf8;
SELECT pg_temp.try($q$SELECT vics_code(convert_from('\xed a0 80'::bytea, 'UTF8'))::text$q$) AS surrogate;
SELECT pg_temp.try($q$SELECT vics_code(convert_from('\xff'::bytea, 'UTF8'))::text$q$) AS byte_ff;

-- language and options
SELECT pg_temp.try($q$SELECT vics_code('We help them.', lang => 'xx')::text$q$) AS unknown_lang;
SELECT pg_temp.try($q$SELECT vics_code('We help them.', lang => NULL)::text$q$) AS null_lang;
SELECT pg_temp.try($q$SELECT vics_code('We help them.', lang => '')::text$q$) AS empty_lang;
SELECT pg_temp.try($q$SELECT vics_code('We help them.', options => 'bogus=1')::text$q$) AS unknown_option;
SELECT pg_temp.try($q$SELECT vics_code('We help them.', options => 'negation=maybe')::text$q$) AS bad_value;
SELECT pg_temp.try($q$SELECT vics_code('We help them.', options => 'negation')::text$q$) AS no_value;
SELECT pg_temp.try($q$SELECT vics_code('We help them.', options => ',,,')::text$q$) AS only_commas;
SELECT pg_temp.try($q$SELECT vics_code('We help them.', options => repeat('x', 100000))::text$q$) AS huge_option;
SELECT pg_temp.try($q$SELECT count(*)::text FROM vics_utterances('We help them.', options => 'bogus=1')$q$) AS utterances_unknown_option;
SELECT pg_temp.try($q$SELECT count(*)::text FROM vics_utterances('We help them.', lang => 'xx')$q$) AS utterances_unknown_lang;

-- self and other terms
SELECT pg_temp.try($q$SELECT vics_code('China helps them.', array_fill('China'::text, ARRAY[100000]))::text$q$) AS self_terms_1e5;
SELECT pg_temp.try($q$SELECT vics_code('China helps them.', other_terms => array_fill('x'::text, ARRAY[1001]))::text$q$) AS other_terms_1001;
SELECT vics_count(vics_code('China helps them.', (SELECT array_agg('term ' || i) FROM generate_series(1, 999) i) || '{China}'), 'SELF', 'REW')
  AS self_terms_1000;
SELECT pg_temp.show(vics_code('China helps them.', '{NULL,"",China}')) AS null_and_empty_terms_skipped;
SELECT pg_temp.show(vics_code('China helps them.', ARRAY[repeat('x', 100000), 'China'])) AS long_term;
SELECT pg_temp.try($q$SELECT vics_code('China helps them.', '{{China},{Russia}}')::text$q$) AS two_dim_terms;
SELECT pg_temp.show(vics_code('They attack us.', '{}', '{}')) AS empty_other_terms_keep_no_other;

-- the lexicon refuses malformed rows with constraints that say what is allowed
SELECT pg_temp.try($q$INSERT INTO vics_lexicon_user (entry, category) VALUES ('befriend', 'NICE') RETURNING entry$q$) AS unknown_category;
SELECT pg_temp.try($q$INSERT INTO vics_lexicon_user (entry, category) VALUES ('befriend', 'app') RETURNING entry$q$) AS lowercase_category;
SELECT pg_temp.try($q$INSERT INTO vics_lexicon_user (entry, category) VALUES ('Befriend', 'APP') RETURNING entry$q$) AS uppercase_entry;
SELECT pg_temp.try($q$INSERT INTO vics_lexicon_user (entry, category) VALUES ('call  on', 'APP') RETURNING entry$q$) AS double_space;
SELECT pg_temp.try($q$INSERT INTO vics_lexicon_user (entry, category) VALUES ('', 'APP') RETURNING entry$q$) AS empty_entry;
SELECT pg_temp.try($q$INSERT INTO vics_lexicon_user (lang, entry, category) VALUES ('EN', 'befriend', 'APP') RETURNING entry$q$) AS bad_lang;
SELECT pg_temp.try($q$INSERT INTO vics_lexicon_user (entry, category) VALUES (NULL, 'APP') RETURNING entry$q$) AS null_entry;
SELECT pg_temp.try($q$UPDATE vics_lexicon_shipped SET category = 'APP' WHERE entry = 'attack' RETURNING entry$q$) AS shipped_read_only;
SELECT count(*) AS user_rows_left FROM vics_lexicon_user;
