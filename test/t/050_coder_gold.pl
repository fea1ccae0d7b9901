# The coder against the gold sentences of ../shared/data/gold/dev.jsonl, scored by
# test/gold/evaluate: fails below the floors of issue 2 (detection F1 0.85, full-agreement
# F1 0.75).  Also checks, over the same sentences, that vics_utterances and vics_code count
# the same utterances.  Skipped when the data directory is not there.
use strict;
use warnings;
use Cwd qw(abs_path);
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $data = $ENV{OPCODE_DATA} // (abs_path('..') . '/shared/data');
my $gold = "$data/gold/dev.jsonl";
plan skip_all => "no gold file at $gold (set OPCODE_DATA)" unless -r $gold;

my $node = PostgreSQL::Test::Cluster->new('coder_gold');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION opcode');

my ($out, $err);
IPC::Run::run([ 'bash', 'test/gold/evaluate', '--db', $node->connstr('postgres'), '--errors', $gold ],
	'>', \$out, '2>', \$err)
  or BAIL_OUT("evaluate failed: $err");
note $out;
is($err, '', 'evaluate: no warnings (every coded verb has offsets on a word of the sentence)');

my ($det) = $out =~ /^detection:\s+P \S+\s+R \S+\s+F1 (\S+)/m;
my ($full) = $out =~ /^full agreement:\s+P \S+\s+R \S+\s+F1 (\S+)/m;
ok(defined $det && $det =~ /^[\d.]+$/ && $det >= 0.85, "detection F1 $det >= 0.85");
ok(defined $full && $full =~ /^[\d.]+$/ && $full >= 0.75, "full-agreement F1 $full >= 0.75");
diag("dev.jsonl: detection F1 $det, full-agreement F1 $full");

# vics_utterances and vics_code agree on every sentence (and on all of them at once)
my ($rows) = ('');
IPC::Run::run([ 'perl', 'test/gold/score', '--rows', $gold ], '>', \$rows, '2>', \$err) or die $err;
$node->safe_psql('postgres', 'CREATE TABLE gold (id text, body text, self_terms text[])');
IPC::Run::run([ 'psql', '-XAtq', '-v', 'ON_ERROR_STOP=1', '-d', $node->connstr('postgres'), '-c', 'COPY gold FROM STDIN' ],
	'<', \$rows, '>', \$out, '2>', \$err)
  or die $err;
my $mismatch = $node->safe_psql('postgres', q{
  SELECT string_agg(DISTINCT id, ' ')
    FROM (SELECT g.id, vics_count(vics_code(g.body, g.self_terms), w, k) AS coded,
                 (SELECT count(*) FROM vics_utterances(g.body, g.self_terms) u
                   WHERE u.who = w AND u.category = k) AS listed
            FROM gold g, unnest('{SELF,OTHER}'::text[]) w, unnest('{REW,PRO,APP,OPP,THR,PUN}'::text[]) k) s
   WHERE coded <> listed
});
is($mismatch, '', 'vics_utterances counts equal vics_code on every gold sentence');
my $total = $node->safe_psql('postgres',
	q{SELECT (SELECT count(*) FROM gold, vics_utterances(body, self_terms)) = (SELECT sum(vics_utterances_count(vics_code(body, self_terms))) FROM gold)});
is($total, 't', 'and in total');

$node->stop;
done_testing();
