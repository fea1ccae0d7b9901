-- The fingerprint of the installed opcode extension: one line per member object (found
-- through pg_depend, never from a hand list) with everything that defines it, plus its
-- comment and privileges, one line per extension table with a digest of its rows, and the
-- extension's own catalog entry.  Two databases with equal fingerprints hold the same
-- extension.  Used by test/t/003_upgrade.pl (upgrade vs fresh install) and others.
-- Names print schema-qualified only off the search_path, so every caller sets the same one.
WITH ext AS (
  SELECT oid, extnamespace FROM pg_extension WHERE extname = 'opcode'
), members AS (
  SELECT d.classid, d.objid FROM pg_depend d, ext
   WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
), described AS (
  SELECT m.classid, m.objid, pg_describe_object(m.classid, m.objid, 0) AS what,
         coalesce(obj_description(m.objid, (SELECT relname FROM pg_class WHERE oid = m.classid)), '') AS comment
    FROM members m
), detail AS (
  SELECT d.what, d.comment,
    CASE d.classid
      WHEN 'pg_proc'::regclass THEN (
        SELECT CASE WHEN p.prokind = 'a' THEN
                 (SELECT format('aggregate trans=%s final=%s combine=%s serial=%s deserial=%s minv=%s mtrans=%s mfinal=%s stype=%s sspace=%s mstype=%s init=%s modify=%s',
                                a.aggtransfn::regprocedure, a.aggfinalfn, a.aggcombinefn, a.aggserialfn, a.aggdeserialfn,
                                a.aggminvtransfn, a.aggmtransfn, a.aggmfinalfn, a.aggtranstype::regtype, a.aggtransspace,
                                a.aggmtranstype::regtype, a.agginitval, a.aggfinalmodify)
                    FROM pg_aggregate a WHERE a.aggfnoid = p.oid)
                 || format(' parallel=%s', p.proparallel)
               ELSE pg_get_functiondef(p.oid) END
               || format(' acl=%s', coalesce(p.proacl::text, 'default'))
          FROM pg_proc p WHERE p.oid = d.objid)
      WHEN 'pg_type'::regclass THEN (
        SELECT format('type len=%s byval=%s kind=%s cat=%s in=%s out=%s recv=%s send=%s align=%s storage=%s elem=%s array=%s',
                      t.typlen, t.typbyval, t.typtype, t.typcategory, t.typinput::regprocedure, t.typoutput::regprocedure,
                      t.typreceive, t.typsend, t.typalign, t.typstorage, t.typelem::regtype, t.typarray::regtype)
          FROM pg_type t WHERE t.oid = d.objid)
      WHEN 'pg_class'::regclass THEN (
        SELECT format('relation kind=%s acl=%s columns=%s constraints=%s indexes=%s triggers=%s',
                      c.relkind, coalesce(c.relacl::text, 'default'),
                      (SELECT string_agg(format('%s %s notnull=%s default=%s generated=%s comment=%s', a.attname,
                                                format_type(a.atttypid, a.atttypmod), a.attnotnull,
                                                pg_get_expr(ad.adbin, ad.adrelid), a.attgenerated,
                                                col_description(c.oid, a.attnum)), '; ' ORDER BY a.attnum)
                         FROM pg_attribute a LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
                      (SELECT string_agg(format('%s: %s', co.conname, pg_get_constraintdef(co.oid)), '; ' ORDER BY co.conname)
                         FROM pg_constraint co WHERE co.conrelid = c.oid),
                      (SELECT string_agg(pg_get_indexdef(i.indexrelid), '; ' ORDER BY 1)
                         FROM pg_index i WHERE i.indrelid = c.oid),
                      (SELECT string_agg(pg_get_triggerdef(tg.oid), '; ' ORDER BY tg.tgname)
                         FROM pg_trigger tg WHERE tg.tgrelid = c.oid AND NOT tg.tgisinternal))
          FROM pg_class c WHERE c.oid = d.objid)
      WHEN 'pg_operator'::regclass THEN (
        SELECT format('operator code=%s com=%s neg=%s rest=%s join=%s hashes=%s merges=%s',
                      o.oprcode::regprocedure, o.oprcom::regoperator, o.oprnegate::regoperator,
                      o.oprrest, o.oprjoin, o.oprcanhash, o.oprcanmerge)
          FROM pg_operator o WHERE o.oid = d.objid)
      WHEN 'pg_opclass'::regclass THEN (
        SELECT format('opclass default=%s type=%s family=%s', oc.opcdefault, oc.opcintype::regtype,
                      (SELECT f.opfname FROM pg_opfamily f WHERE f.oid = oc.opcfamily))
          FROM pg_opclass oc WHERE oc.oid = d.objid)
      WHEN 'pg_opfamily'::regclass THEN (
        SELECT format('opfamily ops=%s procs=%s',
                      (SELECT string_agg(format('%s %s', ao.amopstrategy, ao.amopopr::regoperator), ', ' ORDER BY 1)
                         FROM pg_amop ao WHERE ao.amopfamily = d.objid),
                      (SELECT string_agg(format('%s %s', ap.amprocnum, ap.amproc::regprocedure), ', ' ORDER BY 1)
                         FROM pg_amproc ap WHERE ap.amprocfamily = d.objid)))
      WHEN 'pg_cast'::regclass THEN (
        SELECT format('cast func=%s context=%s method=%s', ca.castfunc::regprocedure, ca.castcontext, ca.castmethod)
          FROM pg_cast ca WHERE ca.oid = d.objid)
      ELSE ''
    END AS def
  FROM described d
)
SELECT 'object ' || what || ' | ' || replace(coalesce(def, ''), E'\n', ' ') || ' | comment: ' || replace(comment, E'\n', ' ') FROM detail
UNION ALL
SELECT format('extension version=%s relocatable=%s config=%s conditions=%s', e.extversion, e.extrelocatable,
              (SELECT string_agg(c::regclass::text, ',' ORDER BY 1) FROM unnest(e.extconfig) c), e.extcondition)
  FROM pg_extension e WHERE e.extname = 'opcode'
UNION ALL
SELECT format('initprivs %s %s', pg_describe_object(ip.classoid, ip.objoid, ip.objsubid), ip.initprivs)
  FROM pg_init_privs ip JOIN members m ON m.classid = ip.classoid AND m.objid = ip.objoid
ORDER BY 1;
