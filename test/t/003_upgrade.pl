# Upgrades: from every earlier released version, ALTER EXTENSION opcode UPDATE must end with
# exactly the objects of a fresh install of the current version (test/t/fingerprint.sql:
# every member object found through pg_depend, with its definition, comment and privileges,
# plus the rows of the extension's tables), and keep the users' data.
#
# Released versions are found, not listed: the upgrade scripts sql/opcode--A--B.sql, and the
# install scripts of released versions kept in sql/released/opcode--V.sql (make install
# ships them, so "CREATE EXTENSION opcode VERSION 'V'" works; DEVELOPER.md, release steps).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

sub slurp { my ($f) = @_; open(my $fh, '<', $f) or die "$f: $!"; local $/; my $s = <$fh>; close $fh; return $s; }

my ($current) = slurp('opcode.control') =~ /^\s*default_version\s*=\s*'([^']*)'/m;
my @upgrades = map { m{opcode--([^-]+)--([^-]+)\.sql$} ? [ $1, $2 ] : () } sort glob('sql/opcode--*--*.sql');
my @released = grep { $_ ne $current } map { m{released/opcode--([^-]+)\.sql$} ? $1 : () } sort glob('sql/released/opcode--*.sql');
note('current version ' . $current . '; upgrade scripts: '
	. (@upgrades ? join(', ', map { "$_->[0] -> $_->[1]" } @upgrades) : 'none')
	. '; released install scripts: ' . (@released ? join(', ', @released) : 'none'));
if (!@upgrades) {
	diag("no upgrade script sql/opcode--*--*.sql yet: $current is the first release, nothing to upgrade from");
}

# Every upgrade script starts from a released version or from the target of another one,
# and every released version has a path to the current one (checked in the server below).
my %reach = map { $_ => 1 } @released;
for my $u (@upgrades) {
	ok($reach{ $u->[0] } || grep({ $_->[1] eq $u->[0] } @upgrades),
		"upgrade script $u->[0]--$u->[1] starts from a released version or another script's target");
}

my $node = PostgreSQL::Test::Cluster->new('upgrade');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;
my $fingerprint_sql = slurp('test/t/fingerprint.sql');

# The fingerprint of a database's opcode: catalog lines plus a digest of each table's rows.
sub fingerprint {
	my ($db) = @_;
	my @lines = split /\n/, $node->safe_psql($db, "SET search_path = public; $fingerprint_sql");
	my @tables = split /\n/, $node->safe_psql($db, q{
	  SELECT format('%I.%I', n.nspname, c.relname) FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
	    JOIN pg_namespace n ON n.oid = c.relnamespace
	   WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
	     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'opcode') AND c.relkind IN ('r', 'p')
	   ORDER BY 1});
	for my $t (@tables) {
		push @lines, "rows $t " . $node->safe_psql($db,
			"SELECT count(*) || ' ' || md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) FROM $t r");
	}
	return [ sort @lines ];
}

# Compares two fingerprints; on a difference shows the lines only one side has.
sub same_fingerprint {
	my ($got, $want, $name) = @_;
	my %g = map { $_ => 1 } @$got;
	my %w = map { $_ => 1 } @$want;
	my @missing = grep { !$g{$_} } @$want;
	my @extra = grep { !$w{$_} } @$got;
	ok(!@missing && !@extra, $name)
	  or diag(join("\n", (map { "  missing: " . substr($_, 0, 300) } @missing[0 .. ($#missing < 9 ? $#missing : 9)]),
			(map { "  extra:   " . substr($_, 0, 300) } @extra[0 .. ($#extra < 9 ? $#extra : 9)])));
}

$node->safe_psql('postgres', 'CREATE DATABASE fresh');
$node->safe_psql('fresh', 'CREATE EXTENSION opcode');
my $fresh = fingerprint('fresh');
ok(@$fresh > 50, scalar(@$fresh) . ' fingerprint lines for a fresh install');
ok(scalar(grep { /^object function vics_tally_in\(cstring\)/ } @$fresh), 'fingerprint names the type input function');
ok(scalar(grep { /^object table vics_norms .*vics_norms_protect/ } @$fresh), 'fingerprint sees the norms table and its trigger');
ok(scalar(grep { /^rows public\.vics_norms 17 / } @$fresh), 'fingerprint digests the shipped rows (17 walker2005 norms)');

# Deterministic: a second fresh install has the same fingerprint.
$node->safe_psql('postgres', 'CREATE DATABASE fresh2');
$node->safe_psql('fresh2', 'CREATE EXTENSION opcode');
same_fingerprint(fingerprint('fresh2'), $fresh, 'two fresh installs have equal fingerprints');

# The comparison can fail: a changed comment, a dropped member and an edited shipped row
# each change the fingerprint.
$node->safe_psql('fresh2', q{COMMENT ON FUNCTION vics_p1(vics_tally) IS 'changed'});
ok(!eq_array(fingerprint('fresh2'), $fresh), 'a changed comment changes the fingerprint');
$node->safe_psql('fresh2', q{COMMENT ON FUNCTION vics_p1(vics_tally) IS 'P-1 of a tally (same as vics_index(t, ''P-1''))'});
same_fingerprint(fingerprint('fresh2'), $fresh, 'restored comment, equal again');
$node->safe_psql('fresh2', q{ALTER EXTENSION opcode DROP FUNCTION vics_p1(vics_tally)});
ok(!eq_array(fingerprint('fresh2'), $fresh), 'a member left out of the extension changes the fingerprint');
$node->safe_psql('fresh2', q{ALTER EXTENSION opcode ADD FUNCTION vics_p1(vics_tally)});
$node->safe_psql('fresh2', q{ALTER TABLE vics_norms DISABLE TRIGGER vics_norms_protect;
  UPDATE vics_norms SET mean = mean + 0.001 WHERE group_name = 'walker2005' AND index = 'P-1';
  ALTER TABLE vics_norms ENABLE TRIGGER vics_norms_protect});
ok(!eq_array(fingerprint('fresh2'), $fresh), 'an edited shipped row changes the fingerprint');

# UPDATE on the current version is a no-op.
$node->safe_psql('fresh', 'ALTER EXTENSION opcode UPDATE');
same_fingerprint(fingerprint('fresh'), $fresh, "ALTER EXTENSION UPDATE on $current changes nothing");

# Every released version reaches the current one, upgrades to exactly a fresh install,
# and keeps the users' data (a user norming group, tallies and profiles in user tables).
my $paths = $node->safe_psql('fresh', q{SELECT source || ' ' || coalesce(path, '-') FROM pg_extension_update_paths('opcode') WHERE target = (SELECT default_version FROM pg_available_extensions WHERE name = 'opcode')});
my $user_data = q{
  INSERT INTO vics_norms (group_name, index, mean, sd, n, source) VALUES ('mine', 'P-1', 0.5, 0.25, 10, 'test');
  CREATE TABLE speeches (id int, t vics_tally);
  INSERT INTO speeches SELECT i, vics_tally(ARRAY[i % 3, i % 2, i % 5, i % 4, 0, i % 3], ARRAY[i % 2, 0, i % 7, i % 3, i % 2, i % 4])
    FROM generate_series(1, 50) i;
  CREATE TABLE profiles AS SELECT id % 3 AS g, vics_profile(t) AS p FROM speeches GROUP BY 1;};
my $user_query = q{SELECT string_agg(g || ' ' || p::text, E'\n' ORDER BY g) || (SELECT string_agg(id || t::text, ',' ORDER BY id) FROM speeches)
                     || (SELECT string_agg(mean::text, ',') FROM vics_norms WHERE group_name = 'mine') FROM profiles};
for my $v (@released) {
	like($paths, qr/^\Q$v\E \S/m, "an update path leads from $v to $current");
	my $db = "from_" . ($v =~ s/\W/_/gr);
	$node->safe_psql('postgres', "CREATE DATABASE $db");
	$node->safe_psql($db, "CREATE EXTENSION opcode VERSION '$v'");
	$node->safe_psql($db, $user_data);
	my $before = $node->safe_psql($db, $user_query);
	$node->safe_psql($db, 'ALTER EXTENSION opcode UPDATE');
	is($node->safe_psql($db, q{SELECT extversion FROM pg_extension WHERE extname = 'opcode'}), $current, "$v updated to $current");
	is($node->safe_psql($db, $user_query), $before, "$v -> $current keeps the user data");
	is($node->safe_psql($db, q{SELECT bool_and(p = (SELECT vics_profile(t) FROM speeches WHERE id % 3 = g)) FROM profiles}),
		't', "$v -> $current: profiles stored before equal profiles aggregated after");
	$node->safe_psql($db, q{DELETE FROM vics_norms WHERE group_name = 'mine'});
	same_fingerprint(fingerprint($db), $fresh, "$v -> $current ends with the objects of a fresh $current install");
}
ok(1, 'no earlier released version: upgrade path checks skipped') unless @released;

# DROP EXTENSION removes every member: nothing of opcode is left but the cluster-wide role.
$node->safe_psql('fresh', 'DROP EXTENSION opcode');
is($node->safe_psql('fresh', q{SELECT count(*) FROM pg_proc WHERE proname LIKE 'vics\_%' OR proname LIKE 'opcode\_%'}), '0', 'DROP EXTENSION leaves no function');
is($node->safe_psql('fresh', q{SELECT count(*) FROM pg_class WHERE relname LIKE 'vics\_%'}), '0', 'DROP EXTENSION leaves no table');
is($node->safe_psql('fresh', q{SELECT count(*) FROM pg_type WHERE typname LIKE '%vics\_%'}), '0', 'DROP EXTENSION leaves no type');
$node->safe_psql('fresh', 'CREATE EXTENSION opcode');
same_fingerprint(fingerprint('fresh'), $fresh, 'DROP and CREATE again gives the same extension');

$node->stop;
done_testing();
