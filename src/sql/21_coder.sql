-- The coder: vics_code (text -> vics_tally, the fast path) and vics_utterances (one row per
-- coded utterance, for auditing).  STABLE, not IMMUTABLE: the result depends on the
-- lexicon tables.  Not STRICT: NULL other_terms means "keep every OTHER utterance".
-- See doc/coder.md for the rules and the options.

CREATE FUNCTION @extschema@.vics_code(body text, self_terms text[] DEFAULT '{}',
                                      other_terms text[] DEFAULT NULL, lang text DEFAULT 'en',
                                      options text DEFAULT '')
RETURNS @extschema@.vics_tally
AS 'MODULE_PATHNAME', 'vics_code'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_code(text, text[], text[], text, text) IS
  'codes a text with VICS into a tally (SELF/OTHER x category, tenses, sentences, words, lexicon hash, coder version); self_terms name the speaker''s side, other_terms (if not NULL) keep only OTHER utterances by those actors; NULL body gives NULL';

CREATE FUNCTION @extschema@.vics_utterances(body text, self_terms text[] DEFAULT '{}',
                                            other_terms text[] DEFAULT NULL, lang text DEFAULT 'en',
                                            options text DEFAULT '')
RETURNS TABLE (sentence int, verb_start int, verb_end int, verb text, lemma text, actor text,
               who text, category text, tense text, negated boolean, base_category text,
               modality text, rule text, target text)
AS 'MODULE_PATHNAME', 'vics_utterances'
LANGUAGE C STABLE PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION @extschema@.vics_utterances(text, text[], text[], text, text) IS
  'the utterances vics_code counts, one row each: sentence number (from 1), byte offsets of the verb in body (start inclusive, end exclusive, from 0), verb as written, lexicon entry, actor, SELF/OTHER, final and base category, tense, negation, modality, the rule that found the actor, and the target when the object names an actor';
