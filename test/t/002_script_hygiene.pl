# Install-script hygiene: tools/lint-sql passes on the generated install script and every
# upgrade script, and catches each kind of problem in test/lint (so the lint can fail);
# the catalog agrees: no SECURITY DEFINER, every string-bodied function pins search_path,
# every object lives in the extension's schema, and the SQL-level functions work when the
# extension sits in a schema that is not on the search_path at all.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

# --- static: the lint on the real scripts
my @scripts = (glob('sql/opcode--*.sql'));
ok(scalar(grep { !/--.*--/ } @scripts) >= 1, 'the generated install script exists: ' . join(' ', @scripts));
my ($out, $err);
my $ok = IPC::Run::run([ 'perl', 'tools/lint-sql', @scripts ], '>', \$out, '2>', \$err);
ok($ok, 'tools/lint-sql passes on the extension scripts') or diag($out . $err);
like($out, qr/0 problem\(s\)/, 'lint reports no problem');

# --- static: the lint finds what the fixture plants, and nothing else
my %want;
for my $f ('test/lint/install.sql', 'test/lint/upgrade--1.0--1.1.sql') {
	open(my $fh, '<', $f) or die "$f: $!";
	while (my $l = <$fh>) {
		$want{"$f:$.:$1"} = 1 if $l =~ /-- expect: (\w+)/;
	}
	close $fh;
}
IPC::Run::run([ 'perl', 'tools/lint-sql', 'test/lint/install.sql', 'test/lint/upgrade--1.0--1.1.sql' ], '>', \$out, '2>', \$err);
my %got = map { /^(\S+?):(\d+)(?: \[[^\]]*\])?: (\w+):/ ? ("$1:$2:$3" => 1) : () } split /\n/, $out;
is_deeply([ sort keys %got ], [ sort keys %want ], 'lint fixture: exactly the planted problems are reported');
for my $rule (qw(definer replace create extref searchpath call operator)) {
	ok(scalar(grep { /:$rule$/ } keys %got), "lint rule '$rule' fires on the fixture");
}

# --- dynamic: the catalog after CREATE EXTENSION in a schema of its own
my $node = PostgreSQL::Test::Cluster->new('hygiene');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;
$node->safe_psql('postgres', 'CREATE SCHEMA opc; CREATE EXTENSION opcode SCHEMA opc');

my $ext_procs = q{
  SELECT p.oid, p.proname, p.prolang, p.prosecdef, p.proconfig, p.prosqlbody IS NOT NULL AS std_body
    FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid AND d.classid = 'pg_proc'::regclass
   WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'opcode')};
my $nprocs = $node->safe_psql('postgres', "SELECT count(*) FROM ($ext_procs) f");
ok($nprocs > 20, "extension has $nprocs functions");
is($node->safe_psql('postgres', "SELECT string_agg(proname, ', ') FROM ($ext_procs) f WHERE prosecdef"),
	'', 'no SECURITY DEFINER function');
is($node->safe_psql('postgres', qq{
  SELECT string_agg(f.proname, ', ') FROM ($ext_procs) f JOIN pg_language l ON l.oid = f.prolang
   WHERE l.lanname NOT IN ('c', 'internal') AND NOT f.std_body
     AND NOT EXISTS (SELECT 1 FROM unnest(f.proconfig) c WHERE c LIKE 'search_path=%pg_temp')}),
	'', 'every function parsed at call time pins search_path (ending in pg_temp)');
is($node->safe_psql('postgres', q{
  SELECT string_agg(pg_describe_object(d.classid, d.objid, 0), ', ')
    FROM pg_depend d, LATERAL pg_identify_object(d.classid, d.objid, 0) o
   WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'opcode')
     AND o.schema IS NOT NULL AND o.schema <> 'opc'}),
	'', 'every schema-bound object is in the extension schema');

# Every SQL-level function (SQL and PL/pgSQL bodies: those refer to other objects) runs with
# the extension schema off the search_path, so each inner reference must be qualified.
my $tally = q{'(self: REW 1 APP 2; other: REW 3 APP 5 OPP 3; self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)'::opc.vics_tally};
my %sample = (
	'opc.vics_tally' => $tally,
	'opc.vics_profile' => "opc.vics_tally_to_profile($tally)",
	'text:index' => q{'P-1'}, 'text:category' => q{'APP'}, 'text:who' => q{'self'},
	'text:norm_group' => q{'walker2005'}, 'text:tense' => q{'past'}, 'text:cut' => q{'norm'},
	'text:holsti_type' => q{'A'}, 'text:hint' => q{'a hint'}, 'double precision:alpha' => '0.05', 'double precision:power' => '0.8',
	'jsonb' => q{'{"P-1": 0.1}'::jsonb}, 'text:lang' => q{'en'}, 'text:options' => q{''},
	'text:body' => q{'We will help our allies. They attacked the border.'},
	'integer' => '1', 'double precision' => '0.5', 'bigint' => '1', 'boolean' => 'true');
my $calls = $node->safe_psql('postgres', qq{
  SELECT f.proname || '|' || coalesce((SELECT string_agg(format_type(t, NULL) || ':' || coalesce(p.proargnames[i], ''), ',' ORDER BY i)
                                          FROM unnest(p.proargtypes) WITH ORDINALITY a(t, i)), '')
    FROM ($ext_procs) f JOIN pg_proc p ON p.oid = f.oid JOIN pg_language l ON l.oid = f.prolang
   WHERE l.lanname IN ('sql', 'plpgsql') AND p.prorettype <> 'trigger'::regtype AND p.prokind = 'f'
   ORDER BY 1});
my ($called, @skipped) = (0);
for my $c (split /\n/, $calls) {
	my ($name, $args) = split /\|/, $c, 2;
	my @a;
	for my $arg (split /,/, $args // '') {
		my ($type, $argname) = split /:/, $arg, 2;
		my $v = $sample{"$type:$argname"} // $sample{$type};
		push @a, $v;
	}
	if (grep { !defined } @a) { push @skipped, "$name($args)"; next; }
	my $sql = "SET search_path = pg_catalog; SELECT count(*) FROM (SELECT opc.$name(" . join(', ', @a) . ")) s";
	my ($ret, $stdout, $stderr) = $node->psql('postgres', $sql);
	is($ret, 0, "opc.$name($args) runs with opc off the search_path") or diag($stderr);
	$called++;
}
ok($called >= 10, "$called SQL-level functions called");
is(join(', ', @skipped), '', 'no SQL-level function skipped for lack of a sample argument');

$node->stop;
done_testing();
