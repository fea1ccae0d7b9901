-- vics_profile as a window function: a rolling profile over ROWS 11 PRECEDING equals the
-- plain aggregate over each frame (PostgreSQL restarts the aggregate when the frame head
-- moves; there is no inverse transition).  Only mismatches are listed.
CREATE TEMP TABLE win (i int, leader int, t vics_tally);
INSERT INTO win
SELECT i, i % 3,
       CASE WHEN i % 17 = 0 THEN NULL   -- NULL tallies are skipped in frames too
            ELSE vics_tally(ARRAY[i % 4, (i / 4) % 3, (i * 3) % 5, i % 2, (i / 9) % 2, (i * 7) % 3],
                            ARRAY[(i * 5) % 4, 0, i % 6, (i / 3) % 4, 0, (i * 11) % 3]) END
  FROM generate_series(1, 600) i;

SELECT count(*) AS mismatches_rows_11_preceding
  FROM (SELECT i, vics_profile(t) OVER (ORDER BY i ROWS 11 PRECEDING) p FROM win) x
 WHERE p IS DISTINCT FROM (SELECT vics_profile(w.t ORDER BY w.i) FROM win w WHERE w.i BETWEEN x.i - 11 AND x.i);

SELECT count(*) AS mismatches_min_utterances
  FROM (SELECT i, vics_profile(t, 8) OVER (ORDER BY i ROWS 11 PRECEDING) p FROM win) x
 WHERE p IS DISTINCT FROM (SELECT vics_profile(w.t, 8 ORDER BY w.i) FROM win w WHERE w.i BETWEEN x.i - 11 AND x.i);

SELECT count(*) AS mismatches_partitioned
  FROM (SELECT i, leader, vics_profile(t) OVER (PARTITION BY leader ORDER BY i ROWS 5 PRECEDING) p FROM win) x
 WHERE p IS DISTINCT FROM (SELECT vics_profile(w.t ORDER BY w.i) FROM win w
                            -- leader = i % 3: the 6 rows of a frame are i, i-3, ..., i-15
                            WHERE w.leader = x.leader AND w.i BETWEEN x.i - 15 AND x.i);

-- A growing frame (no restart: the state is updated in place row after row).
SELECT count(*) AS mismatches_running
  FROM (SELECT i, vics_profile(t) OVER (ORDER BY i) p FROM win) x
 WHERE p IS DISTINCT FROM (SELECT vics_profile(w.t ORDER BY w.i) FROM win w WHERE w.i <= x.i);

-- Frames that hold only NULL tallies give NULL: frame {17} alone.
SELECT i, p IS NULL AS null_profile
  FROM (SELECT i, vics_profile(t) OVER (ORDER BY i ROWS CURRENT ROW) p FROM win) x
 WHERE i IN (16, 17, 18) ORDER BY i;

-- The comparisons are not vacuous: frames of 12 documents, rolling I-1 means change.
SELECT min(vics_documents_count(p)) AS min_docs, max(vics_documents_count(p)) AS max_docs,
       count(DISTINCT round(vics_index_mean(p, 'I-1')::numeric, 6)) > 50 AS means_vary
  FROM (SELECT i, vics_profile(t) OVER (ORDER BY i ROWS 11 PRECEDING) p FROM win) x WHERE i >= 12;
-- By hand: the frames of rows 1, 2, 3 hold 1, 2, 3 documents (no NULL before row 17).
SELECT i, vics_documents_count(vics_profile(t) OVER (ORDER BY i ROWS 11 PRECEDING)) AS docs
  FROM win ORDER BY i LIMIT 3;
-- frame of row 20 covers rows 9..20, which hold the NULL of row 17: 11 documents.
SELECT docs FROM (SELECT i, vics_documents_count(vics_profile(t) OVER (ORDER BY i ROWS 11 PRECEDING)) AS docs FROM win) x
 WHERE i = 20;
