-- The value types: vics_tally (the VICS counts of one text, or a sum of texts) and
-- vics_profile (what an aggregate over tallies produces: pooled counts and per-document
-- moments of every index).  Text forms: see src/core/textio.h and README.

CREATE TYPE @extschema@.vics_tally;

CREATE FUNCTION @extschema@.vics_tally_in(cstring) RETURNS @extschema@.vics_tally
AS 'MODULE_PATHNAME', 'vics_tally_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_tally_in(cstring) IS
  'text input of vics_tally: strict parser of (self: ...; other: ...; self tense: ...; other tense: ...; sentences N; words N; lexicon HEX8; coder N)';

CREATE FUNCTION @extschema@.vics_tally_out(@extschema@.vics_tally) RETURNS cstring
AS 'MODULE_PATHNAME', 'vics_tally_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_tally_out(@extschema@.vics_tally) IS
  'text output of vics_tally: canonical (fixed order, zero counts omitted), so equal tallies print equally';

CREATE FUNCTION @extschema@.vics_tally_recv(internal) RETURNS @extschema@.vics_tally
AS 'MODULE_PATHNAME', 'vics_tally_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_tally_recv(internal) IS
  'binary input of vics_tally: versioned, field by field, validated as strictly as text input';

CREATE FUNCTION @extschema@.vics_tally_send(@extschema@.vics_tally) RETURNS bytea
AS 'MODULE_PATHNAME', 'vics_tally_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_tally_send(@extschema@.vics_tally) IS
  'binary output of vics_tally: version byte, flags, reserved, then every field in network byte order';

CREATE TYPE @extschema@.vics_tally (
  INPUT = @extschema@.vics_tally_in,
  OUTPUT = @extschema@.vics_tally_out,
  RECEIVE = @extschema@.vics_tally_recv,
  SEND = @extschema@.vics_tally_send,
  INTERNALLENGTH = VARIABLE,
  ALIGNMENT = double,
  STORAGE = plain
);
COMMENT ON TYPE @extschema@.vics_tally IS
  'VICS counts of one text or a sum of texts: SELF and OTHER utterances by category and by tense, sentences, words, and the lexicon and coder versions that produced them (0/0 = entered by hand)';

CREATE TYPE @extschema@.vics_profile;

CREATE FUNCTION @extschema@.vics_profile_in(cstring) RETURNS @extschema@.vics_profile
AS 'MODULE_PATHNAME', 'vics_profile_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_profile_in(cstring) IS
  'text input of vics_profile: strict parser; rejects NaN, infinities and states no aggregate can reach';

CREATE FUNCTION @extschema@.vics_profile_out(@extschema@.vics_profile) RETURNS cstring
AS 'MODULE_PATHNAME', 'vics_profile_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_profile_out(@extschema@.vics_profile) IS
  'text output of vics_profile: canonical, doubles in the shortest form that reads back to the same bits (exact round trip for pg_dump and Citus)';

CREATE FUNCTION @extschema@.vics_profile_recv(internal) RETURNS @extschema@.vics_profile
AS 'MODULE_PATHNAME', 'vics_profile_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_profile_recv(internal) IS
  'binary input of vics_profile: versioned, field by field, validated as strictly as text input';

CREATE FUNCTION @extschema@.vics_profile_send(@extschema@.vics_profile) RETURNS bytea
AS 'MODULE_PATHNAME', 'vics_profile_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_profile_send(@extschema@.vics_profile) IS
  'binary output of vics_profile: version byte, flags, reserved, then every field in network byte order';

CREATE TYPE @extschema@.vics_profile (
  INPUT = @extschema@.vics_profile_in,
  OUTPUT = @extschema@.vics_profile_out,
  RECEIVE = @extschema@.vics_profile_recv,
  SEND = @extschema@.vics_profile_send,
  INTERNALLENGTH = VARIABLE,
  ALIGNMENT = double,
  STORAGE = plain
);
COMMENT ON TYPE @extschema@.vics_profile IS
  'VICS belief profile over documents: pooled counts plus per-document n, mean and M2 of every index, so that both aggregation conventions, t-tests and z-scores come from one value';

-- Equality, hashing and the sum of tallies.

CREATE FUNCTION @extschema@.vics_tally_eq(@extschema@.vics_tally, @extschema@.vics_tally) RETURNS boolean
AS 'MODULE_PATHNAME', 'vics_tally_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_tally_eq(@extschema@.vics_tally, @extschema@.vics_tally) IS
  'true when every count, the lexicon and the coder are equal';

CREATE FUNCTION @extschema@.vics_tally_ne(@extschema@.vics_tally, @extschema@.vics_tally) RETURNS boolean
AS 'MODULE_PATHNAME', 'vics_tally_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_tally_ne(@extschema@.vics_tally, @extschema@.vics_tally) IS
  'negation of vics_tally_eq';

CREATE FUNCTION @extschema@.vics_tally_hash(@extschema@.vics_tally) RETURNS integer
AS 'MODULE_PATHNAME', 'vics_tally_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_tally_hash(@extschema@.vics_tally) IS
  'hash of a vics_tally, consistent with =, for hash joins, GROUP BY and DISTINCT';

CREATE FUNCTION @extschema@.vics_tally_add(@extschema@.vics_tally, @extschema@.vics_tally) RETURNS @extschema@.vics_tally
AS 'MODULE_PATHNAME', 'vics_tally_add' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_tally_add(@extschema@.vics_tally, @extschema@.vics_tally) IS
  'sum of two tallies; an error (22000) when they were coded with different lexicons or coders, 22003 on overflow';

CREATE OPERATOR @extschema@.= (
  LEFTARG = @extschema@.vics_tally, RIGHTARG = @extschema@.vics_tally,
  FUNCTION = @extschema@.vics_tally_eq,
  COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
  RESTRICT = eqsel, JOIN = eqjoinsel, HASHES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.vics_tally, @extschema@.vics_tally) IS 'equal tallies';

CREATE OPERATOR @extschema@.<> (
  LEFTARG = @extschema@.vics_tally, RIGHTARG = @extschema@.vics_tally,
  FUNCTION = @extschema@.vics_tally_ne,
  COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
  RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.vics_tally, @extschema@.vics_tally) IS 'different tallies';

CREATE OPERATOR @extschema@.+ (
  LEFTARG = @extschema@.vics_tally, RIGHTARG = @extschema@.vics_tally,
  FUNCTION = @extschema@.vics_tally_add,
  COMMUTATOR = OPERATOR(@extschema@.+)
);
COMMENT ON OPERATOR @extschema@.+ (@extschema@.vics_tally, @extschema@.vics_tally) IS
  'sum of two tallies coded with the same lexicon and coder';

CREATE OPERATOR CLASS @extschema@.vics_tally_hash_ops DEFAULT FOR TYPE @extschema@.vics_tally USING hash AS
  OPERATOR 1 @extschema@.= (@extschema@.vics_tally, @extschema@.vics_tally),
  FUNCTION 1 @extschema@.vics_tally_hash(@extschema@.vics_tally);
COMMENT ON OPERATOR CLASS @extschema@.vics_tally_hash_ops USING hash IS
  'hash equality of tallies (GROUP BY, DISTINCT, hash joins)';
COMMENT ON OPERATOR FAMILY @extschema@.vics_tally_hash_ops USING hash IS
  'hash equality of tallies';

CREATE FUNCTION @extschema@.vics_profile_eq(@extschema@.vics_profile, @extschema@.vics_profile) RETURNS boolean
AS 'MODULE_PATHNAME', 'vics_profile_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_profile_eq(@extschema@.vics_profile, @extschema@.vics_profile) IS
  'true when pooled counts, document counts, minimum and every moment are identical (bit for bit)';

CREATE FUNCTION @extschema@.vics_profile_ne(@extschema@.vics_profile, @extschema@.vics_profile) RETURNS boolean
AS 'MODULE_PATHNAME', 'vics_profile_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_profile_ne(@extschema@.vics_profile, @extschema@.vics_profile) IS
  'negation of vics_profile_eq';

CREATE OPERATOR @extschema@.= (
  LEFTARG = @extschema@.vics_profile, RIGHTARG = @extschema@.vics_profile,
  FUNCTION = @extschema@.vics_profile_eq,
  COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
  RESTRICT = eqsel, JOIN = eqjoinsel
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.vics_profile, @extschema@.vics_profile) IS
  'identical profiles (moments compared exactly; use vics_index_mean etc. with a tolerance to compare results of different plans)';

CREATE OPERATOR @extschema@.<> (
  LEFTARG = @extschema@.vics_profile, RIGHTARG = @extschema@.vics_profile,
  FUNCTION = @extschema@.vics_profile_ne,
  COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
  RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.vics_profile, @extschema@.vics_profile) IS 'profiles that differ';

-- Construction of hand-entered tallies.

CREATE FUNCTION @extschema@.vics_tally(self integer[], other integer[]) RETURNS @extschema@.vics_tally
AS 'MODULE_PATHNAME', 'vics_tally_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_tally(integer[], integer[]) IS
  'a hand-entered tally (lexicon 0, coder 0): SELF and OTHER counts, 6 non-negative integers each, in the order REW, PRO, APP, OPP, THR, PUN; tense, sentence and word counts are 0';
