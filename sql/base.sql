-- The extension installs and reports its provenance.
SELECT extname, extversion FROM pg_extension WHERE extname = 'opcode';
SELECT opcode_icu_version() ~ '^[0-9]+\.' AS icu_version_reported;
