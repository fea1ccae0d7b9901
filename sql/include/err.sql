-- Shared by the regression suites (\i sql/include/err.sql): runs a statement and returns
-- 'no error' or its SQLSTATE, message, detail and hint, so that expected output pins the errcode.
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; m text; d text; h text;
BEGIN
  EXECUTE q;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
  RETURN s || ' ' || m || coalesce(' | ' || nullif(d, ''), '') || coalesce(' | hint: ' || nullif(h, ''), '');
END $$;
