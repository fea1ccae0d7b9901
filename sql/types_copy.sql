-- COPY of tallies and profiles in text and binary format loses nothing, and binary input is
-- validated as strictly as text input.  Files go to results/ (the tests run in the tree root).
CREATE TEMP TABLE copy_src (id int, t vics_tally, p vics_profile);
INSERT INTO copy_src
SELECT g, vics_tally_sum(t), vics_profile(t, g % 3)
  FROM (SELECT i % 40 AS g,
               vics_tally(ARRAY[i % 3, (i / 3) % 2, (i * 7) % 5, (i * 11) % 4, (i % 13) / 10, (i * 5) % 3],
                          ARRAY[(i / 5) % 3, i % 2, (i * 3) % 7, (i * 13) % 5, (i / 7) % 2, (i * 17) % 4]) t
          FROM generate_series(1, 4000) i) s
 GROUP BY g;
-- coded tallies with tense and word counts, an empty profile, NULLs
INSERT INTO copy_src VALUES
  (100, '(self: REW 1 APP 2; other: REW 3 APP 5 OPP 3; self tense: past 1 future 2; other tense: past 9 present 2; sentences 12; words 340; lexicon 9f3a21c0; coder 1)',
        '(self: REW 1 APP 2; other: REW 3 APP 5 OPP 3; self tense: past 1 future 2; other tense: past 9 present 2; sentences 12; words 340; lexicon 9f3a21c0; coder 1)'::vics_tally::vics_profile),
  (101, NULL, NULL);

CREATE TEMP TABLE copy_txt (LIKE copy_src);
CREATE TEMP TABLE copy_bin (LIKE copy_src);
\copy copy_src TO 'results/types_copy.txt'
\copy copy_txt FROM 'results/types_copy.txt'
\copy copy_src TO 'results/types_copy.bin' WITH (FORMAT binary)
\copy copy_bin FROM 'results/types_copy.bin' WITH (FORMAT binary)

-- Every value identical (profiles compared exactly, bit for bit), NULLs kept.
SELECT count(*) AS rows,
       count(*) FILTER (WHERE a.t IS NOT DISTINCT FROM b.t AND a.p IS NOT DISTINCT FROM b.p) AS text_identical,
       count(*) FILTER (WHERE a.t IS NOT DISTINCT FROM c.t AND a.p IS NOT DISTINCT FROM c.p) AS binary_identical,
       count(*) FILTER (WHERE a.p::text IS NOT DISTINCT FROM c.p::text) AS same_text_after_binary
  FROM copy_src a JOIN copy_txt b USING (id) JOIN copy_bin c USING (id);
-- not vacuous: the profiles carry many distinct non-trivial moments
SELECT count(DISTINCT vics_index_sd(p, 'P-3')) AS distinct_sds, vics_min_utterances(p) AS min
  FROM copy_src WHERE id < 100 GROUP BY 2 ORDER BY 2;

-- Binary input with a broken header or inconsistent contents is rejected (22P03).  Each
-- case takes the send form of a valid value, alters bytes, and reads it back as the type.
-- Tally wire layout: 0 version, 1 flags, 2-3 reserved, 4-7 lexicon, 8-9 coder,
-- 10-105 counts (SELF REW at 10), 106-153 tenses, 154 sentences, 162 words; 170 bytes.
CREATE TEMP TABLE bad_bytes (what text, b bytea);
INSERT INTO bad_bytes
SELECT 'version 2', set_byte(s, 0, 2) FROM (SELECT vics_tally_send(vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])) s) x
UNION ALL SELECT 'flags', set_byte(s, 1, 1) FROM (SELECT vics_tally_send(vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])) s) x
UNION ALL SELECT 'reserved', set_byte(s, 3, 1) FROM (SELECT vics_tally_send(vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])) s) x
UNION ALL SELECT 'truncated', substring(s FROM 1 FOR 100) FROM (SELECT vics_tally_send(vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])) s) x
UNION ALL SELECT 'trailing', s || '\x00'::bytea FROM (SELECT vics_tally_send(vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])) s) x
UNION ALL SELECT 'negative', set_byte(s, 10, 255) FROM (SELECT vics_tally_send(vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])) s) x
UNION ALL SELECT 'lexicon without coder', set_byte(s, 7, 1) FROM (SELECT vics_tally_send(vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])) s) x
UNION ALL SELECT 'tense above count', set_byte(s, 113, 2) FROM (SELECT vics_tally_send(vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])) s) x
UNION ALL SELECT 'valid', s FROM (SELECT vics_tally_send(vics_tally(ARRAY[1,0,0,0,0,0], ARRAY[0,0,0,0,0,0])) s) x;
SELECT what, length(b) FROM bad_bytes ORDER BY what;
CREATE TEMP TABLE recv_t (t vics_tally);
\copy (SELECT b FROM bad_bytes WHERE what = 'version 2') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_t FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_bytes WHERE what = 'flags') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_t FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_bytes WHERE what = 'reserved') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_t FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_bytes WHERE what = 'truncated') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_t FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_bytes WHERE what = 'trailing') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_t FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_bytes WHERE what = 'negative') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_t FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_bytes WHERE what = 'lexicon without coder') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_t FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_bytes WHERE what = 'tense above count') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_t FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_bytes WHERE what = 'valid') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_t FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
SELECT t FROM recv_t;

-- Profile wire layout: 0-3 header, 4-169 pooled tally fields, 170 docs, 178 short,
-- 186 min_utterances, then per index (from 190) n, mean, m2 of 8 bytes each: P-1 n at 190,
-- P-1 mean at 198, P-1 m2 at 206.
CREATE TEMP TABLE bad_profile (what text, b bytea);
INSERT INTO bad_profile
SELECT 'NaN mean', overlay(s PLACING '\x7ff8000000000000'::bytea FROM 199) FROM (SELECT vics_profile_send(p) s FROM copy_src WHERE id = 1) x
UNION ALL SELECT 'infinite m2', overlay(s PLACING '\x7ff0000000000000'::bytea FROM 207) FROM (SELECT vics_profile_send(p) s FROM copy_src WHERE id = 1) x
UNION ALL SELECT 'n above docs', overlay(s PLACING '\x00000000000fffff'::bytea FROM 191) FROM (SELECT vics_profile_send(p) s FROM copy_src WHERE id = 1) x
UNION ALL SELECT 'version 9', set_byte(s, 0, 9) FROM (SELECT vics_profile_send(p) s FROM copy_src WHERE id = 1) x
UNION ALL SELECT 'short header', substring(s FROM 1 FOR 3) FROM (SELECT vics_profile_send(p) s FROM copy_src WHERE id = 1) x
UNION ALL SELECT 'truncated', substring(s FROM 1 FOR 597) FROM (SELECT vics_profile_send(p) s FROM copy_src WHERE id = 1) x;
SELECT what, length(b) FROM bad_profile ORDER BY what;
CREATE TEMP TABLE recv_p (p vics_profile);
\copy (SELECT b FROM bad_profile WHERE what = 'NaN mean') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_p FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_profile WHERE what = 'infinite m2') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_p FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_profile WHERE what = 'n above docs') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_p FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_profile WHERE what = 'version 9') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_p FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_profile WHERE what = 'short header') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_p FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy (SELECT b FROM bad_profile WHERE what = 'truncated') TO 'results/types_copy_bad.bin' WITH (FORMAT binary)
\copy recv_p FROM 'results/types_copy_bad.bin' WITH (FORMAT binary)
SELECT count(*) AS accepted_bad_profiles FROM recv_p;
