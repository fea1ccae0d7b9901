-- Provenance: which ICU and which coding rules produced a result.

CREATE FUNCTION @extschema@.opcode_icu_version() RETURNS text
AS 'MODULE_PATHNAME', 'opcode_icu_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.opcode_icu_version() IS
  'version of the ICU library opcode segments text with (sentence and word breaks can change between ICU versions)';
