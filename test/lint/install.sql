-- Fixture of tools/lint-sql (test/t/002_script_hygiene.pl): each line marked with an
-- "expect" comment must be reported with that rule, and no other line may be.
\echo Use "CREATE EXTENSION" to load this file. \quit

CREATE TYPE @extschema@.thing;
CREATE FUNCTION @extschema@.thing_in(cstring) RETURNS @extschema@.thing AS 'MODULE_PATHNAME', 'thing_in' LANGUAGE C IMMUTABLE STRICT;
CREATE FUNCTION @extschema@.thing_out(thing) RETURNS cstring -- expect: extref
AS 'MODULE_PATHNAME', 'thing_out' LANGUAGE C IMMUTABLE STRICT;
CREATE TYPE @extschema@.thing (INPUT = @extschema@.thing_in, OUTPUT = thing_out, INTERNALLENGTH = 8); -- expect: extref
CREATE FUNCTION lonely(int) RETURNS int LANGUAGE sql RETURN $1; -- expect: create
CREATE OR REPLACE FUNCTION @extschema@.again(int) RETURNS int LANGUAGE sql -- expect: replace
RETURN $1 OPERATOR(pg_catalog.+) 1;
CREATE FUNCTION @extschema@.powerful() RETURNS int LANGUAGE sql SECURITY DEFINER -- expect: definer
RETURN 1;
CREATE FUNCTION @extschema@.late(x int) RETURNS int LANGUAGE sql IMMUTABLE -- expect: searchpath
AS $$ SELECT x + 1 $$;
CREATE FUNCTION @extschema@.leaky(x int) RETURNS int LANGUAGE plpgsql -- expect: searchpath
SET search_path = public, pg_temp
AS $$ BEGIN RETURN x; END $$;
CREATE FUNCTION @extschema@.temp_first(x int) RETURNS int LANGUAGE plpgsql -- expect: searchpath
SET search_path = pg_catalog
AS $$ BEGIN RETURN x; END $$;
CREATE FUNCTION @extschema@.body_ref(x int) RETURNS int LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN again(x); -- expect: extref
END
$$;
CREATE FUNCTION @extschema@.std_body(a text[]) RETURNS SETOF text LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT u.v || 'x' -- expect: operator
    FROM unnest(a) AS u(v) -- expect: call
   WHERE u.v = 'y'; -- expect: operator
END;
CREATE FUNCTION @extschema@.fine(a text[], OUT n bigint) LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT pg_catalog.count(*) FROM pg_catalog.unnest(a) WITH ORDINALITY AS u(v, i), LATERAL (SELECT -1 AS m) s
   WHERE u.v OPERATOR(pg_catalog.=) 'y' AND u.i OPERATOR(pg_catalog.>) -2
     AND CASE WHEN u.i OPERATOR(pg_catalog.>) 0 THEN true ELSE false END;
END;
CREATE FUNCTION @extschema@.implicit(a text, b int) RETURNS text LANGUAGE sql IMMUTABLE
RETURN CASE a -- expect: operator
  WHEN 'x' THEN 'y'
  ELSE CASE WHEN a IN ('p', 'q') THEN 'r' -- expect: operator
            WHEN b BETWEEN 1 AND 2 THEN 's' -- expect: operator
            WHEN a LIKE 'z%' THEN 't' END -- expect: operator
END;
CREATE FUNCTION @extschema@.trig() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, @extschema@, pg_temp
AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE @extschema@.items (id int CHECK (id > 0), t @extschema@.thing, s text DEFAULT upper('x')); -- expect: call
CREATE TABLE things (id int); -- expect: create
CREATE TRIGGER trig BEFORE INSERT ON @extschema@.items FOR EACH ROW EXECUTE FUNCTION @extschema@.trig();
CREATE TRIGGER trig2 BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION @extschema@.trig(); -- expect: extref
CREATE INDEX ON @extschema@.items (id);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.items', '');
SELECT set_config('x.y', '1', true); -- expect: call
INSERT INTO @extschema@.items (id) VALUES (1), (2);
GRANT SELECT ON @extschema@.items TO PUBLIC;
REVOKE ALL ON items FROM PUBLIC; -- expect: extref
COMMENT ON FUNCTION @extschema@.late(int) IS 'thing_in is mentioned in a string only';
CREATE FUNCTION @extschema@.allowed(a text) RETURNS text LANGUAGE sql IMMUTABLE
RETURN a || 'x'; -- lint-sql: allow operator (fixture of the opt-out)
