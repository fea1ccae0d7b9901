-- The SQL surface of the value types, with the labels chosen on purpose: pure functions
-- IMMUTABLE PARALLEL SAFE (STRICT except the NULL-handling aggregate support functions and
-- vics_descriptor); vics_indices reads vics_norms, so it is STABLE.
SELECT p.oid::regprocedure AS function, p.prokind AS kind,
       p.provolatile AS volatility, p.proparallel AS parallel, p.proisstrict AS strict,
       p.prorettype::regtype AS returns
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
 WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'opcode')
   AND p.proname ~ '^vics_(tally|profile|index|p[1-5]|p4[ab]|i[1-5]|i4[ab]|count$|counts|tense_count|utterances_count|sentences_count|words_count|lexicon_version|coder_version|pooled|documents_count|short_documents_count|min_utterances|descriptor|indices|norms_protect)'
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
