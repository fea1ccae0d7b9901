# The main command's SQL (demo/*.sql, what tools/demo runs) against a cluster of its own:
# every file runs without error, the materialized view holds one profile per state and
# period built from the right speeches, every table is printed, the SVG is valid XML, and
# the event tallies agree with an independent count of the shipped event file.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('demo');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;

# The demo runs from the root of the tree (its paths are relative), as tools/demo does,
# with psql's default aligned output (the framework's psql() adds -A -t).
my @files = sort glob('demo/[0-9]*.sql');
is(scalar(@files), 5, 'five demo files');
unlink 'opcode-demo.svg';
my $out = '';
for my $f (@files) {
	my ($rc, $stdout, $stderr) = $node->psql('postgres', undef,
		extra_params => [ '-v', 'ON_ERROR_STOP=1', '-P', 'pager=off', '-P', 'format=aligned',
			'-P', 'tuples_only=off', '-f', $f ]);
	is($rc, 0, "$f runs") or diag($stderr);
	is($stderr, '', "$f prints no error or warning");
	$out .= $stdout;
}

# The materialized view: 4 states x 2 periods, 3 speeches in 2013-2015 and 7 after.
is($node->safe_psql('postgres', q{
	SELECT string_agg(state || ' ' || period || ' ' || vics_documents_count(profile), E'\n' ORDER BY state, period)
	  FROM state_profile}),
	join("\n", map { ("$_ 2013-2015 3", "$_ 2016-2022 7") } ('Australia', 'China', 'Russia', 'United States')),
	'state_profile: one row per state and period, with its speeches');
is($node->safe_psql('postgres', q{SELECT relkind FROM pg_class WHERE relname = 'state_profile'}), 'm',
	'state_profile is a materialized view');
# Its pooled counts are the sums of the speeches' tallies, and every speech coded something.
is($node->safe_psql('postgres', q{
	SELECT count(*) FROM state_profile p
	 WHERE vics_pooled(p.profile) <> (SELECT vics_tally_sum(tally) FROM speech_tally s
	                                    WHERE s.state = p.state AND s.period = p.period)}),
	'0', 'pooled counts = sum of the speech tallies');
# Every statement codes something, every profile both sides; statements under 15
# utterances are the profiles' short documents.
is($node->safe_psql('postgres', q{SELECT count(*) FROM speech_tally WHERE vics_utterances_count(tally) > 0}),
	'40', 'every statement has coded utterances');
is($node->safe_psql('postgres', q{
	SELECT count(*) FROM state_profile
	 WHERE vics_utterances_count(vics_pooled(profile), 'self') > 0
	   AND vics_utterances_count(vics_pooled(profile), 'other') > 0}),
	'8', 'every profile has SELF and OTHER utterances');
is($node->safe_psql('postgres', q{
	SELECT (SELECT count(*) FROM speech_tally WHERE vics_utterances_count(tally) < 15)
	       = (SELECT sum(vics_short_documents_count(profile)) FROM state_profile)}),
	't', 'speeches under 15 utterances are the short documents of the profiles');
# The self terms work: every state's speeches have SELF utterances whose actor is one of its
# terms (not only pronouns).
is($node->safe_psql('postgres', q{
	SELECT count(DISTINCT s.iso3) FROM speech s
	  JOIN (SELECT iso3, array_agg(term) AS terms FROM self_term GROUP BY iso3) t USING (iso3),
	       LATERAL vics_utterances(s.body, t.terms) u
	 WHERE u.who = 'SELF'
	   AND EXISTS (SELECT 1 FROM unnest(t.terms) x WHERE strpos(lower(u.actor), lower(x)) > 0)}),
	'4', 'self terms produce SELF utterances for every state');

# Every table was printed, with every state in it.
for my $title ('The corpus', 'Utterances coded per statement', 'Philosophical beliefs',
	'Instrumental beliefs', 'Utility of means', 'One profile in full', 'Balance of beliefs',
	'The numbers behind one dyad', 'Leader types', 'What the states did', 'Words and deeds',
	'Target-specific', 'Provenance')
{
	like($out, qr/== \Q$title\E/, "printed: $title");
}
for my $state ('Australia', 'China', 'Russia', 'United States') {
	my $n = () = $out =~ /\Q$state\E/g;
	cmp_ok($n, '>=', 12, "$state appears in the tables");
}
my $pairs = () = $out =~ /^ 201[36]-20(15|22) \| [A-Z]{3} \/ [A-Z]{3} +\|/mg;
is($pairs, 12, 'balance of beliefs: 6 pairs in each of 2 periods');

# The picture.
ok(-s 'opcode-demo.svg', 'SVG written');
command_ok([ 'xmllint', '--noout', 'opcode-demo.svg' ], 'SVG is valid XML');
my $svg = slurp_file('opcode-demo.svg');
like($svg, qr/^\s*(<\?xml[^>]*>\s*)?<svg\b/, 'SVG root element');
for my $state ('Australia', 'China', 'Russia', 'United States') {
	for my $period ('2013-2015', '2016-2022') {
		like($svg, qr/\Q$state $period\E/, "SVG labels $state $period");
	}
}
unlink 'opcode-demo.svg';

# The event tallies against an independent count of data/events/icews_events.tsv.xz, with
# the root mapping of doc/events.md written out again here.
my %cat = (
	'02' => 'APP', '03' => 'PRO', '04' => 'APP', '05' => 'APP', '06' => 'REW', '07' => 'REW',
	'08' => 'REW', '10' => 'OPP', '11' => 'OPP', '12' => 'OPP', '13' => 'THR', '14' => 'OPP',
	'15' => 'THR', '16' => 'PUN', '17' => 'PUN', '18' => 'PUN', '19' => 'PUN', '20' => 'PUN');
my %four = map { $_ => 1 } ('United States', 'Russia', 'China', 'Australia');
my %want;
open my $ev, '-|', 'xz', '-dc', 'data/events/icews_events.tsv.xz' or die $!;
my $rows = 0;
while (my $l = <$ev>) {
	chomp $l;
	my (undef, $date, undef, $src, $code, undef, $tgt) = split /\t/, $l, -1;
	$rows++;
	next if $src eq $tgt;
	my $c = $cat{ substr($code, 0, 2) } or next;
	my $period = $date lt '2016-01-01' ? '2013-2015' : '2016-2022';
	$want{"$src|$period|self|$c"}++ if $four{$src};
	$want{"$tgt|$period|other|$c"}++ if $four{$tgt};
}
close $ev;
is($rows, 6018, 'event file rows');
my $expect = join("\n", map { "$_|$want{$_}" } sort keys %want);
is($node->safe_psql('postgres', q{
	SELECT string_agg(state || '|' || period || '|' || who || '|' || category || '|' || count, E'\n'
	                  ORDER BY state || '|' || period || '|' || who || '|' || category)
	  FROM state_deeds, LATERAL vics_counts(deeds)
	 WHERE count > 0}),
	$expect, 'event tallies = independent count of the event file');

$node->stop;
done_testing();
