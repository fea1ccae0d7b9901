-- Shared by the coder suites (\i sql/include/utterances.sql): the audit columns of
-- vics_utterances that the rule tests check, for one sentence with optional self terms.
CREATE FUNCTION pg_temp.u(body text, self_terms text[] DEFAULT '{}', options text DEFAULT '')
RETURNS TABLE (verb text, lemma text, actor text, who text, category text, base text, tense text,
               negated boolean, modality text, rule text)
LANGUAGE sql AS $$
  SELECT verb, lemma, actor, who, category, base_category, tense, negated, modality, rule
    FROM vics_utterances(body, self_terms, NULL, 'en', options)
$$;
