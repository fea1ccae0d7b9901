-- Leader types (VICS.md 1.6; doc/compare.md): the Holsti / Walker quadrant of SELF
-- (I-1 against P-4a) and of OTHER (P-1 against P-4b), and the preference order over the
-- outcomes Settle, Deadlock, Dominate, Submit that Walker's theory of inferences about
-- preferences gives each type.

CREATE FUNCTION @extschema@.vics_holsti_type(strategy float8, control float8,
                                             strategy_cut float8 DEFAULT 0, control_cut float8 DEFAULT 0.5)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN strategy IS NULL OR control IS NULL OR strategy_cut IS NULL OR control_cut IS NULL THEN NULL
  -- NaN sorts above every number in PostgreSQL, so it would pass every cut: no type, not A
  WHEN 'NaN'::float8 OPERATOR(pg_catalog.=) ANY (ARRAY[strategy, control, strategy_cut, control_cut]) THEN NULL
  WHEN strategy OPERATOR(pg_catalog.>) strategy_cut AND control OPERATOR(pg_catalog.>) control_cut THEN 'C'
  WHEN strategy OPERATOR(pg_catalog.>) strategy_cut THEN 'A'
  WHEN control OPERATOR(pg_catalog.>) control_cut THEN 'B'
  ELSE 'DEF'
END;
COMMENT ON FUNCTION @extschema@.vics_holsti_type(float8, float8, float8, float8) IS
  'Holsti type of a strategy belief (I-1, or P-1 for OTHER) and a control belief (P-4a, or P-4b): A cooperative (strategy > cut), low control (control <= cut); C cooperative, high control; B conflictual (strategy <= cut), high control; DEF conflictual, low control; NULL when a value is NULL or NaN';

CREATE FUNCTION @extschema@.vics_holsti_preferences(holsti_type text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
  WHEN pg_catalog.upper(holsti_type) OPERATOR(pg_catalog.=) 'A' THEN 'Settle > Deadlock > Submit > Dominate'
  WHEN pg_catalog.upper(holsti_type) OPERATOR(pg_catalog.=) 'B' THEN 'Dominate > Settle > Deadlock > Submit'
  WHEN pg_catalog.upper(holsti_type) OPERATOR(pg_catalog.=) 'C' THEN 'Settle > Dominate > Deadlock > Submit'
  WHEN pg_catalog.upper(holsti_type) OPERATOR(pg_catalog.=) 'DEF' THEN 'Dominate > Deadlock > Settle > Submit'
END;
COMMENT ON FUNCTION @extschema@.vics_holsti_preferences(text) IS
  'preference order over the outcomes Settle, Deadlock, Dominate, Submit that Walker''s theory of inferences about preferences gives a Holsti type (A, B, C, DEF); NULL for any other text';

CREATE FUNCTION @extschema@.vics_leader_type(p @extschema@.vics_profile, cut text DEFAULT 'midpoint',
                                             norm_group text DEFAULT 'walker2005')
RETURNS TABLE (self_type text, self_quadrant text, self_preferences text,
               other_type text, other_quadrant text, other_preferences text,
               i1 float8, p4a float8, p1 float8, p4b float8,
               i1_cut float8, p4a_cut float8, p1_cut float8, p4b_cut float8, note text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
  v float8[];
  cuts float8[];
  src text[];
  notes text[] := '{}';
  st text;
  ot text;
  names text[] := ARRAY['I-1', 'P-4a', 'P-1', 'P-4b'];
BEGIN
  IF cut IS NULL OR lower(cut) NOT IN ('midpoint', 'norm') THEN
    RAISE EXCEPTION USING
      ERRCODE = 'invalid_parameter_value',
      MESSAGE = format('unknown cut "%s"', coalesce(cut, 'NULL')),
      HINT = 'Use ''midpoint'' (0 for I-1 and P-1, 0.5 for P-4a and P-4b) or ''norm'' (the norming group''s means).';
  END IF;
  IF lower(cut) = 'norm' THEN
    IF norm_group IS NULL THEN
      RAISE EXCEPTION USING
        ERRCODE = 'invalid_parameter_value',
        MESSAGE = 'cut "norm" needs a norming group',
        HINT = 'Pass norm_group => ''walker2005'' (the default) or your own group, or use cut => ''midpoint''.';
    END IF;
    PERFORM @extschema@.vics_require_norm_group(norm_group,
      'cut => ''norm'' needs a norming group; cut => ''midpoint'' needs none.');
    SELECT array_agg(nm.mean ORDER BY k.ord) INTO cuts
      FROM unnest(names) WITH ORDINALITY AS k(index, ord)
      LEFT JOIN @extschema@.vics_norms nm ON nm.group_name = norm_group AND nm.index = k.index;
    FOR i IN 1..4 LOOP
      IF cuts[i] IS NULL THEN
        notes := notes || format('the norming group "%s" has no mean for %s', norm_group, names[i]);
      END IF;
    END LOOP;
  ELSE
    cuts := ARRAY[0, 0.5, 0, 0.5];
  END IF;

  IF p IS NULL THEN
    notes := notes || 'the profile is NULL'::text;
  ELSE
    -- the per-document mean, as vics_indices reads a leader; the pooled value only when no
    -- document defines the index
    SELECT array_agg(coalesce(r.mean, r.pooled) ORDER BY k.ord),
           array_agg(CASE WHEN r.mean IS NOT NULL THEN 'mean' WHEN r.pooled IS NOT NULL THEN 'pooled' END ORDER BY k.ord)
      INTO v, src
      FROM unnest(names) WITH ORDINALITY AS k(index, ord)
      JOIN @extschema@.vics_index_values(p) r ON r.index = k.index;
    FOR i IN 1..4 LOOP
      IF v[i] IS NULL THEN
        notes := notes || format('%s is undefined (no %s utterances)', names[i],
                                 CASE WHEN names[i] IN ('I-1') THEN 'SELF'
                                      WHEN names[i] = 'P-1' THEN 'OTHER' ELSE 'coded' END);
      ELSIF src[i] = 'pooled' THEN
        notes := notes || format('%s is the pooled value (no document reaches the minimum of utterances)', names[i]);
      END IF;
    END LOOP;
  END IF;

  st := @extschema@.vics_holsti_type(v[1], v[2], cuts[1], cuts[2]);
  ot := @extschema@.vics_holsti_type(v[3], v[4], cuts[3], cuts[4]);
  RETURN QUERY SELECT
    st,
    CASE WHEN st IS NOT NULL THEN
      (CASE WHEN v[1] > cuts[1] THEN 'cooperative' ELSE 'conflictual' END) || ', ' ||
      (CASE WHEN v[2] > cuts[2] THEN 'high control' ELSE 'low control' END) END,
    @extschema@.vics_holsti_preferences(st),
    ot,
    CASE WHEN ot IS NOT NULL THEN
      (CASE WHEN v[3] > cuts[3] THEN 'friendly' ELSE 'hostile' END) || ', ' ||
      (CASE WHEN v[4] > cuts[4] THEN 'high control' ELSE 'low control' END) END,
    @extschema@.vics_holsti_preferences(ot),
    v[1], v[2], v[3], v[4], cuts[1], cuts[2], cuts[3], cuts[4],
    nullif(array_to_string(notes, '; '), '');
END
$$;
COMMENT ON FUNCTION @extschema@.vics_leader_type(@extschema@.vics_profile, text, text) IS
  'Holsti / Walker leader type (VICS.md 1.6): SELF from I-1 (cooperative if above the cut) against P-4a (high control if above the cut), OTHER from P-1 (friendly) against P-4b; types A, B, C, DEF with the preference order over Settle, Deadlock, Dominate, Submit; values are per-document means (pooled when no document defines one); cut ''midpoint'' (0 and 0.5) or ''norm'' (the norming group''s means)';
