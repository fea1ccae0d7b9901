# Binary input under mutation: valid vics_tally and vics_profile send-format payloads are
# mutated (flipped bytes, special 64-bit values such as NaN, infinities, INT64_MIN and -1 in
# every 8-byte field, truncation, extension, header bytes) and fed to the receive functions
# through binary COPY.  Every mutant is either rejected with 22P03 (invalid binary
# representation) or accepted as a value that behaves like any other: it prints, reads
# back equal through text, sends back the same bytes, and its indices compute.  The server
# never crashes.  The mutants are deterministic (fixed seed).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('binary');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;
my $dir = $node->basedir . '/mutants';
mkdir $dir or die "$dir: $!";
$node->safe_psql('postgres', q{
  CREATE EXTENSION opcode;
  CREATE TABLE bt (n int, t vics_tally);
  CREATE TABLE bp (n int, p vics_profile);
});

# Valid payloads to start from.
my %base = (
	tally => [ split /\n/, $node->safe_psql('postgres', q{
	  SELECT encode(vics_tally_send(t), 'hex') FROM (VALUES
	    ('(self: REW 1 APP 2; other: REW 3 APP 5 OPP 3; self tense: past 1 future 2; other tense: past 9 present 2; sentences 12; words 340; lexicon 9f3a21c0; coder 1)'::vics_tally),
	    (vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0])),
	    ('(self: PUN 9223372036854775000; other: none; self tense: none; other tense: none; sentences 0; words 9223372036854775807; lexicon 00000000; coder 0)'::vics_tally)) v(t)}) ],
	profile => [ split /\n/, $node->safe_psql('postgres', q{
	  SELECT encode(vics_profile_send(p), 'hex') FROM (
	    SELECT vics_profile(vics_tally(ARRAY[i % 3, 0, 2 + i % 4, i % 2, 0, i % 3], ARRAY[1 + i % 2, 0, 3, i % 5, 0, i % 2]), 3) p
	      FROM generate_series(1, 9) i
	    UNION ALL
	    SELECT vics_tally_to_profile(vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0]))) s}) ]);
is(scalar @{ $base{tally} }, 3, 'three valid tally payloads');
is(scalar @{ $base{profile} }, 2, 'two valid profile payloads');

srand(20261205);
my @special = map { pack('H*', $_) } qw(7ff8000000000000 7ff0000000000000 fff0000000000000 8000000000000000
  7fffffffffffffff ffffffffffffffff 0000000000000000 0000000000000001 3ff0000000000001 bff0000000000000 8000000000000001);

sub mutants {
	my ($payload) = @_;
	my @m;
	my $len = length $payload;
	# every 8-byte field after the 4-byte header and the 6 bytes of lexicon and coder
	for (my $off = 10; $off + 8 <= $len; $off += 8) {
		for my $v (@special[ map { int(rand(@special)) } 1 .. 3 ]) {
			my $x = $payload;
			substr($x, $off, 8) = $v;
			push @m, $x;
		}
	}
	for (1 .. 40) {    # random byte flips
		my $x = $payload;
		substr($x, int(rand($len)), 1) = chr(int(rand(256))) for 1 .. 1 + int(rand(3));
		push @m, $x;
	}
	push @m, substr($payload, 0, int(rand($len))) for 1 .. 8;                  # truncated
	push @m, $payload . join('', map { chr(int(rand(256))) } 1 .. 1 + int(rand(16))) for 1 .. 4;    # extended
	for my $h (0 .. 3) {    # header: version, flags, reserved
		my $x = $payload;
		substr($x, $h, 1) = chr((ord(substr($x, $h, 1)) + 1 + int(rand(254))) % 256);
		push @m, $x;
	}
	push @m, substr($payload, 0, 4) . substr($payload, 4, 4) x 2 . substr($payload, 12);    # shifted fields
	push @m, '';
	return @m;
}

# One binary COPY file per mutant (row: n int4, the value); one psql session runs them all.
sub copy_file {
	my ($path, $n, $payload) = @_;
	open(my $fh, '>:raw', $path) or die "$path: $!";
	print $fh "PGCOPY\n\377\r\n\0", pack('NN', 0, 0), pack('n', 2), pack('NN', 4, $n),
	  pack('N', length $payload), $payload, pack('n', 0xffff);
	close $fh;
}
my ($script, $n, %count, %sent) = ('', 0);
for my $type (qw(tally profile)) {
	my $table = $type eq 'tally' ? 'bt' : 'bp';
	for my $b (@{ $base{$type} }) {
		for my $m (mutants(pack('H*', $b))) {
			$n++;
			my $path = "$dir/$type.$n";
			copy_file($path, $n, $m);
			$sent{$n} = unpack('H*', $m);
			$script .= "COPY $table FROM '$path' WITH (FORMAT binary);\n";
			$count{$type}++;
		}
	}
}
ok($count{tally} > 100 && $count{profile} > 100, "mutants: $count{tally} tallies, $count{profile} profiles");

my ($ret, $out, $err) = $node->psql('postgres', $script, extra_params => [ '-v', 'VERBOSITY=verbose', '-v', 'ON_ERROR_STOP=0' ]);
my %codes;
$codes{$1}++ while $err =~ /ERROR:\s+([0-9A-Z]{5}):/g;
my $rejected = 0;
$rejected += $_ for values %codes;
my $accepted = $node->safe_psql('postgres', 'SELECT (SELECT count(*) FROM bt) + (SELECT count(*) FROM bp)');
note('outcomes: accepted ' . $accepted . '; ' . join(', ', map { "$_ x$codes{$_}" } sort keys %codes));
is($accepted + $rejected, $n, "every one of $n mutants was accepted or rejected ($accepted accepted, $rejected rejected)");
is(join(',', grep { $_ ne '22P03' } sort keys %codes), '', 'every rejection is 22P03 (invalid binary representation)');
ok($rejected > $n / 2, 'most mutants are rejected');
is($node->safe_psql('postgres', 'SELECT 1'), '1', 'the server survived');
unlike(slurp_file($node->logfile), qr/terminated by signal|TRAP:|PANIC/, 'no crash in the server log');

# What was accepted is a proper value: text round trip, binary round trip, indices.
is($node->safe_psql('postgres', q{SELECT count(*) FROM bt WHERE t::text::vics_tally <> t}), '0',
	'accepted tallies read back equal through text');
is($node->safe_psql('postgres', q{SELECT count(*) FROM bp WHERE p::text::vics_profile <> p}), '0',
	'accepted profiles read back equal (bit for bit) through text');
my %back = map { split /\|/ } split /\n/, $node->safe_psql('postgres', q{
  SELECT n || '|' || encode(vics_tally_send(t), 'hex') FROM bt UNION ALL
  SELECT n || '|' || encode(vics_profile_send(p), 'hex') FROM bp});
my @changed = grep { $back{$_} ne $sent{$_} } sort { $a <=> $b } keys %back;
is(scalar @changed, 0, 'accepted values send back exactly the bytes received (the binary form is canonical)')
  or diag(join("\n", map { "mutant $_:\n  sent     $sent{$_}\n  sent back $back{$_}" } @changed[0 .. ($#changed < 4 ? $#changed : 4)]));
is($node->safe_psql('postgres', q{SELECT count(*) FROM bt, LATERAL vics_indices(t, NULL) i
                                   WHERE i.pooled IS NOT NULL AND NOT (i.pooled BETWEEN -1 AND 1)}),
	'0', 'indices of accepted tallies are in range');
is($node->safe_psql('postgres', q{SELECT count(*) FROM bp, LATERAL vics_indices(p) i
                                   WHERE (i.mean IS NOT NULL AND NOT (i.mean BETWEEN -1.000001 AND 1.000001))
                                      OR i.sd = 'NaN' OR i.z = 'NaN' OR i.sd = 'Infinity'}),
	'0', 'indices of accepted profiles are finite and in range');
is($node->safe_psql('postgres', q{SELECT count(*) FROM bp WHERE vics_documents_count(p) < 0 OR vics_short_documents_count(p) < 0}),
	'0', 'accepted profiles have sane document counts');

$node->stop;
done_testing();
