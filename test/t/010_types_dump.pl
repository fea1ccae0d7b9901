# Tallies, profiles and user norming groups survive pg_dump / pg_restore: the shipped
# norming group is recreated by CREATE EXTENSION (not dumped twice), the users' groups are
# dumped (pg_extension_config_dump), and profiles come back bit for bit through text.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('types_dump');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql('src', q{
  CREATE EXTENSION opcode;
  INSERT INTO vics_norms VALUES ('mine', 'P-1', 0.5, 0.25, 10, 'test'), ('mine', 'I-1', 0.1, 0.3, 10, 'test');
  CREATE TABLE speeches (id int, t vics_tally);
  INSERT INTO speeches
  SELECT i, vics_tally(ARRAY[i % 3, i % 2, i % 5, i % 4, 0, i % 3], ARRAY[i % 2, 0, i % 7, i % 3, i % 2, i % 4])
    FROM generate_series(1, 200) i;
  INSERT INTO speeches VALUES (201, '(self: APP 2; other: PUN 1; self tense: future 2; other tense: past 1; sentences 4; words 51; lexicon 9f3a21c0; coder 1)');
  CREATE TABLE profiles AS SELECT id % 5 AS g, vics_profile(t, id % 5) AS p FROM speeches WHERE id <= 200 GROUP BY 1;
});

my $dump = $node->basedir . '/src.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump, '-d', 'src' ], 'pg_dump');
$node->safe_psql('postgres', 'CREATE DATABASE dst');
$node->command_ok([ 'pg_restore', '--exit-on-error', '-d', 'dst', $dump ], 'pg_restore');

is($node->safe_psql('dst', 'SELECT group_name, count(*) FROM vics_norms GROUP BY 1 ORDER BY 1'),
	"mine|2\nwalker2005|17", 'shipped norming group once, user group kept');
is($node->safe_psql('dst', "SELECT round(z::numeric, 4) FROM vics_indices((SELECT vics_profile(t) FROM speeches WHERE id <= 200), 'mine') WHERE index = 'P-1'"),
	$node->safe_psql('src', "SELECT round(z::numeric, 4) FROM vics_indices((SELECT vics_profile(t) FROM speeches WHERE id <= 200), 'mine') WHERE index = 'P-1'"),
	'user norming group usable after restore');

my $profiles = q{SELECT string_agg(g || ' ' || p::text, E'\n' ORDER BY g) FROM profiles};
my $before = $node->safe_psql('src', $profiles);
ok(length($before) > 5 * 1000, 'profiles are non-trivial');
is($node->safe_psql('dst', $profiles), $before, 'profiles identical (as text) after restore');

my $tallies = q{SELECT string_agg(id || ' ' || t::text, E'\n' ORDER BY id) FROM speeches};
is($node->safe_psql('dst', $tallies), $node->safe_psql('src', $tallies), 'tallies identical after restore');

# the restored profiles still aggregate (one group each: they differ in min_utterances)
is($node->safe_psql('dst', q{SELECT sum(vics_documents_count(m)) FROM (SELECT vics_profile_merge(p) m FROM profiles GROUP BY g) s}),
	'200', 'restored profiles merge');

$node->stop;
done_testing();
