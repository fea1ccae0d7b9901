-- Privileges (doc/security.md).  Everyone may read opcode's tables (norming groups, the
-- lexicon, the CAMEO mapping): the functions of every user read them as that user.  Only
-- the owner (the superuser who ran CREATE EXTENSION) and members of the role
-- opcode_editor may change the editable ones (those pg_dump keeps users' rows of): a lexicon or norm edit changes every user's results, so
-- it is a curator's act, granted on purpose with  GRANT opcode_editor TO alice;
-- This part runs last, so it covers every table and sequence the other parts created; the
-- grants are recorded as the extension's initial privileges (pg_init_privs), so pg_dump
-- writes only the changes a DBA makes later.

-- Roles are cluster-wide and outlive the extension: create it once, reuse it in every
-- database (DROP EXTENSION leaves it; DROP ROLE opcode_editor once no database uses it).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'opcode_editor') THEN
    CREATE ROLE opcode_editor NOLOGIN;
  END IF;
END
$$;

DO $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) AS rel, c.relkind,
           c.oid OPERATOR(pg_catalog.=) ANY (e.extconfig) AS dumped
      FROM pg_catalog.pg_extension e
      JOIN pg_catalog.pg_depend d ON d.refobjid OPERATOR(pg_catalog.=) e.oid
      JOIN pg_catalog.pg_class c ON c.oid = d.objid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
       AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
       AND e.extname = 'opcode'
       AND d.deptype = 'e'
     ORDER BY 1
  LOOP
    IF r.relkind IN ('r', 'p') THEN
      EXECUTE pg_catalog.format('REVOKE ALL ON TABLE %s FROM PUBLIC', r.rel);
      EXECUTE pg_catalog.format('GRANT SELECT ON TABLE %s TO PUBLIC', r.rel);
      -- Curators edit the tables whose users' rows pg_dump keeps (pg_extension_config_dump);
      -- tables of shipped data only (the shipped lexicon, the CAMEO mapping) are replaced
      -- by upgrades, so an edit there would be lost: read only.  No TRUNCATE: it bypasses
      -- the row triggers that protect shipped rows.
      IF r.dumped THEN
        EXECUTE pg_catalog.format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %s TO opcode_editor', r.rel);
      END IF;
    ELSIF r.relkind IN ('v', 'm') THEN
      EXECUTE pg_catalog.format('GRANT SELECT ON TABLE %s TO PUBLIC', r.rel);
    ELSIF r.relkind = 'S' THEN
      EXECUTE pg_catalog.format('GRANT USAGE, SELECT, UPDATE ON SEQUENCE %s TO opcode_editor', r.rel);
    END IF;
  END LOOP;
END
$$;
