-- The SQL surface of the value types, with the labels chosen on purpose: pure functions
-- IMMUTABLE PARALLEL SAFE (STRICT except the NULL-handling aggregate support functions and
-- vics_descriptor); vics_indices reads vics_norms, so it is STABLE.
SELECT p.oid::regprocedure AS function, p.prokind AS kind,
       p.provolatile AS volatility, p.proparallel AS parallel, p.proisstrict AS strict,
       p.prorettype::regtype AS returns
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
 WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'opcode')
   AND p.proname = ANY (ARRAY['vics_tally_in', 'vics_tally_out', 'vics_tally_recv',
        'vics_tally_send', 'vics_profile_in', 'vics_profile_out', 'vics_profile_recv',
        'vics_profile_send', 'vics_tally_eq', 'vics_tally_ne', 'vics_tally_hash', 'vics_tally_add',
        'vics_profile_eq', 'vics_profile_ne', 'vics_tally', 'vics_tally_sum_trans', 'vics_tally_sum',
        'vics_profile_trans', 'vics_profile_combine', 'vics_profile', 'vics_profile_merge',
        'vics_tally_to_profile', 'vics_index', 'vics_index_mean', 'vics_index_sd', 'vics_index_n',
        'vics_index_values', 'vics_descriptor', 'vics_p1', 'vics_p2', 'vics_p3', 'vics_p4a',
        'vics_p4b', 'vics_p5', 'vics_i1', 'vics_i2', 'vics_i3', 'vics_i4a', 'vics_i4b', 'vics_i5',
        'vics_count', 'vics_tense_count', 'vics_utterances_count', 'vics_sentences_count',
        'vics_words_count', 'vics_lexicon_version', 'vics_coder_version', 'vics_pooled',
        'vics_documents_count', 'vics_short_documents_count', 'vics_min_utterances', 'vics_counts',
        'vics_index_names', 'vics_norms_protect', 'vics_indices'])
 ORDER BY p.proname, p.oid::regprocedure::text;

-- Aggregates: state type is vics_profile / vics_tally itself (never internal), with a
-- combine function, no final function, and a realistic state size.
SELECT a.aggfnoid::regprocedure AS aggregate, a.aggtranstype::regtype AS state,
       a.aggtransfn AS transition, a.aggcombinefn AS combine, a.aggfinalfn AS final,
       a.aggtransspace AS sspace, a.agginitval AS init
  FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
 WHERE p.proname IN ('vics_profile', 'vics_profile_merge', 'vics_tally_sum')
 ORDER BY a.aggfnoid::regprocedure::text;

-- Operators on the types.
SELECT o.oid::regoperator AS operator, o.oprcode AS function, o.oprcanhash AS hashes
  FROM pg_operator o
 WHERE o.oprleft IN ('vics_tally'::regtype, 'vics_profile'::regtype)
 ORDER BY o.oid::regoperator::text;

-- The types: variable length, double-aligned, never toasted or compressed.
SELECT t.oid::regtype AS type, t.typlen, t.typalign, t.typstorage, t.typinput, t.typoutput,
       t.typreceive, t.typsend
  FROM pg_type t WHERE t.oid IN ('vics_tally'::regtype, 'vics_profile'::regtype) ORDER BY t.oid::regtype::text;

-- Every object of the extension has a comment (COMMENT ON every object).
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS uncommented
  FROM pg_depend d
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'opcode')
   AND d.deptype = 'e'
   AND NOT EXISTS (SELECT 1 FROM pg_description c
                    WHERE c.classoid = d.classid AND c.objoid = d.objid AND c.objsubid = 0)
 ORDER BY 1;
