# pg_dump / pg_restore of a database that uses opcode: tallies, profiles (in tables, a view
# and a materialized view), a hash index on tallies, a custom norming group, a privilege
# granted on an opcode table, and lexicon edits (when the lexicon tables exist).  After a
# custom-format dump restored with pg_restore, and after a plain SQL dump replayed with
# psql, every query gives identical results, text and binary COPY give identical bytes,
# and the extension's fingerprint (test/t/fingerprint.sql) is unchanged.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

sub slurp { my ($f) = @_; open(my $fh, '<:raw', $f) or die "$f: $!"; local $/; my $s = <$fh>; close $fh; return $s; }

my $node = PostgreSQL::Test::Cluster->new('dump');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;
my $dir = $node->basedir;

$node->safe_psql('postgres', 'CREATE ROLE alice; CREATE DATABASE src');
$node->safe_psql('src', q{
  CREATE EXTENSION opcode;
  INSERT INTO vics_norms VALUES ('mine', 'P-1', 0.5, 0.25, 10, 'test'), ('mine', 'I-1', 0.1, 0.3, 10, 'test'),
                                ('mine', 'I-5 APP', 0.4, 0.2, 10, 'test');
  GRANT INSERT, UPDATE ON vics_norms TO alice;
  CREATE TABLE speeches (id int PRIMARY KEY, leader text, t vics_tally);
  INSERT INTO speeches
  SELECT i, (ARRAY['xi', 'putin', 'obama'])[1 + i % 3],
         vics_tally(ARRAY[i % 3, i % 2, i % 5, i % 4, 0, i % 3], ARRAY[i % 2, 0, i % 7, i % 3, i % 2, i % 4])
    FROM generate_series(1, 300) i;
  INSERT INTO speeches VALUES (301, 'xi', '(self: APP 2; other: PUN 1; self tense: future 2; other tense: past 1; sentences 4; words 51; lexicon 9f3a21c0; coder 1)'),
                              (302, 'xi', NULL);
  CREATE INDEX speeches_t ON speeches USING hash (t);
  CREATE TABLE profiles AS
    SELECT leader, vics_profile(t) AS p, vics_profile(t, 8) AS p8, vics_tally_sum(t) AS total
      FROM speeches WHERE id <= 300 GROUP BY leader;
  CREATE VIEW leader_indices AS
    SELECT s.leader, i.* FROM (SELECT leader, vics_profile(t) p FROM speeches WHERE id <= 300 GROUP BY leader) s,
           LATERAL vics_indices(s.p, 'mine') i;
  CREATE MATERIALIZED VIEW rolling AS
    SELECT id, leader, vics_profile(t) OVER (PARTITION BY leader ORDER BY id ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS p
      FROM speeches WHERE id <= 300;
});

# Lexicon edits, once the coder's tables exist: an added verb, a recategorized one, a
# deleted one and an irregular form; a speech coded with the edited lexicon.
my $has_lexicon = $node->safe_psql('src', q{SELECT to_regclass('vics_lexicon_user') IS NOT NULL}) eq 't';
my $text = 'We will befriend our neighbours. They attacked the border and we helped the victims. The rebels smote the town.';
if ($has_lexicon) {
	$node->safe_psql('src', q{
	  INSERT INTO vics_lexicon_user (lang, entry, category, note) VALUES
	    ('en', 'befriend', 'APP', 'added in the dump test'),
	    ('en', 'attack', 'THR', 'recategorized in the dump test'),
	    ('en', 'help', NULL, 'deleted in the dump test'),
	    ('en', 'smite', 'PUN', 'added with an irregular form');
	  INSERT INTO vics_irregular (lang, form, lemma, shipped) VALUES ('en', 'smote', 'smite', false);
	  CREATE TABLE coded (id int, t vics_tally);
	});
	$node->safe_psql('src', "INSERT INTO coded VALUES (1, vics_code('$text', ARRAY['we']))");
} else {
	diag('no lexicon tables on this branch yet: the lexicon-edit part of the dump test is skipped');
}

my $queries = {
	tallies => q{SELECT string_agg(id || ' ' || leader || ' ' || coalesce(t::text, 'NULL'), E'\n' ORDER BY id) FROM speeches},
	profiles => q{SELECT string_agg(leader || ' ' || p::text || ' ' || p8::text || ' ' || total::text, E'\n' ORDER BY leader) FROM profiles},
	reaggregate => q{SELECT bool_and(p = (SELECT vics_profile(t) FROM speeches s WHERE s.leader = profiles.leader AND id <= 300)) FROM profiles},
	view => q{SELECT string_agg(format('%s %s %s %s %s', leader, index, pooled, z, descriptor), E'\n' ORDER BY leader, index) FROM leader_indices},
	matview => q{SELECT md5(string_agg(id || p::text, ',' ORDER BY id)) FROM rolling},
	hash_lookup => q{SET enable_seqscan = off; SELECT string_agg(id::text, ',' ORDER BY id) FROM speeches WHERE t = (SELECT t FROM speeches WHERE id = 7)},
	norms => q{SELECT string_agg(format('%s %s %s %s', group_name, index, mean, sd), E'\n' ORDER BY 1) FROM vics_norms},
	privileges => q{SELECT has_table_privilege('alice', 'vics_norms', 'INSERT')::text || has_table_privilege('alice', 'vics_norms', 'DELETE')::text},
	($has_lexicon ? (
		lexicon => q{SELECT vics_lexicon_version() || ' ' || (SELECT count(*) FROM vics_lexicon) || ' ' ||
		                    (SELECT string_agg(entry || ':' || coalesce(category, 'deleted'), ',' ORDER BY entry) FROM vics_lexicon_user)},
		coded => q{SELECT string_agg(t::text, ',') FROM coded},
		recode => "SELECT (SELECT t FROM coded WHERE id = 1) = vics_code('$text', ARRAY['we'])",
	) : ()),
};

my %before = map { $_ => $node->safe_psql('src', $queries->{$_}) } sort keys %$queries;
ok(length($before{tallies}) > 10000, 'source tallies are non-trivial');
is($before{reaggregate}, 't', 'source profiles equal their re-aggregation');
is($before{privileges}, 'truefalse', 'alice has INSERT but not DELETE on vics_norms in the source');
like($before{view}, qr/^obama P-1 \S+ -?[0-9.]+ /m, 'the view computes z-scores against the custom group');
if ($has_lexicon) {
	is($before{recode}, 't', 'recoding with the edited lexicon reproduces the stored tally');
	unlike($before{coded}, qr/lexicon 00000000/, 'the coded tally records its lexicon');
	# the edits matter: the shipped lexicon codes the same text differently
	$node->safe_psql('postgres', 'CREATE DATABASE plain');
	$node->safe_psql('plain', 'CREATE EXTENSION opcode');
	isnt($node->safe_psql('plain', "SELECT vics_code('$text', ARRAY['we'])::text"), $before{coded},
		'the shipped lexicon codes the test text differently (the edits are visible in the tally)');
}

my $fingerprint_sql = slurp('test/t/fingerprint.sql');
my $fp_src = $node->safe_psql('src', "SET search_path = public; $fingerprint_sql");

# Server-side COPY of the user tables, text and binary.
sub copy_out {
	my ($db) = @_;
	my %files;
	for my $fmt (qw(text binary)) {
		for my $t (qw(speeches profiles)) {
			my $f = "$dir/$db.$t.$fmt";
			$node->safe_psql($db, "COPY (SELECT * FROM $t ORDER BY 1) TO '$f' WITH (FORMAT $fmt)");
			$files{"$t.$fmt"} = slurp($f);
		}
	}
	return \%files;
}
my $copy_src = copy_out('src');

my $dump_fc = "$dir/src.dump";
my $dump_sql = "$dir/src.sql";
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump_fc, '-d', $node->connstr('src') ], 'pg_dump -Fc');
$node->command_ok([ 'pg_dump', '-f', $dump_sql, '-d', $node->connstr('src') ], 'pg_dump (plain SQL)');
$node->safe_psql('postgres', 'CREATE DATABASE dst_fc; CREATE DATABASE dst_sql');
$node->command_ok([ 'pg_restore', '--exit-on-error', '-d', $node->connstr('dst_fc'), $dump_fc ], 'pg_restore');
$node->command_ok([ 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', $dump_sql, '-d', $node->connstr('dst_sql') ], 'psql < plain dump');

for my $db (qw(dst_fc dst_sql)) {
	for my $q (sort keys %$queries) {
		is($node->safe_psql($db, $queries->{$q}), $before{$q}, "$db: $q identical after restore");
	}
	is($node->safe_psql($db, "SET search_path = public; $fingerprint_sql"), $fp_src,
		"$db: extension objects, privileges and table rows identical (fingerprint)");
	my $copy = copy_out($db);
	for my $k (sort keys %$copy_src) {
		ok($copy->{$k} eq $copy_src->{$k}, "$db: COPY $k byte-identical (" . length($copy->{$k}) . ' bytes)');
	}
}

# Binary COPY back in: the values read by the binary receive functions equal the originals.
$node->safe_psql('dst_fc', "CREATE TABLE speeches_bin (LIKE speeches); COPY speeches_bin FROM '$dir/src.speeches.binary' WITH (FORMAT binary);
                            CREATE TABLE profiles_bin (LIKE profiles); COPY profiles_bin FROM '$dir/src.profiles.binary' WITH (FORMAT binary);
                            CREATE TABLE profiles_txt (LIKE profiles); COPY profiles_txt FROM '$dir/src.profiles.text'");
is($node->safe_psql('dst_fc', q{SELECT count(*) FROM speeches s JOIN speeches_bin b USING (id) WHERE s.t = b.t OR (s.t IS NULL AND b.t IS NULL)}),
	'302', 'binary COPY in: every tally equal');
is($node->safe_psql('dst_fc', q{SELECT count(*) FROM profiles p JOIN profiles_bin b USING (leader) JOIN profiles_txt x USING (leader)
                                 WHERE p.p = b.p AND p.p8 = b.p8 AND p.total = b.total AND p.p = x.p AND p.p8 = x.p8}),
	'3', 'binary and text COPY in: every profile bit-identical');

$node->stop;
done_testing();
