-- The picture (doc/compare.md): profiles in the plane of the master beliefs, P-1 (x) by
-- I-1 (y), as a standalone SVG document.

CREATE FUNCTION @extschema@.vics_plot_sfunc(internal, text, @extschema@.vics_profile) RETURNS internal
AS 'MODULE_PATHNAME', 'vics_plot_sfunc' LANGUAGE C CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_plot_sfunc(internal, text, @extschema@.vics_profile) IS
  'transition function of vics_plot_svg(label, profile)';

CREATE FUNCTION @extschema@.vics_plot_sfunc(internal, text, @extschema@.vics_profile, text) RETURNS internal
AS 'MODULE_PATHNAME', 'vics_plot_sfunc_norm' LANGUAGE C CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_plot_sfunc(internal, text, @extschema@.vics_profile, text) IS
  'transition function of vics_plot_svg(label, profile, norm_group)';

CREATE FUNCTION @extschema@.vics_plot_final(internal) RETURNS text
AS 'MODULE_PATHNAME', 'vics_plot_final' LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vics_plot_final(internal) IS
  'final function of vics_plot_svg: reads the norming group from vics_norms and draws the SVG';

CREATE AGGREGATE @extschema@.vics_plot_svg(label text, p @extschema@.vics_profile) (
  SFUNC = @extschema@.vics_plot_sfunc,
  STYPE = internal,
  FINALFUNC = @extschema@.vics_plot_final,
  FINALFUNC_MODIFY = READ_ONLY,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.vics_plot_svg(text, @extschema@.vics_profile) IS
  'standalone SVG of the profiles in the P-1 (x) / I-1 (y) plane: per-document means with +-1 standard error bars, the walker2005 norming group''s mean and +-1 SD band, quadrant lines and names, labels placed without overlaps, a legend in input order (use ORDER BY inside the call); NULL over no rows';

CREATE AGGREGATE @extschema@.vics_plot_svg(label text, p @extschema@.vics_profile, norm_group text) (
  SFUNC = @extschema@.vics_plot_sfunc,
  STYPE = internal,
  FINALFUNC = @extschema@.vics_plot_final,
  FINALFUNC_MODIFY = READ_ONLY,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.vics_plot_svg(text, @extschema@.vics_profile, text) IS
  'vics_plot_svg with the norming group to draw (the same in every row; NULL draws none)';
