# Lexicon edits reach every session at once, without reconnecting: while one session
# keeps coding, another adds, recategorizes, overrides and deletes entries in
# vics_lexicon_user (and adds an irregular form); after each commit the first session's
# vics_code results and the lexicon hash its tallies record change, an uncommitted or
# rolled-back edit changes nothing for the others (and is forgotten by its own session
# after ROLLBACK), and reverting every edit restores the original results and hash exactly.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('lexicon_sessions');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION opcode');

my $coder = $node->background_psql('postgres');	# codes, never reconnects
my $editor = $node->background_psql('postgres', on_error_stop => 0);	# edits the lexicon
my $coder_pid = $coder->query_safe('SELECT pg_backend_pid()');

# "OTHER counts;lexicon hash in the tally;vics_lexicon_version()" for a text, as the
# coding session sees it
sub coded {
	my ($session, $text) = @_;
	return $session->query_safe(qq{
	  SELECT concat(array_to_string(ARRAY(SELECT k || '=' || vics_count(t, 'OTHER', k)
	                                       FROM unnest('{REW,PRO,APP,OPP,THR,PUN}'::text[]) k
	                                      WHERE vics_count(t, 'OTHER', k) > 0), ' '),
	                ';', vics_lexicon_version(t), ';', vics_lexicon_version())
	    FROM vics_code('$text') t});
}
sub counts { (split /;/, $_[0], -1)[0] }
sub hash { (split /;/, $_[0], -1)[1] }

my $befriend = 'They befriended us.';
my $attack = 'They attacked us.';
my $smite = 'They smote us.';

my %start = (befriend => coded($coder, $befriend), attack => coded($coder, $attack), smite => coded($coder, $smite));
my $h0 = hash($start{attack});
like($h0, qr/^[0-9a-f]{8}$/, "tallies record the lexicon hash ($h0)");
like($start{attack}, qr/^PUN=1;$h0;$h0$/, 'shipped: "attacked" codes OTHER PUN; tally and vics_lexicon_version() agree');
is($start{befriend}, ";$h0;$h0", '"befriend" is not in the shipped lexicon: nothing coded');
is($start{smite}, ";$h0;$h0", '"smote" is not coded either');

# add
$editor->query_safe(q{INSERT INTO vics_lexicon_user (entry, category, note) VALUES ('befriend', 'APP', 'test')});
my $r = coded($coder, $befriend);
is(counts($r), 'APP=1', 'INSERT in another session: "befriended" codes OTHER APP at once');
my $h1 = hash($r);
isnt($h1, $h0, "the tally's lexicon hash changes ($h1)");
like($r, qr/;$h1$/, 'vics_lexicon_version() agrees');

# recategorize
$editor->query_safe(q{UPDATE vics_lexicon_user SET category = 'PUN' WHERE entry = 'befriend'});
$r = coded($coder, $befriend);
is(counts($r), 'PUN=1', 'UPDATE: "befriended" now codes OTHER PUN');
my $h2 = hash($r);
ok($h2 ne $h1 && $h2 ne $h0, "the hash changes again ($h2)");

# override and delete shipped entries
$editor->query_safe(q{INSERT INTO vics_lexicon_user (entry, category) VALUES ('attack', 'APP')});
is(counts(coded($coder, $attack)), 'APP=1', 'an override of a shipped entry: "attacked" codes OTHER APP');
$editor->query_safe(q{UPDATE vics_lexicon_user SET category = NULL WHERE entry = 'attack'});
is(counts(coded($coder, $attack)), '', 'category NULL deletes the shipped entry: "attacked" is not coded');
is($coder->query_safe(q{SELECT count(*) FROM vics_lexicon WHERE entry = 'attack'}), '0', 'and vics_lexicon no longer lists it');

# an irregular form needs its head verb and the form
$editor->query_safe(q{INSERT INTO vics_lexicon_user (entry, category) VALUES ('smite', 'PUN')});
is(counts(coded($coder, $smite)), '', '"smite" added, but "smote" is not a regular form');
$editor->query_safe(q{INSERT INTO vics_irregular (form, lemma) VALUES ('smote', 'smite')});
is(counts(coded($coder, $smite)), 'PUN=1', 'INSERT into vics_irregular: "smote" codes OTHER PUN');

# transactions: others see a change only once it is committed; a rollback is forgotten
my $before = coded($coder, $befriend);
$editor->query_safe(q{BEGIN; UPDATE vics_lexicon_user SET category = 'REW' WHERE entry = 'befriend'});
is(coded($coder, $befriend), $before, 'uncommitted UPDATE: the other session codes as before');
is(counts(coded($editor, $befriend)), 'REW=1', 'the editing session sees its own uncommitted edit');
$editor->query_safe('ROLLBACK');
is(coded($editor, $befriend), $before, 'after ROLLBACK the editing session codes as before');
is(coded($coder, $befriend), $before, 'and so does the other');
$editor->query_safe(q{BEGIN; UPDATE vics_lexicon_user SET category = 'REW' WHERE entry = 'befriend'});
$editor->query_safe('COMMIT');
is(counts(coded($coder, $befriend)), 'REW=1', 'after COMMIT the other session codes the edit');

# revert everything: the original results and hash come back exactly
$editor->query_safe(q{DELETE FROM vics_irregular WHERE form = 'smote'; DELETE FROM vics_lexicon_user});
is(coded($coder, $befriend), $start{befriend}, 'reverted: "befriended" as at the start');
is(coded($coder, $attack), $start{attack}, 'reverted: "attacked" as at the start, hash back to the original');
is(coded($coder, $smite), $start{smite}, 'reverted: "smote" as at the start');

# the coding session never reconnected
is($coder->query_safe('SELECT pg_backend_pid()'), $coder_pid, 'all of it in one coding session (same backend)');

# the shipped table cannot be edited directly, and unknown categories are refused
my ($out, $failed) = $editor->query(q{UPDATE vics_lexicon_shipped SET category = 'APP' WHERE entry = 'attack'});
ok($failed, 'the shipped lexicon is read-only');
like($editor->{stderr}, qr/vics_lexicon_shipped is read-only/, 'with a clear message');
$editor->{stderr} = '';
($out, $failed) = $editor->query(q{INSERT INTO vics_lexicon_user (entry, category) VALUES ('befriend', 'NICE')});
ok($failed, 'an unknown category is refused');
like($editor->{stderr}, qr/violates check constraint "category must be one of REW PRO APP OPP THR PUN, or NULL"/,
	'by a constraint whose name says what is allowed');

$coder->quit;
$editor->quit;
$node->stop;
done_testing();
