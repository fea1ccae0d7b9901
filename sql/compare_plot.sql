-- vics_plot_svg: a standalone SVG of profiles in the P-1 / I-1 plane, checked with xmllint.
\i sql/include/err.sql
\i sql/include/app_opp_doc.sql

-- Six leaders (P-1 and I-1 as in compare_congruence), one with a label that needs escaping,
-- one whose name is not ASCII, twins on the same spot, and one without OTHER utterances.
CREATE TEMP TABLE docs (leader text, t vics_tally);
INSERT INTO docs VALUES
('A', pg_temp.d(2,0, 3,1)), ('A', pg_temp.d(3,1, 3,2)), ('A', pg_temp.d(1,1, 4,1)),
('A', pg_temp.d(2,1, 2,1)), ('A', pg_temp.d(4,1, 7,1)),
('B <&> "Bee"''s', pg_temp.d(1,3, 1,1)), ('B <&> "Bee"''s', pg_temp.d(1,1, 1,2)),
('B <&> "Bee"''s', pg_temp.d(0,2, 2,3)), ('B <&> "Bee"''s', pg_temp.d(1,2, 3,1)),
('Xí Jìnpíng 习近平', pg_temp.d(1,0, 3,2)), ('Xí Jìnpíng 习近平', pg_temp.d(2,1, 2,1)),
('Xí Jìnpíng 习近平', pg_temp.d(4,1, 5,3)),
('twin 1', pg_temp.d(3,1, 1,1)), ('twin 1', pg_temp.d(2,1, 1,2)),
('twin 2', pg_temp.d(3,1, 1,1)), ('twin 2', pg_temp.d(2,1, 1,2)),
('one speech', pg_temp.d(1,0, 0,1)),
('silent others', pg_temp.d(2,1, 0,0)), ('silent others', pg_temp.d(3,1, 0,0));
CREATE TEMP TABLE prof AS SELECT leader, vics_profile(t) AS p FROM docs GROUP BY leader;

SELECT vics_plot_svg(leader, p ORDER BY leader) AS svg FROM prof \gset
-- Written as a file and checked by xmllint: well-formed XML whose root is an SVG element.
SELECT :'svg' \g (format=unaligned tuples_only=on) results/compare_plot.svg
\! xmllint --noout results/compare_plot.svg && echo 'xmllint: well-formed'
\! xmllint --xpath 'concat(namespace-uri(/*), " ", local-name(/*), " ", count(//*[local-name()="text"]) > 20)' results/compare_plot.svg; echo
-- The picture is one line without tabs or backslashes (a label's backslash is a character
-- reference), so \copy in text format writes it unchanged, too.
INSERT INTO prof SELECT 'C:\dir\leader', p FROM prof WHERE leader = 'A';
\copy (SELECT vics_plot_svg(leader, p ORDER BY leader) FROM prof) TO 'results/compare_plot_copy.svg'
\! xmllint --noout results/compare_plot_copy.svg && echo 'xmllint: the copy is well-formed'
SELECT strpos(vics_plot_svg(leader, p), 'C:&#x5C;dir&#x5C;leader') > 0 AS backslash_as_reference FROM prof;
DELETE FROM prof WHERE leader = 'C:\dir\leader';

-- What the picture holds.
SELECT length(:'svg') > 5000 AS sizeable,
       :'svg' ~ '^[\x20-\x5b\x5d-\x7e]*$' AS ascii_one_line_no_backslash,
       :'svg' LIKE '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><svg xmlns="http://www.w3.org/2000/svg"%' AS svg_root,
       right(:'svg', 6) = '</svg>' AS closed,
       -- 6 markers drawn ("silent others" has no P-1) and 7 in the legend; circles for the
       -- first ten profiles
       (length(:'svg') - length(replace(:'svg', '<circle', ''))) / 7 AS circles,
       (length(:'svg') - length(replace(:'svg', 'class="quadrant"', ''))) / 16 AS quadrant_names,
       strpos(:'svg', 'class="quadrant-lines"') > 0 AS quadrant_lines,
       strpos(:'svg', 'norming group walker2005: mean &#xB1; 1 SD') > 0 AS norm_in_legend,
       strpos(:'svg', 'P-1 0.273 &#xB1; 0.280, I-1 0.346 &#xB1; 0.336') > 0 AS norm_numbers;

-- Labels are escaped (in the plot and in the legend) and non-ASCII names are character
-- references; the legend lists the profiles in the aggregate's ORDER BY with their numbers:
-- A has P-1 mean .476667, SE .216538/sqrt(5) = .096839; I-1 .486667, SE .366364/sqrt(5) = .163843.
SELECT (length(:'svg') - length(replace(:'svg', 'B &lt;&amp;&gt; &quot;Bee&quot;&#39;s', '')))
         / length('B &lt;&amp;&gt; &quot;Bee&quot;&#39;s') AS escaped_label_twice,
       strpos(:'svg', 'X&#xED; J&#xEC;np&#xED;ng &#x4E60;&#x8FD1;&#x5E73;') > 0 AS non_ascii_as_references,
       strpos(:'svg', 'P-1 0.477 &#xB1; 0.097 (n 5), I-1 0.487 &#xB1; 0.164 (n 5)') > 0 AS a_numbers,
       strpos(:'svg', 'not drawn: P-1 undefined, I-1 0.417 &#xB1; 0.083 (n 2)') > 0 AS silent_others,
       strpos(:'svg', 'P-1 -1.000 (n 1), I-1 1.000 (n 1)') > 0 AS one_speech_no_bars,
       strpos(:'svg', '>A</text>') < strpos(:'svg', '>B &lt;') AND strpos(:'svg', '>B &lt;') < strpos(:'svg', '>one speech<')
         AND strpos(:'svg', '>one speech<') < strpos(:'svg', '>silent others<') AS legend_in_order;

-- The two twins sit on the same spot; their labels are both in the picture, apart.
SELECT count(*) AS twin_labels, count(DISTINCT (m[1], m[2])) AS distinct_positions
  FROM regexp_matches(:'svg', '<text x="([0-9.]+)" y="([0-9.]+)" fill="#[0-9a-f]+">twin [12]</text>', 'g') m;

-- Error bars: +-1 SE around the mean, on both axes, for profiles with two or more documents
-- (a vertical bar of A: I-1 .486667 +- .163843 maps to y = 60 + (1 - (v + 1)/2) * 480).
SELECT strpos(:'svg', format('y1="%s"', to_char(60 + (1 - (0.486667 + 0.163843 + 1) / 2) * 480, 'FM990.00'))) > 0
       AND strpos(:'svg', format('y2="%s"', to_char(60 + (1 - (0.486667 - 0.163843 + 1) / 2) * 480, 'FM990.00'))) > 0
       AS a_i1_error_bar;

-- Another norming group, or none; the group must be the same in every row.
INSERT INTO vics_norms VALUES ('mine', 'P-1', -0.2, 0.1, NULL, 'test'), ('mine', 'I-1', 0.1, 0.2, NULL, 'test');
SELECT strpos(s, 'norming group mine') > 0 AS mine, strpos(s, 'P-1 -0.200 &#xB1; 0.100, I-1 0.100 &#xB1; 0.200') > 0 AS numbers
  FROM (SELECT vics_plot_svg(leader, p, 'mine') s FROM prof) x;
DELETE FROM vics_norms WHERE group_name = 'mine';
SELECT strpos(s, 'norming group') = 0 AS no_band, strpos(s, 'class="norm"') = 0 AS no_norm_group
  FROM (SELECT vics_plot_svg(leader, p, NULL) s FROM prof) x;
SELECT pg_temp.err($$SELECT vics_plot_svg(leader, p, 'nobody') FROM prof$$);
SELECT pg_temp.err($$SELECT vics_plot_svg(leader, p, CASE WHEN leader = 'A' THEN 'walker2005' END ORDER BY leader) FROM prof$$);

-- No rows: NULL, like other aggregates; NULL labels and profiles are drawn as what they are.
SELECT vics_plot_svg(leader, p) IS NULL AS no_rows FROM prof WHERE false;
SELECT strpos(s, '(no label)') > 0 AS unlabelled, strpos(s, 'not drawn: P-1 undefined, I-1 undefined') > 0 AS no_profile
  FROM (SELECT vics_plot_svg(l, p) s FROM (VALUES (NULL::text, NULL::vics_profile)) v(l, p)) x;

-- Per group, as a report would draw one picture per period.
SELECT g, length(vics_plot_svg(leader, p ORDER BY leader)) > 3000 AS drawn
  FROM prof, LATERAL (SELECT CASE WHEN leader < 'T' THEN 'first' ELSE 'second' END AS g) x
 GROUP BY g ORDER BY g;
