# Scale-out with postgres_fdw: a coordinator and two shard clusters on this machine,
# speeches partitioned by leader across foreign tables (server option extensions 'opcode',
# enable_partitionwise_aggregate = on).  Per-leader profiles computed on the shards equal
# the single-node profiles of the same rows; EXPLAIN VERBOSE shows the aggregate pushed
# down to each shard (and not pushed without the extensions option); a global profile
# merged from the shards' partial profiles equals the single-node one; congruence tests
# and vics_code (when those exist) give the single-node results.  doc/scaling.md describes
# this setup.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my @leaders = ([ 'xi', 'putin' ], [ 'obama', 'abbott' ]);
my %shard_of = (xi => 0, putin => 0, obama => 1, abbott => 1);

my $coord = PostgreSQL::Test::Cluster->new('coordinator');
my @shards = map { PostgreSQL::Test::Cluster->new("shard$_") } 1 .. 2;
for my $n ($coord, @shards) {
	$n->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
	$n->start;
	$n->safe_psql('postgres', 'CREATE EXTENSION opcode');
}
my $has_code = $coord->safe_psql('postgres', q{SELECT to_regproc('vics_code') IS NOT NULL}) eq 't';
my $has_congruence = $coord->safe_psql('postgres', q{SELECT to_regproc('vics_congruence') IS NOT NULL}) eq 't';

# The same deterministic rows everywhere: id, leader, a hand-entered tally and a speech text.
my $rows = q{
  SELECT i AS id, (ARRAY['xi', 'putin', 'obama', 'abbott'])[1 + i % 4] AS leader,
         vics_tally(ARRAY[i % 3, (i / 4) % 2, i % 5, (i * 7) % 4, (i / 8) % 2, i % 3],
                    ARRAY[(i / 4) % 2, 0, i % 7, i % 3, i % 2, (i * 3) % 4]) AS t,
         (ARRAY['We will help our partners and we support the treaty.',
                'They attacked the border. We condemn the attack and we will respond.',
                'Our government welcomes the agreement. They threatened our allies.',
                'We reject their demands. They promised aid but they imposed sanctions.'])[1 + (i / 4) % 4]
         || ' Speech ' || i || '.' AS body
    FROM generate_series(1, 800) i};
my $ddl = 'CREATE TABLE speeches (id int PRIMARY KEY, leader text NOT NULL, t vics_tally, body text)';
$coord->safe_psql('postgres', "$ddl; INSERT INTO speeches $rows");    # the single-node reference
for my $s (0, 1) {
	my $in = join(', ', map { "'$_'" } @{ $leaders[$s] });
	$shards[$s]->safe_psql('postgres', "$ddl; INSERT INTO speeches SELECT * FROM ($rows) r WHERE leader IN ($in)");
}

# The coordinator: one foreign server per shard, a table partitioned by leader whose
# partitions are the shards' tables.
$coord->safe_psql('postgres', 'CREATE EXTENSION postgres_fdw');
for my $s (0, 1) {
	my $n = $shards[$s];
	my $name = 'shard' . ($s + 1);
	$coord->safe_psql('postgres', sprintf(q{
	  CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw
	    OPTIONS (host '%s', port '%d', dbname 'postgres', extensions 'opcode', fetch_size '1000');
	  CREATE USER MAPPING FOR CURRENT_USER SERVER %s OPTIONS (user '%s');}, $name, $n->host, $n->port, $name, scalar getpwuid($<)));
}
$coord->safe_psql('postgres', q{
  CREATE TABLE dist (id int NOT NULL, leader text NOT NULL, t vics_tally, body text) PARTITION BY LIST (leader);
  CREATE FOREIGN TABLE dist_1 PARTITION OF dist FOR VALUES IN ('xi', 'putin') SERVER shard1 OPTIONS (table_name 'speeches');
  CREATE FOREIGN TABLE dist_2 PARTITION OF dist FOR VALUES IN ('obama', 'abbott') SERVER shard2 OPTIONS (table_name 'speeches');
  ANALYZE dist_1; ANALYZE dist_2;
});
is($coord->safe_psql('postgres', 'SELECT count(*) FROM dist'), '800', 'the partitioned foreign table sees every row');

my $set = 'SET enable_partitionwise_aggregate = on; ';
my $per_leader = q{SELECT leader, vics_profile(t) AS p, vics_profile(t, 5) AS p5, vics_tally_sum(t) AS s
                     FROM %s GROUP BY leader};
my $show = q{SELECT string_agg(leader || ' ' || p::text || ' ' || p5::text || ' ' || s::text, E'\n' ORDER BY leader) FROM (%s) x};

# EXPLAIN: each shard computes its leaders' aggregates; no aggregate runs on the coordinator.
my $plan = $coord->safe_psql('postgres', $set . 'EXPLAIN (VERBOSE, COSTS OFF) ' . sprintf($per_leader, 'dist'));
note("per-leader plan:\n$plan");
my @pushed = $plan =~ /Relations: Aggregate on/g;
is(scalar @pushed, 2, 'EXPLAIN VERBOSE: the aggregate is pushed down to both shards') or diag($plan);
like($plan, qr/Remote SQL: SELECT .*public\.vics_profile\(t\).*GROUP BY/, 'the remote SQL runs vics_profile on the shard');
unlike($plan, qr/^\s*(->\s*)?(Hash|Group|Partial |Finalize )?Aggregate/m, 'no aggregate node on the coordinator');

# Per-leader profiles: exactly the single-node values (they travel as text, which round-trips).
my $local = $coord->safe_psql('postgres', sprintf($show, sprintf($per_leader, 'speeches')));
my $remote = $coord->safe_psql('postgres', $set . sprintf($show, sprintf($per_leader, 'dist')));
ok(length($local) > 4 * 1000, 'single-node profiles are non-trivial');
is($remote, $local, 'per-leader profiles from the shards equal the single-node profiles');
is($coord->safe_psql('postgres', $set . q{
  SELECT count(*) FROM (SELECT leader, vics_profile(t) p FROM dist GROUP BY leader) d
    JOIN (SELECT leader, vics_profile(t) p FROM speeches GROUP BY leader) l USING (leader) WHERE d.p = l.p}),
	'4', 'and compare equal as values');

# Without the extensions option the shard cannot be trusted with opcode's functions: the
# rows come to the coordinator, which aggregates them itself (same result, more traffic).
$coord->safe_psql('postgres', q{ALTER SERVER shard1 OPTIONS (DROP extensions)});
my $plan2 = $coord->safe_psql('postgres', $set . 'EXPLAIN (VERBOSE, COSTS OFF) ' . sprintf($per_leader, 'dist'));
is(scalar(() = $plan2 =~ /Relations: Aggregate on/g), 1, 'without extensions \'opcode\' shard1 no longer aggregates');
is($coord->safe_psql('postgres', $set . sprintf($show, sprintf($per_leader, 'dist'))), $local, 'same profiles either way');
$coord->safe_psql('postgres', q{ALTER SERVER shard1 OPTIONS (ADD extensions 'opcode')});

# A global profile: per-leader partial profiles from the shards, merged on the coordinator
# (PostgreSQL 15's postgres_fdw pushes no partial aggregate without GROUP BY on the key).
my $global_local = $coord->safe_psql('postgres', q{SELECT vics_profile(t) FROM speeches});
my $merge = q{SELECT vics_profile_merge(p) FROM (SELECT leader, vics_profile(t) p FROM dist GROUP BY leader) s};
like($coord->safe_psql('postgres', $set . "EXPLAIN (VERBOSE, COSTS OFF) $merge"), qr/Relations: Aggregate on/, 'merge query pushes the per-leader part');
my $cmp = q{SELECT vics_pooled(g) = vics_pooled(l) AND vics_documents_count(g) = vics_documents_count(l)
                   AND (SELECT bool_and(gi.n = li.n AND abs(gi.mean - li.mean) < 1e-12 AND (gi.sd IS NULL OR abs(gi.sd - li.sd) < 1e-12))
                          FROM vics_index_values(g) gi JOIN vics_index_values(l) li USING (ord))
              FROM (%s) x(g), (SELECT vics_profile(t) FROM speeches) y(l)};
is($coord->safe_psql('postgres', $set . sprintf($cmp, $merge)), 't',
	'global profile merged from the shards equals the single-node profile (counts exact, moments to 1e-12)');
ok(length($global_local) > 1000, 'global profile is non-trivial');

# Congruence between leaders on different shards: the single-node verdicts and numbers.
if ($has_congruence) {
	my $cong_of = sub {
		my ($src) = @_;
		return "WITH d AS (SELECT leader, vics_profile(t) p FROM $src GROUP BY leader)
		        SELECT string_agg(format('%s %s %s %s %s', c.index, c.verdict, round(c.t::numeric, 10),
		                                 round(c.p::numeric, 10), round(c.df::numeric, 8)), E'\\n' ORDER BY c.index)
		          FROM (SELECT (SELECT p FROM d WHERE leader = 'xi') a, (SELECT p FROM d WHERE leader = 'obama') b) s,
		               LATERAL vics_congruence(s.a, s.b) c";
	};
	my $cl = $coord->safe_psql('postgres', $cong_of->('speeches'));
	my $cd = $coord->safe_psql('postgres', $set . $cong_of->('dist'));
	like($cl, qr/^P-1 (divergent|congruent|inconclusive) /m, 'single-node congruence has verdicts');
	is($cd, $cl, 'congruence of shard-computed profiles equals single-node congruence');
} else {
	diag('vics_congruence not on this branch yet: congruence comparison skipped');
}

# Coding on the shards.  postgres_fdw ships only IMMUTABLE functions, and vics_code is
# STABLE (it reads the lexicon), so a call in the coordinator's query would code on the
# coordinator.  A view on each shard that codes its own texts, aggregated through foreign
# partitions, codes and aggregates where the texts are; every node has the same lexicon.
if ($has_code) {
	my $view = q{CREATE VIEW speeches_coded AS
	               SELECT id, leader, vics_code(body, ARRAY['we', 'our government']) AS t FROM speeches};
	$_->safe_psql('postgres', $view) for ($coord, @shards);
	$coord->safe_psql('postgres', q{
	  CREATE TABLE dist_coded (id int NOT NULL, leader text NOT NULL, t vics_tally) PARTITION BY LIST (leader);
	  CREATE FOREIGN TABLE dist_coded_1 PARTITION OF dist_coded FOR VALUES IN ('xi', 'putin') SERVER shard1 OPTIONS (table_name 'speeches_coded');
	  CREATE FOREIGN TABLE dist_coded_2 PARTITION OF dist_coded FOR VALUES IN ('obama', 'abbott') SERVER shard2 OPTIONS (table_name 'speeches_coded');
	});
	my $coded = q{SELECT leader, vics_profile(t) AS p FROM %s GROUP BY leader};
	my $plan3 = $coord->safe_psql('postgres', $set . 'EXPLAIN (VERBOSE, COSTS OFF) ' . sprintf($coded, 'dist_coded'));
	is(scalar(() = $plan3 =~ /Relations: Aggregate on/g), 2, 'coded profiles: the aggregate over the shards\' coding views is pushed down')
	  or diag($plan3);
	my $show_coded = q{SELECT string_agg(leader || ' ' || p::text, E'\n' ORDER BY leader) FROM (%s) x};
	my $cl = $coord->safe_psql('postgres', sprintf($show_coded, sprintf($coded, 'speeches_coded')));
	unlike($cl, qr/lexicon 00000000/, 'texts were coded (tallies carry a lexicon hash)');
	is($coord->safe_psql('postgres', $set . sprintf($show_coded, sprintf($coded, 'dist_coded'))), $cl,
		'profiles of texts coded on the shards equal single-node coding');
	is(join(',', map { $_->safe_psql('postgres', 'SELECT vics_lexicon_version()') } $coord, @shards),
		join(',', ($coord->safe_psql('postgres', 'SELECT vics_lexicon_version()')) x 3), 'the lexicon hash is the same on every node');
} else {
	diag('vics_code not on this branch yet: coding on the shards skipped');
}

$_->stop for ($coord, @shards);
done_testing();
