-- Fixture of tools/lint-sql: an upgrade script may replace the extension's own objects.
\echo Use "ALTER EXTENSION ... UPDATE" to load this file. \quit
CREATE OR REPLACE FUNCTION @extschema@.again(int) RETURNS int LANGUAGE sql
RETURN $1 OPERATOR(pg_catalog.+) 2;
CREATE FUNCTION @extschema@.newer(x int) RETURNS int LANGUAGE sql IMMUTABLE
RETURN @extschema@.again(x) OPERATOR(pg_catalog.*) 2;
ALTER FUNCTION @extschema@.newer(int) SECURITY DEFINER; -- expect: definer
