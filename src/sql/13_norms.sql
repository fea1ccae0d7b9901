-- Norming groups: means and SDs of each index in a reference population, against which
-- vics_indices() computes z-scores.  The group 'walker2005' (168 world leaders, VICS.md 1.5)
-- ships with opcode and is protected; users add their own groups as rows, which pg_dump
-- keeps (pg_extension_config_dump below).

CREATE TABLE @extschema@.vics_norms (
  group_name text NOT NULL,
  index text NOT NULL CHECK (index IN ('P-1', 'P-2', 'P-3', 'P-4a', 'P-4b', 'P-5',
                                      'I-1', 'I-2', 'I-3', 'I-4a', 'I-4b',
                                      'I-5 REW', 'I-5 PRO', 'I-5 APP', 'I-5 OPP', 'I-5 THR', 'I-5 PUN')),
  mean float8 NOT NULL CHECK (mean > '-Infinity' AND mean < 'Infinity'),
  sd float8 NOT NULL CHECK (sd > 0 AND sd < 'Infinity'),
  n integer CHECK (n > 0),
  source text,
  PRIMARY KEY (group_name, index)
);
COMMENT ON TABLE @extschema@.vics_norms IS
  'norming groups for z-scores: one row per group and index (index names spelled as in vics_index_values, e.g. ''P-4a'', ''I-5 APP''); group ''walker2005'' ships with opcode and cannot be changed, add your own groups as new rows';
COMMENT ON COLUMN @extschema@.vics_norms.group_name IS 'name of the norming group, as passed to vics_indices()';
COMMENT ON COLUMN @extschema@.vics_norms.index IS 'index name in canonical spelling (P-1 .. I-5 PUN)';
COMMENT ON COLUMN @extschema@.vics_norms.mean IS 'mean of the index in the group';
COMMENT ON COLUMN @extschema@.vics_norms.sd IS 'standard deviation of the index in the group (> 0)';
COMMENT ON COLUMN @extschema@.vics_norms.n IS 'number of leaders (or documents) in the group, if known';
COMMENT ON COLUMN @extschema@.vics_norms.source IS 'where the numbers come from';

-- @load data/norms/walker2005.tsv INTO @extschema@.vics_norms (group_name, index, mean, sd, n, source)

-- Only the users' rows are dumped: CREATE EXTENSION recreates the shipped group.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.vics_norms', 'WHERE group_name <> ''walker2005''');

CREATE FUNCTION @extschema@.vics_norms_protect() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    RAISE EXCEPTION USING
      ERRCODE = 'restrict_violation',
      MESSAGE = 'cannot truncate vics_norms',
      DETAIL = 'The table holds the norming group "walker2005" shipped with opcode.',
      HINT = 'Delete your own groups with DELETE FROM vics_norms WHERE group_name = ''...''.';
  END IF;
  IF (TG_OP IN ('UPDATE', 'DELETE') AND OLD.group_name = 'walker2005')
     OR (TG_OP IN ('INSERT', 'UPDATE') AND NEW.group_name = 'walker2005') THEN
    RAISE EXCEPTION USING
      ERRCODE = 'restrict_violation',
      MESSAGE = 'the norming group "walker2005" is shipped with opcode and cannot be changed',
      DETAIL = 'Its rows are the published values of VICS.md 1.5; CREATE EXTENSION restores them.',
      HINT = 'Copy it under a new name and change the copy: INSERT INTO vics_norms SELECT ''my_group'', index, mean, sd, n, source FROM vics_norms WHERE group_name = ''walker2005''.';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.vics_norms_protect() IS
  'trigger function keeping the shipped norming group walker2005 of vics_norms unchanged';

CREATE TRIGGER vics_norms_protect BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.vics_norms
  FOR EACH ROW EXECUTE FUNCTION @extschema@.vics_norms_protect();
CREATE TRIGGER vics_norms_protect_truncate BEFORE TRUNCATE ON @extschema@.vics_norms
  FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.vics_norms_protect();
COMMENT ON TRIGGER vics_norms_protect ON @extschema@.vics_norms IS
  'rejects inserts, updates and deletes of the shipped norming group walker2005';
COMMENT ON TRIGGER vics_norms_protect_truncate ON @extschema@.vics_norms IS
  'rejects TRUNCATE, which would remove the shipped norming group';

-- All indices with z-scores and descriptors.

-- One check for every function that takes a norming group by name, so the error reads the
-- same everywhere; each caller says in its hint what it needs the group for.
CREATE FUNCTION @extschema@.vics_require_norm_group(norm_group text, hint text)
RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM @extschema@.vics_norms g WHERE g.group_name OPERATOR(pg_catalog.=) norm_group) THEN
    RAISE EXCEPTION USING
      ERRCODE = 'invalid_parameter_value',
      MESSAGE = format('unknown norming group "%s"', norm_group),
      DETAIL = format('Known groups: %s.',
                      (SELECT string_agg(DISTINCT g.group_name, ', ') FROM @extschema@.vics_norms g)),
      HINT = hint;
  END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.vics_require_norm_group(text, text) IS
  'raises 22023 naming the known groups when vics_norms has no group of that name; used by the functions that take a norm_group';

CREATE FUNCTION @extschema@.vics_indices(p @extschema@.vics_profile, norm_group text DEFAULT 'walker2005')
RETURNS TABLE (index text, pooled float8, mean float8, sd float8, n bigint, z float8, descriptor text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
  IF p IS NULL THEN
    RETURN;
  END IF;
  IF norm_group IS NOT NULL THEN
    PERFORM @extschema@.vics_require_norm_group(norm_group,
      'Add the group''s rows to vics_norms, or pass NULL for raw-score descriptors without z-scores.');
  END IF;
  -- z compares the per-document mean with the norm (a norming group describes leaders
  -- through their speeches); only a profile without a per-document mean falls back to
  -- the pooled value.
  RETURN QUERY
    SELECT r.index, r.pooled, r.mean, r.sd, r.n, s.z,
           @extschema@.vics_descriptor(r.index, coalesce(r.mean, r.pooled), s.z)
      FROM @extschema@.vics_index_values(p) r
      LEFT JOIN @extschema@.vics_norms nm ON nm.group_name = norm_group AND nm.index = r.index
      CROSS JOIN LATERAL (SELECT (coalesce(r.mean, r.pooled) - nm.mean) / nm.sd AS z) s
     ORDER BY r.ord;
END
$$;
COMMENT ON FUNCTION @extschema@.vics_indices(@extschema@.vics_profile, text) IS
  'all 17 indices of a profile as rows: pooled value, per-document mean, SD and n, z = (mean, or pooled when there is no mean, - norm mean) / norm SD against the norming group (NULL group: no z), and a descriptor (normed half-SD steps, or raw-score words when the group has no norm for the index)';

CREATE FUNCTION @extschema@.vics_indices(t @extschema@.vics_tally, norm_group text DEFAULT 'walker2005')
RETURNS TABLE (index text, pooled float8, mean float8, sd float8, n bigint, z float8, descriptor text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
  SELECT * FROM @extschema@.vics_indices(CAST(t AS @extschema@.vics_profile), norm_group);
END;
COMMENT ON FUNCTION @extschema@.vics_indices(@extschema@.vics_tally, text) IS
  'all 17 indices of one tally as rows, read as a one-document profile: pooled = mean = the value, n 1 (0 when undefined), sd NULL; z and descriptor as for profiles';
