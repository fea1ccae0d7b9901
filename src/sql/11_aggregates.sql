-- Aggregates over tallies.  NULL tallies are skipped; over zero rows (or only NULLs) every
-- aggregate returns NULL.  The profile aggregates keep vics_profile itself as their state
-- (not internal) so that parallel workers, postgres_fdw and Citus can move partial states;
-- they have combine functions, are PARALLEL SAFE and work as window functions.

CREATE FUNCTION @extschema@.vics_tally_sum_trans(@extschema@.vics_tally, @extschema@.vics_tally)
RETURNS @extschema@.vics_tally
AS 'MODULE_PATHNAME', 'vics_tally_sum_trans' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_tally_sum_trans(@extschema@.vics_tally, @extschema@.vics_tally) IS
  'transition and combine function of vics_tally_sum: skips NULLs, adds in place inside an aggregate';

CREATE AGGREGATE @extschema@.vics_tally_sum(@extschema@.vics_tally) (
  SFUNC = @extschema@.vics_tally_sum_trans,
  STYPE = @extschema@.vics_tally,
  COMBINEFUNC = @extschema@.vics_tally_sum_trans,
  SSPACE = 176,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.vics_tally_sum(@extschema@.vics_tally) IS
  'sum of tallies (NULLs skipped; NULL over no rows); an error when tallies of different lexicons or coders meet';

CREATE FUNCTION @extschema@.vics_profile_trans(@extschema@.vics_profile, @extschema@.vics_tally)
RETURNS @extschema@.vics_profile
AS 'MODULE_PATHNAME', 'vics_profile_trans' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_profile_trans(@extschema@.vics_profile, @extschema@.vics_tally) IS
  'transition function of vics_profile(tally): adds one document (Welford), skipping NULL tallies';

CREATE FUNCTION @extschema@.vics_profile_trans(@extschema@.vics_profile, @extschema@.vics_tally, integer)
RETURNS @extschema@.vics_profile
AS 'MODULE_PATHNAME', 'vics_profile_trans_min' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_profile_trans(@extschema@.vics_profile, @extschema@.vics_tally, integer) IS
  'transition function of vics_profile(tally, min_utterances): documents with fewer utterances count in the pooled tally only';

CREATE FUNCTION @extschema@.vics_profile_combine(@extschema@.vics_profile, @extschema@.vics_profile)
RETURNS @extschema@.vics_profile
AS 'MODULE_PATHNAME', 'vics_profile_combine' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_profile_combine(@extschema@.vics_profile, @extschema@.vics_profile) IS
  'merges two profiles (Chan et al. for the moments); NULL is the empty profile; an error for different lexicons, coders or minima';

CREATE AGGREGATE @extschema@.vics_profile(@extschema@.vics_tally) (
  SFUNC = @extschema@.vics_profile_trans,
  STYPE = @extschema@.vics_profile,
  COMBINEFUNC = @extschema@.vics_profile_combine,
  SSPACE = 608,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.vics_profile(@extschema@.vics_tally) IS
  'profile of the tallies (one per document): pooled counts and per-document moments of every index; NULL tallies skipped, NULL over no rows';

CREATE AGGREGATE @extschema@.vics_profile(@extschema@.vics_tally, integer) (
  SFUNC = @extschema@.vics_profile_trans,
  STYPE = @extschema@.vics_profile,
  COMBINEFUNC = @extschema@.vics_profile_combine,
  SSPACE = 608,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.vics_profile(@extschema@.vics_tally, integer) IS
  'profile of the tallies with a minimum of coded utterances per document: shorter documents add to the pooled counts but not to the per-document moments';

CREATE AGGREGATE @extschema@.vics_profile_merge(@extschema@.vics_profile) (
  SFUNC = @extschema@.vics_profile_combine,
  STYPE = @extschema@.vics_profile,
  COMBINEFUNC = @extschema@.vics_profile_combine,
  SSPACE = 608,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.vics_profile_merge(@extschema@.vics_profile) IS
  'merges profiles (e.g. rolls materialized per-speech-group profiles up to a leader); equals vics_profile over the union of their tallies up to rounding of the moments';

CREATE FUNCTION @extschema@.vics_tally_to_profile(@extschema@.vics_tally) RETURNS @extschema@.vics_profile
AS 'MODULE_PATHNAME', 'vics_profile_of_tally' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_tally_to_profile(@extschema@.vics_tally) IS
  'the profile of a single document (min_utterances 0)';

CREATE CAST (@extschema@.vics_tally AS @extschema@.vics_profile)
  WITH FUNCTION @extschema@.vics_tally_to_profile(@extschema@.vics_tally);
COMMENT ON CAST (@extschema@.vics_tally AS @extschema@.vics_profile) IS
  'the profile of a single document (explicit cast only)';
