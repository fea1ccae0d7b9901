-- vics_code in parallel workers: each worker compiles the lexicon for itself (from the same
-- tables, with the users' committed edits) and codes exactly as the leader does.
CREATE TEMP TABLE base (body text);
INSERT INTO base VALUES
 ('We support the peace plan and welcome the agreement.'),
 ('They attacked the village and killed civilians.'),
 ('The Security Council condemned the attack.'),
 ('We will not accept any interference in our internal affairs.'),
 ('Ruritania must withdraw its troops from our territory.'),
 ('We call on all States to respect international law.'),
 ('Our government has provided assistance to the refugees.'),
 ('They threatened to use force against us.'),
 ('We befriended our neighbours.');
CREATE TABLE coder_par (id int, body text);
INSERT INTO coder_par SELECT g, b.body || ' ' || g FROM generate_series(1, 300) g, base b;
ANALYZE coder_par;

-- a user entry committed before the parallel query
INSERT INTO vics_lexicon_user (entry, category) VALUES ('befriend', 'APP');

CREATE FUNCTION pg_temp.workers(q text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE plan json;
BEGIN
  EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || q INTO plan;
  RETURN coalesce((plan -> 0 -> 'Plan' ->> 'Workers Launched')::int,
                  (plan -> 0 -> 'Plan' -> 'Plans' -> 0 ->> 'Workers Launched')::int, 0);
END $$;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SELECT pg_temp.workers('SELECT vics_tally_sum(vics_code(body, ''{Ruritania}'')) FROM coder_par') > 0 AS workers_coded;
CREATE TEMP TABLE par AS SELECT vics_tally_sum(vics_code(body, '{Ruritania}')) AS t FROM coder_par;
RESET parallel_leader_participation;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE ser AS SELECT vics_tally_sum(vics_code(body, '{Ruritania}')) AS t FROM coder_par;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;

-- the same tally, the edit included (300 "befriended", APP), the same lexicon hash
SELECT par.t = ser.t AS same_tally,
       vics_count(ser.t, 'self', 'APP') AS self_app,
       vics_lexicon_version(ser.t) = vics_lexicon_version() AS hash_of_edited_lexicon
  FROM par, ser;
SELECT vics_utterances_count(vics_code('We befriended our neighbours.')) AS befriend_coded;

DELETE FROM vics_lexicon_user;
DROP TABLE coder_par;
