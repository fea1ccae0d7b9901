# Packaging: the version lives in opcode.control only; META.json (PGXN) must agree with it,
# LICENSE and CHANGELOG.md must exist and the CHANGELOG must have a section for the version,
# and the installed extension must report that version.
use strict;
use warnings;
use JSON::PP;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

sub slurp { my ($f) = @_; open(my $fh, '<', $f) or return undef; local $/; my $s = <$fh>; close $fh; return $s; }

my $control = slurp('opcode.control');
ok(defined $control, 'opcode.control readable');
my @versions = ($control =~ /^\s*default_version\s*=\s*'([^']*)'/mg);
is(scalar @versions, 1, 'exactly one default_version in opcode.control');
my $version = $versions[0] // '';
like($version, qr/^\d+\.\d+(\.\d+)?$/, "control version '$version' is MAJOR.MINOR[.PATCH]");

# PGXN wants semantic versions: 1.0 in the control file is 1.0.0 in META.json.
my $semver = $version =~ /^\d+\.\d+$/ ? "$version.0" : $version;

my $meta_text = slurp('META.json');
ok(defined $meta_text, 'META.json exists');
my $meta = eval { JSON::PP->new->decode($meta_text) };
ok($meta, 'META.json is valid JSON') or diag($@);
$meta //= {};
for my $k (qw(name abstract version maintainer license provides meta-spec)) {
	ok(exists $meta->{$k}, "META.json has required key '$k'");
}
is($meta->{name}, 'opcode', 'META.json name');
is($meta->{version}, $semver, 'META.json version equals opcode.control');
is($meta->{license}, 'postgresql', 'META.json licence is postgresql');
is($meta->{'meta-spec'}{version}, '1.0.0', 'META.json meta-spec 1.0.0');
my $p = $meta->{provides}{opcode} // {};
is($p->{version}, $semver, 'META.json provides.opcode.version equals opcode.control');
is($p->{file}, "sql/opcode--$version.sql", 'provides.opcode.file is the install script of this version');
ok(-f $p->{file}, "$p->{file} is built") if $p->{file};
ok(!defined $p->{docfile} || -f $p->{docfile}, 'provides.opcode.docfile exists');
like($meta->{abstract} // '', qr/\S/, 'META.json abstract not empty');

my $license = slurp('LICENSE') // '';
like($license, qr/PostgreSQL License/, 'LICENSE is the PostgreSQL licence');
like($license, qr/opcode developers/, 'LICENSE names the opcode developers');

my $changelog = slurp('CHANGELOG.md') // '';
like($changelog, qr/^##\s+\Q$version\E\b/m, "CHANGELOG.md has a section for $version");

# No other file may carry the version: the Makefile derives EXTVERSION from the control file.
my $makefile = slurp('Makefile') // '';
like($makefile, qr/^EXTVERSION\s*=\s*\$\(shell .*opcode\.control/m, 'Makefile reads the version from opcode.control');

my $node = PostgreSQL::Test::Cluster->new('packaging');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;
is($node->safe_psql('postgres', "SELECT default_version FROM pg_available_extensions WHERE name = 'opcode'"),
	$version, 'installed control file offers this version');
$node->safe_psql('postgres', 'CREATE EXTENSION opcode');
is($node->safe_psql('postgres', "SELECT extversion FROM pg_extension WHERE extname = 'opcode'"),
	$version, 'CREATE EXTENSION installs this version');
$node->stop;
done_testing();
