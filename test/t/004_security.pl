# Security: (1) who may edit opcode's tables: everyone reads, only the owner and members of
# opcode_editor write, nobody but the owner alters or drops; (2) a hostile search_path cannot
# hijack opcode: an attacker's schema placed before pg_catalog shadows the built-in
# functions and operators opcode could use, plus opcode's own names, and a temporary view
# shadows the norms table; every opcode function, called schema-qualified, still gives
# exactly the results of a clean session, and none of the shadows ever runs.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('security');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;
my $db = 'postgres';
$node->safe_psql($db, q{
  CREATE EXTENSION opcode;
  CREATE ROLE alice LOGIN;
  CREATE ROLE eve LOGIN;
  CREATE ROLE ed LOGIN IN ROLE opcode_editor;
  CREATE SCHEMA evil AUTHORIZATION eve;
  GRANT USAGE ON SCHEMA evil TO PUBLIC;
});

# Runs SQL as a role; returns (sqlstate or '', stdout).
sub as_role {
	my ($role, $sql) = @_;
	my ($ret, $out, $err) = $node->psql($db, "SET ROLE $role;\n$sql", extra_params => [ '-v', 'VERBOSITY=verbose' ]);
	my ($state) = ($err // '') =~ /ERROR:\s+([0-9A-Z]{5}):/;
	return ($state // ($ret ? 'error' : ''), $out, $err);
}

# ---------------------------------------------------------------- privileges
my $ext_tables = q{
  SELECT format('%I.%I', n.nspname, c.relname), c.oid = ANY ((SELECT extconfig FROM pg_extension WHERE extname = 'opcode')::oid[])
    FROM pg_depend d JOIN pg_class c ON c.oid = d.objid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'opcode') AND c.relkind IN ('r', 'p')
   ORDER BY 1};
# Curators edit the tables whose users' rows pg_dump keeps (extconfig); the others hold
# shipped data only and are read-only for everyone.
my %editable = map { my ($t, $d) = split /\|/; ($t => $d eq 't') } split /\n/, $node->safe_psql($db, $ext_tables);
my @tables = sort keys %editable;
ok(scalar(grep { $editable{$_} } @tables) >= 1 && scalar(grep { !$editable{$_} } @tables) >= 0,
	'editable tables: ' . join(', ', grep { $editable{$_} } @tables) . '; read-only: ' . join(', ', grep { !$editable{$_} } @tables));
ok(scalar(grep { $_ eq 'public.vics_norms' } @tables), 'tables of the extension: ' . join(', ', @tables));

for my $t (@tables) {
	# the columns a user can write (generated columns cannot be)
	my $cols = $node->safe_psql($db, "SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute
	                                   WHERE attrelid = '$t'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''");
	my ($col) = split /, /, $cols;
	# privilege checks happen at plan time, so "WHERE false" tests them without changing data
	my %stmt = (
		select => "SELECT count(*) FROM $t",
		insert => "INSERT INTO $t ($cols) SELECT $cols FROM $t WHERE false",
		update => "UPDATE $t SET $col = $col WHERE false",
		delete => "DELETE FROM $t WHERE false",
		truncate => "TRUNCATE $t",
		alter => "ALTER TABLE $t DISABLE TRIGGER USER",
		drop => "DROP TABLE $t");
	my %want = (
		alice => { select => '', insert => '42501', update => '42501', delete => '42501', truncate => '42501', alter => '42501', drop => '42501' },
		ed => $editable{$t}
		  ? { select => '', insert => '', update => '', delete => '', truncate => '42501', alter => '42501', drop => '42501' }
		  : { select => '', insert => '42501', update => '42501', delete => '42501', truncate => '42501', alter => '42501', drop => '42501' });
	for my $role (qw(alice ed)) {
		for my $op (qw(select insert update delete truncate alter drop)) {
			my ($state) = as_role($role, "BEGIN; $stmt{$op}; ROLLBACK;");
			is($state, $want{$role}{$op}, "$role $op on $t: " . ($want{$role}{$op} || 'allowed'));
		}
	}
}

# The real thing: a curator adds a norming group, an ordinary user reads it and cannot
# change it, and the shipped group stays protected even for the curator.
my ($st) = as_role('ed', q{INSERT INTO vics_norms VALUES ('curated', 'P-1', 0.2, 0.1, 5, 'test'), ('curated', 'I-1', 0.3, 0.2, 5, 'test')});
is($st, '', 'opcode_editor member adds a norming group');
my $p = q{(SELECT vics_profile(t) FROM (VALUES (vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0])), (vics_tally(ARRAY[0,0,1,1,0,0], ARRAY[1,0,0,2,0,1]))) s(t))};
my ($st2, $out) = as_role('alice', "SELECT round(z::numeric, 6) FROM vics_indices($p, 'curated') WHERE index = 'P-1'");
is($st2, '', 'ordinary user computes z-scores against the curated group');
# P-1 per document: (8-3)/11 = 0.454545 and (1-3)/4 = -0.5, mean -0.0227273; z = (mean - 0.2) / 0.1
is($out, '-2.227273', 'z against the curated group is right');
if ($node->safe_psql($db, q{SELECT to_regproc('vics_code') IS NOT NULL}) eq 't') {
	# coding reads the lexicon tables as the calling user
	my ($cs, $coded) = as_role('alice', q{SELECT vics_utterances_count(vics_code('We will help our allies. They attacked the border.', ARRAY['we']))});
	is($cs, '', 'an ordinary user codes texts (reads the lexicon)');
	ok($coded >= 1, "and the text is coded ($coded utterances)");
}
($st) = as_role('alice', q{UPDATE vics_norms SET mean = 0 WHERE group_name = 'curated'});
is($st, '42501', 'ordinary user cannot change the curated group');
($st) = as_role('ed', q{UPDATE vics_norms SET mean = 0 WHERE group_name = 'walker2005'});
is($st, '23001', 'nobody changes the shipped norming group (trigger), not even a curator');
($st) = as_role('eve', q{CREATE OR REPLACE FUNCTION public.vics_p1(public.vics_tally) RETURNS float8 LANGUAGE sql RETURN 42});
is($st, '42501', 'a non-owner cannot replace an opcode function');
($st) = as_role('eve', q{CREATE FUNCTION public.vics_p9(public.vics_tally) RETURNS float8 LANGUAGE sql RETURN 42});
is($st, '42501', 'a non-owner cannot add functions to the extension schema (PostgreSQL 15 public)');
is($node->safe_psql($db, q{SELECT count(*) FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
                              JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'opcode' WHERE p.prosecdef}),
	'0', 'no SECURITY DEFINER function to escalate through');

# ---------------------------------------------------------------- search_path hijack
# eve's schema shadows built-ins opcode might call and opcode's own names; each shadow
# raises, so any use of it is an error that the comparison below sees.
$node->safe_psql($db, q{
SET ROLE eve;
CREATE FUNCTION evil.gotcha(what text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'hijacked: %', what; END $$;
CREATE FUNCTION evil.f_text(text) RETURNS text LANGUAGE sql AS $$ SELECT evil.gotcha('text fn') $$;
CREATE FUNCTION evil.b_text2(text, text) RETURNS boolean LANGUAGE sql AS $$ SELECT evil.gotcha('text op')::boolean $$;
CREATE FUNCTION evil.t_text2(text, text) RETURNS text LANGUAGE sql AS $$ SELECT evil.gotcha('text op') $$;
CREATE FUNCTION evil.d_f8(float8, float8) RETURNS float8 LANGUAGE sql AS $$ SELECT evil.gotcha('float8 op')::float8 $$;
CREATE FUNCTION evil.b_f8(float8, float8) RETURNS boolean LANGUAGE sql AS $$ SELECT evil.gotcha('float8 cmp')::boolean $$;
CREATE FUNCTION evil.b_i4(int, int) RETURNS boolean LANGUAGE sql AS $$ SELECT evil.gotcha('int cmp')::boolean $$;
CREATE FUNCTION evil.b_i8(bigint, bigint) RETURNS boolean LANGUAGE sql AS $$ SELECT evil.gotcha('bigint cmp')::boolean $$;
CREATE FUNCTION evil.b_tally(public.vics_tally, public.vics_tally) RETURNS boolean LANGUAGE sql AS $$ SELECT evil.gotcha('tally cmp')::boolean $$;
CREATE FUNCTION evil.t_tally(public.vics_tally, public.vics_tally) RETURNS public.vics_tally LANGUAGE sql AS $$ SELECT evil.gotcha('tally +')::public.vics_tally $$;
CREATE OPERATOR evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.b_text2);
CREATE OPERATOR evil.<> (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.b_text2);
CREATE OPERATOR evil.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.t_text2);
CREATE OPERATOR evil.~~ (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.b_text2);
CREATE OPERATOR evil.+ (LEFTARG = float8, RIGHTARG = float8, FUNCTION = evil.d_f8);
CREATE OPERATOR evil.- (LEFTARG = float8, RIGHTARG = float8, FUNCTION = evil.d_f8);
CREATE OPERATOR evil.* (LEFTARG = float8, RIGHTARG = float8, FUNCTION = evil.d_f8);
CREATE OPERATOR evil./ (LEFTARG = float8, RIGHTARG = float8, FUNCTION = evil.d_f8);
CREATE OPERATOR evil.< (LEFTARG = float8, RIGHTARG = float8, FUNCTION = evil.b_f8);
CREATE OPERATOR evil.> (LEFTARG = float8, RIGHTARG = float8, FUNCTION = evil.b_f8);
CREATE OPERATOR evil.= (LEFTARG = int, RIGHTARG = int, FUNCTION = evil.b_i4);
CREATE OPERATOR evil.= (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = evil.b_i8);
CREATE OPERATOR evil.= (LEFTARG = public.vics_tally, RIGHTARG = public.vics_tally, FUNCTION = evil.b_tally);
CREATE OPERATOR evil.+ (LEFTARG = public.vics_tally, RIGHTARG = public.vics_tally, FUNCTION = evil.t_tally);
CREATE FUNCTION evil.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT evil.gotcha('lower') $$;
CREATE FUNCTION evil.upper(text) RETURNS text LANGUAGE sql AS $$ SELECT evil.gotcha('upper') $$;
CREATE FUNCTION evil.btrim(text) RETURNS text LANGUAGE sql AS $$ SELECT evil.gotcha('btrim') $$;
CREATE FUNCTION evil.length(text) RETURNS int LANGUAGE sql AS $$ SELECT evil.gotcha('length')::int $$;
CREATE FUNCTION evil.substr(text, int) RETURNS text LANGUAGE sql AS $$ SELECT evil.gotcha('substr') $$;
CREATE FUNCTION evil.substr(text, int, int) RETURNS text LANGUAGE sql AS $$ SELECT evil.gotcha('substr') $$;
CREATE FUNCTION evil.format(text) RETURNS text LANGUAGE sql AS $$ SELECT evil.gotcha('format') $$;
CREATE FUNCTION evil.format(text, text) RETURNS text LANGUAGE sql AS $$ SELECT evil.gotcha('format') $$;
CREATE FUNCTION evil.unnest(text[]) RETURNS SETOF text LANGUAGE sql AS $$ SELECT evil.gotcha('unnest') $$;
CREATE FUNCTION evil.sqrt(float8) RETURNS float8 LANGUAGE sql AS $$ SELECT evil.gotcha('sqrt')::float8 $$;
CREATE FUNCTION evil.abs(float8) RETURNS float8 LANGUAGE sql AS $$ SELECT evil.gotcha('abs')::float8 $$;
CREATE FUNCTION evil.round(float8) RETURNS float8 LANGUAGE sql AS $$ SELECT evil.gotcha('round')::float8 $$;
CREATE FUNCTION evil.exp(float8) RETURNS float8 LANGUAGE sql AS $$ SELECT evil.gotcha('exp')::float8 $$;
CREATE FUNCTION evil.ln(float8) RETURNS float8 LANGUAGE sql AS $$ SELECT evil.gotcha('ln')::float8 $$;
CREATE FUNCTION evil.set_config(text, text, boolean) RETURNS text LANGUAGE sql AS $$ SELECT evil.gotcha('set_config') $$;
CREATE FUNCTION evil.current_setting(text) RETURNS text LANGUAGE sql AS $$ SELECT evil.gotcha('current_setting') $$;
CREATE FUNCTION evil.vics_index(public.vics_tally, text) RETURNS float8 LANGUAGE sql AS $$ SELECT evil.gotcha('vics_index')::float8 $$;
CREATE FUNCTION evil.vics_index(public.vics_profile, text) RETURNS float8 LANGUAGE sql AS $$ SELECT evil.gotcha('vics_index')::float8 $$;
CREATE FUNCTION evil.vics_descriptor(text, float8, float8) RETURNS text LANGUAGE sql AS $$ SELECT evil.gotcha('vics_descriptor') $$;
CREATE FUNCTION evil.vics_index_values(public.vics_profile, OUT ord int, OUT index text, OUT pooled float8, OUT mean float8, OUT sd float8, OUT n bigint)
  RETURNS SETOF record LANGUAGE sql AS $$ SELECT 1, evil.gotcha('vics_index_values'), 0::float8, 0::float8, 0::float8, 0::bigint $$;
CREATE FUNCTION evil.vics_pooled(public.vics_profile) RETURNS public.vics_tally LANGUAGE sql AS $$ SELECT evil.gotcha('vics_pooled')::public.vics_tally $$;
CREATE FUNCTION evil.vics_count(public.vics_tally, text, text) RETURNS bigint LANGUAGE sql AS $$ SELECT evil.gotcha('vics_count')::bigint $$;
CREATE TABLE evil.vics_norms AS SELECT * FROM public.vics_norms WHERE false;
INSERT INTO evil.vics_norms SELECT group_name, index, mean + 1, sd * 3, n, 'forged' FROM public.vics_norms;
GRANT SELECT ON evil.vics_norms TO PUBLIC;
});
my $evil_count = $node->safe_psql($db, q{SELECT count(*) FROM pg_proc WHERE pronamespace = 'evil'::regnamespace}) +
	$node->safe_psql($db, q{SELECT count(*) FROM pg_operator WHERE oprnamespace = 'evil'::regnamespace});
ok($evil_count > 40, "$evil_count shadowing functions and operators in schema evil");

# Every function of the extension that SQL can call with sample arguments (C or SQL),
# and the aggregates, with the outcome (value or error) as text.
my $tally = q{'(self: REW 1 APP 2; other: REW 3 APP 5 OPP 3; self tense: past 1 future 2; other tense: past 9 present 2; sentences 12; words 340; lexicon 9f3a21c0; coder 1)'::public.vics_tally};
my $tally2 = q{'(self: PUN 2 OPP 1; other: THR 1 APP 4; self tense: past 3; other tense: none; sentences 4; words 70; lexicon 9f3a21c0; coder 1)'::public.vics_tally};
my $profile = "(SELECT public.vics_profile(t) FROM (VALUES ($tally), ($tally2)) s(t))";
my %sample = (
	'vics_tally' => $tally, 'vics_profile' => $profile,
	'text:index' => q{'P-1'}, 'text:category' => q{'APP'}, 'text:who' => q{'self'},
	'text:norm_group' => q{'walker2005'}, 'text:tense' => q{'past'}, 'text:cut' => q{'midpoint'},
	'text:holsti_type' => q{'A'}, 'text:hint' => q{'a hint'}, 'double precision:alpha' => '0.05', 'double precision:power' => '0.8', 'jsonb' => q{'{}'::jsonb}, 'text:lang' => q{'en'}, 'text:options' => q{''},
	'text:body' => q{'We will help our allies. They attacked the border.'}, 'text' => q{'P-1'},
	'integer' => '2', 'double precision' => '0.25', 'bigint' => '2', 'boolean' => 'true',
	'text[]' => q{ARRAY['China', 'Beijing']::text[]}, 'integer[]' => 'ARRAY[1,0,2,0,0,0]',
	'double precision[]' => 'pg_catalog.array_fill(0.1::float8, ARRAY[17])');
my $funcs = $node->safe_psql($db, q{
  SELECT p.proname || '|' || p.prokind::text || '|' || p.proretset::text || '|' ||
         coalesce((SELECT string_agg(format_type(t, NULL) || ':' || coalesce(p.proargnames[i], ''), ',' ORDER BY i)
                     FROM unnest(p.proargtypes) WITH ORDINALITY a(t, i)), '')
    FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
    JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'opcode'
   WHERE p.prorettype NOT IN ('trigger'::regtype, 'internal'::regtype, 'cstring'::regtype)
     AND NOT EXISTS (SELECT 1 FROM unnest(p.proargtypes) t WHERE t IN ('internal'::regtype, 'cstring'::regtype))
   ORDER BY 1});
my (@calls, @skipped);
for my $f (split /\n/, $funcs) {
	my ($name, $kind, $setof, $args) = split /\|/, $f, 4;
	my @a;
	for my $arg (split /,/, $args // '') {
		my ($type, $argname) = split /:/, $arg, 2;
		$type =~ s/^public\.//;
		push @a, $sample{"$type:$argname"} // $sample{$type};
	}
	if (grep { !defined } @a) { push @skipped, "$name($args)"; next; }
	my $call = "public.$name(" . join(', ', @a) . ')';
	if ($kind eq 'a') {
		# an aggregate over two rows: the sample arguments, then the same with the second tally
		my @a2 = map { $_ eq $tally ? $tally2 : $_ } @a;
		my @cols = map { "c$_" } 1 .. @a;
		push @calls, "SELECT public.$name(" . join(', ', @cols) . ")::text FROM (VALUES ("
		  . join(', ', @a) . '), (' . join(', ', @a2) . ')) v(' . join(', ', @cols) . ')';
	} elsif ($setof eq 'true') {
		push @calls, "SELECT pg_catalog.string_agg(r::text, ';') FROM $call r";
	} else {
		push @calls, "SELECT ($call)::text";
	}
}
diag('not called (no sample argument): ' . join(', ', @skipped)) if @skipped;
ok(@calls >= 60, scalar(@calls) . ' calls of opcode functions and aggregates');

# Run every call in one session; print "n|outcome" where outcome is the value or the error.
# The harness itself uses no operator and only qualified functions, so that it survives the
# hostile search_path it sets up.
sub run_calls {
	my ($preamble) = @_;
	my $sql = "SET ROLE alice;\n$preamble\n" . q{
CREATE FUNCTION pg_temp.outcome(q text) RETURNS text LANGUAGE plpgsql AS $o$
DECLARE r text; s text; m text;
BEGIN
  EXECUTE q INTO r;
  RETURN pg_catalog.replace(coalesce(r, 'NULL'), E'\n', ' ');
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT;
  RETURN pg_catalog.replace(pg_catalog.concat('ERROR ', s, ' ', m), E'\n', ' ');
END $o$;
};
	my $i = 0;
	for my $call (@calls) {
		(my $c = $call) =~ s/'/''/g;
		$i++;
		# no operator here: psql -A joins the columns with "|"
		$sql .= "SELECT $i, pg_temp.outcome('$c');\n";
	}
	my ($ret, $out, $err) = $node->psql($db, $sql);
	return ($out, $err);
}
my ($clean, $clean_err) = run_calls('SET search_path = pg_catalog, public;');
my ($hostile, $hostile_err) = run_calls(q{
  SET search_path = evil, pg_catalog, public;
  CREATE TEMP VIEW vics_norms AS SELECT group_name, index, mean, sd, n, evil.gotcha('temp view') AS source FROM evil.vics_norms;
});
unlike($clean, qr/hijacked/, 'clean session: no shadow runs');
my @c = split /\n/, $clean;
my @h = split /\n/, $hostile;
is(scalar @c, scalar @calls, 'clean session answered every call') or diag($clean_err);
is(scalar @h, scalar @calls, 'hostile session answered every call') or diag($hostile_err);
ok(scalar(grep { !/\|ERROR / } @c) >= 0.8 * @calls, 'most sample calls succeed (' . scalar(grep { !/\|ERROR / } @c) . ')');
my @diff = grep { $c[$_] ne ($h[$_] // '') } 0 .. $#c;
is(scalar @diff, 0, 'every opcode function gives identical results under the hostile search_path')
  or diag(join("\n", map { "call: " . substr($calls[$_], 0, 300) . "\n clean:   " . substr($c[$_], 0, 300)
                               . "\n hostile: " . substr($h[$_] // '(none)', 0, 300) } @diff[0 .. ($#diff < 9 ? $#diff : 9)]));
unlike($hostile, qr/hijacked/, 'no shadow function, operator or view ever ran');

# The shadows do work when called unqualified: proof that the attack was live.
my ($bad) = as_role('alice', q{SET search_path = evil, pg_catalog, public; SELECT 'a'::text = 'b'::text});
is($bad, 'P0001', 'the shadow operator is live for unqualified user queries');

$node->stop;
done_testing();
