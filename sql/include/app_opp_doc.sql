-- Shared by the comparison suites (\i sql/include/app_opp_doc.sql): one document with only
-- APP and OPP utterances, so that its I-1 and P-1 are simple fractions to check by hand.
CREATE FUNCTION pg_temp.d(s_app int, s_opp int, o_app int, o_opp int) RETURNS vics_tally
LANGUAGE sql IMMUTABLE RETURN vics_tally(ARRAY[0,0,s_app,s_opp,0,0], ARRAY[0,0,o_app,o_opp,0,0]);
