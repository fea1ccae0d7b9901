# The gold evaluator scores what it should: test/gold/sample.jsonl (sentences of our own,
# coded by hand) against a perfect prediction and against an imperfect one whose figures
# were worked out by hand, both through the scorer alone and through the whole
# test/gold/evaluate pipeline (psql, COPY escaping, UTF-8 byte offsets) with a stand-in
# coder function that returns those predictions.  The real coder is scored in 050.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $dir = 'test/gold';
my $gold = "$dir/sample.jsonl";

sub score {
	my ($pred, @opt) = @_;
	my ($out, $err) = run_score($gold, $pred, @opt);
	return ($out, $err);
}

sub run_score {
	my @args = @_;
	my ($stdout, $stderr);
	IPC::Run::run([ 'perl', "$dir/score", @args ], '>', \$stdout, '2>', \$stderr)
	  or die "score @args failed: $stderr";
	return ($stdout, $stderr);
}

# every figure the scorer prints, as name => value
sub figures {
	my ($out) = @_;
	my %f;
	@f{qw(det_p det_r det_f matched extra missed)} =
	  $out =~ /^detection:\s+P (\S+)\s+R (\S+)\s+F1 (\S+)\s+\(matched (\d+), extra (\d+), missed (\d+)\)/m;
	($f{who}) = $out =~ /^SELF\/OTHER agreement on matches: (\S+)/m;
	($f{cat}) = $out =~ /^category agreement on matches:\s+(\S+)/m;
	($f{tense}) = $out =~ /^tense agreement on matches:\s+(\S+)/m;
	($f{neg}) = $out =~ /^negation agreement on matches:\s+(\S+)/m;
	@f{qw(full_p full_r full_f full_n)} =
	  $out =~ /^full agreement:\s+P (\S+)\s+R (\S+)\s+F1 (\S+)\s+\((\d+) fully right\)/m;
	while ($out =~ /^\s*(REW|PRO|APP|OPP|THR|PUN|-)((?:\s+\d+){6,7})\s*$/mg) {
		$f{"conf $1"} = join ' ', split ' ', $2;
	}
	return \%f;
}

# --- perfect prediction: everything 1, the confusion matrix diagonal
my ($out, $err) = score("$dir/sample_perfect.tsv");
is($err, '', 'perfect prediction: no warnings');
my $f = figures($out);
is_deeply([ @$f{qw(det_p det_r det_f who cat tense neg full_p full_r full_f)} ], [ ('1.0000') x 10 ],
	'perfect prediction scores 1.0 everywhere');
is_deeply([ @$f{qw(matched extra missed full_n)} ], [ 15, 0, 0, 15 ], 'perfect prediction: 15 of 15 matched');
is($f->{'conf APP'}, '0 0 7 0 0 0 0', 'perfect prediction: confusion diagonal (APP)');
is($f->{'conf -'}, '0 0 0 0 0 0', 'perfect prediction: no extras');

# --- imperfect prediction (sample_imperfect.tsv), worked out by hand:
#   gold 15 utterances; coder 16 = 13 matched + 3 extra (a second coding of s04 help#1,
#   the question s07, the wished-for "act" in s11); missed 2 (s02 attacked#2, s08 welcome).
#   detection P 13/16 = .8125, R 13/15 = .8667, F1 26/31 = .8387
#   SELF/OTHER wrong on s01 support: 12/13 = .9231
#   category wrong on s03 (OPP->APP), s09 (PUN->THR), s10 (APP->THR): 10/13 = .7692
#   tense wrong on s12: 12/13; negation wrong on s03, s10: 11/13 = .8462
#   fully right 13 - 1 - 3 = 9: P 9/16 = .5625, R 9/15 = .6, F1 18/31 = .5806
my $expect = {
	det_p => '0.8125', det_r => '0.8667', det_f => '0.8387', matched => 13, extra => 3, missed => 2,
	who => '0.9231', cat => '0.7692', tense => '0.9231', neg => '0.8462',
	full_p => '0.5625', full_r => '0.6000', full_f => '0.5806', full_n => 9,
	'conf REW' => '2 0 0 0 0 0 0',
	'conf PRO' => '0 1 0 0 0 0 0',
	'conf APP' => '0 0 5 0 1 0 1',
	'conf OPP' => '0 0 1 1 0 0 0',
	'conf THR' => '0 0 0 0 0 0 0',
	'conf PUN' => '0 0 0 0 1 1 1',
	'conf -'   => '2 0 1 0 0 0',
};
($out, $err) = score("$dir/sample_imperfect.tsv", '--errors');
is($err, '', 'imperfect prediction: no warnings');
is_deeply(figures($out), $expect, 'imperfect prediction: hand-computed figures');
like($out, qr/^s04: .*\n\s+extra\s+help#1 /m, 'errors list the duplicate coding as an extra');
like($out, qr/^\s+missed\s+attacked#2 /m, 'errors list the missed second occurrence');
like($out, qr/^\s+wrong\s+support#1\s+gold SELF APP .* coder OTHER APP/m, 'errors list the wrong SELF/OTHER');
unlike($out, qr/^s05:/m, 'a sentence with nothing to code and nothing coded is not listed');

# --- offsets that are not a word: counted as extras, with a warning each
my $bad = PostgreSQL::Test::Utils::tempdir() . '/bad.tsv';
open my $fh, '>', $bad or die;
print $fh join("\t", 's04', 12, 16, 'help', 'help', 'we', 'SELF', 'REW', 'present', 'f'), "\n";	# inside self-help
print $fh join("\t", 's04', 60, 99, 'help', 'help', 'we', 'SELF', 'REW', 'present', 'f'), "\n";	# past the end
print $fh join("\t", 's01', 2, 10, 'x', 'x', 'we', 'SELF', 'APP', 'present', 'f'), "\n";	# splits "ô"
close $fh;
($out, $err) = score($bad);
$f = figures($out);
is_deeply([ @$f{qw(matched extra missed)} ], [ 0, 3, 15 ], 'bad offsets match nothing');
like($err, qr/s04: offsets of "help" start inside a word/, 'warning: offsets inside a word');
like($err, qr/s04: offsets \[60, 99\) of "help" are not a word/, 'warning: offsets past the end');
like($err, qr/s01: offsets \[2, 10\) of "x" are not a word/, 'warning: offsets splitting a character');

# --- the whole pipeline through psql, with a stand-in coder returning the predictions
my $node = PostgreSQL::Test::Cluster->new('gold_scorer');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;
my $rows = (run_score('--rows', $gold))[0];
$node->safe_psql('postgres', q{
  CREATE TABLE sample (id text PRIMARY KEY, body text, self_terms text[]);
  CREATE TABLE pred (set text, id text, verb_start int, verb_end int, verb text, lemma text,
                     actor text, who text, category text, tense text, negated bool);
});
sub copy_in {
	my ($table, $data) = @_;
	my ($stdout, $stderr);
	IPC::Run::run([ 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', $node->connstr('postgres'),
		'-c', "COPY $table FROM STDIN" ], '<', \$data, '>', \$stdout, '2>', \$stderr)
	  or die "copy into $table: $stderr";
}
copy_in('sample', $rows);
for my $set (qw(perfect imperfect)) {
	open my $p, '<', "$dir/sample_$set.tsv" or die;
	local $/;
	my $data = <$p>;
	$data =~ s/^/$set\t/mg;
	copy_in('pred', $data);
}
# the stand-in finds its predictions by the sentence text and checks the self terms
# arrived intact (quotes, backslash, comma, braces in s06)
$node->safe_psql('postgres', q{
  CREATE FUNCTION stand_in(body text, self_terms text[], other_terms text[] DEFAULT NULL,
                           lang text DEFAULT 'en', options text DEFAULT '')
  RETURNS TABLE (sentence int, verb_start int, verb_end int, verb text, lemma text, actor text,
                 who text, category text, tense text, negated bool)
  LANGUAGE sql STABLE AS $$
    SELECT 1, p.verb_start, p.verb_end, p.verb, p.lemma, p.actor, p.who, p.category, p.tense, p.negated
      FROM sample s JOIN pred p USING (id)
     WHERE s.body = $1 AND s.self_terms = $2 AND p.set = coalesce(nullif($5, ''), 'perfect')
  $$;
});
sub evaluate {
	my @opt = @_;
	my ($stdout, $stderr);
	IPC::Run::run([ 'bash', "$dir/evaluate", '--db', $node->connstr('postgres'), '--function', 'stand_in', @opt, $gold ],
		'>', \$stdout, '2>', \$stderr)
	  or die "evaluate failed: $stderr";
	return ($stdout, $stderr);
}
($out, $err) = evaluate();
is($err, '', 'evaluate (perfect stand-in): no warnings');
is(figures($out)->{full_f}, '1.0000', 'evaluate: perfect stand-in scores 1.0');
is(figures($out)->{matched}, 15, 'evaluate: every sentence reached the stand-in with its self terms');
($out, $err) = evaluate('--options', 'imperfect', '--errors');
is_deeply(figures($out), $expect, 'evaluate: imperfect stand-in gives the hand-computed figures');
like($out, qr/^evaluated: stand_in over .* \(options: imperfect\)$/m, 'evaluate names what it scored');

# the scorer is the pipeline's only judge: the same predictions scored directly agree
my $saved = PostgreSQL::Test::Utils::tempdir() . '/saved.tsv';
evaluate('--options', 'imperfect', '--save', $saved);
my ($direct) = score($saved);
my ($file) = score("$dir/sample_imperfect.tsv");
is($direct, $file, 'predictions saved from the database score like the file they came from');

# a missing coder function is a clean failure, not a score
my ($stdout, $stderr);
ok(!IPC::Run::run([ 'bash', "$dir/evaluate", '--db', $node->connstr('postgres'), '--function', 'no_such_coder', $gold ],
	'>', \$stdout, '2>', \$stderr), 'evaluate fails when the coder function is missing');
like($stderr, qr/function no_such_coder.* does not exist/, 'and says why');

$node->stop;
done_testing();
