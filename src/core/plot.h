/*
 * plot.h: the picture of profiles in the plane of the two master beliefs, P-1 (x) and I-1
 * (y), both -1 .. 1, as a standalone SVG document (vics_plot_svg).
 *
 * Each profile is a marker at its per-document means with +-1 standard error bars (sd /
 * sqrt(n)) on both axes; the norming group is its mean and a +-1 SD band; the lines P-1 = 0
 * and I-1 = 0 split the plane into four named quadrants; a legend lists every profile with
 * its numbers.  The output is pure ASCII (every other character is a numeric character
 * reference), so it is valid whatever the database or client encoding, and on one line
 * without tabs or backslashes, so that COPY TO in text format writes it unchanged.
 */
#ifndef OPCODE_PLOT_H
#define OPCODE_PLOT_H

#include "vics.h"
#include "opcore.h"

typedef struct OpPlotPoint
{
	const char *label;			/* UTF-8 (invalid bytes are drawn as U+FFFD); may be NULL */
	size_t		label_len;
	bool		has_x,			/* P-1 defined */
				has_y;			/* I-1 defined */
	bool		x_pooled,		/* no per-document mean: the pooled value, no error bar */
				y_pooled;
	double		x,
				y;
	double		x_se,			/* NaN: no error bar (fewer than 2 documents) */
				y_se;
	int64_t		n_x,
				n_y;
} OpPlotPoint;

typedef struct OpPlotNorm
{
	const char *name;			/* NULL: no norming group drawn */
	double		x_mean,
				x_sd,
				y_mean,
				y_sd;
} OpPlotNorm;

/* An axis-aligned box in SVG pixels (y grows downwards). */
typedef struct OpBox
{
	double		x0,
				y0,
				x1,
				y1;
} OpBox;

typedef struct OpPlotLabel
{
	bool		placed;			/* false: no free spot; the legend still names the profile */
	OpBox		box;
} OpPlotLabel;

/*
 * Places n labels (widths w[i], height h) next to their anchors (ax[i], ay[i]), trying
 * positions on growing rings around the anchor, so that no two placed labels overlap each
 * other or any obstacle (markers, error bars, quadrant names), keeping a 2-pixel gap, nor
 * leave bounds.  Labels are placed
 * in order; a label that finds no free spot (or has no width) is left unplaced.  Returns
 * the number placed.
 */
int			opcode_plot_place_labels(int n, const double *ax, const double *ay, const double *w,
									 double h, const OpBox *obstacles, int nobstacles,
									 OpBox bounds, OpPlotLabel *out);

/* Estimated width in pixels of a UTF-8 label at the given font size (no font metrics). */
double		opcode_plot_text_width(const char *s, size_t len, double font_size);

/*
 * Appends s as XML character data / attribute text: & < > " ' escaped, the backslash and
 * characters outside ASCII as &#xHHHH;, characters XML 1.0 forbids (controls, U+FFFE/U+FFFF) and invalid UTF-8
 * as U+FFFD, tabs and line breaks as spaces.  max_chars > 0 cuts the text there with an
 * ellipsis.
 */
typedef struct OpBuf
{
	char	   *data;
	size_t		len,
				cap;
	const OpAllocator *alloc;
} OpBuf;

void		opcode_buf_init(OpBuf *b, const OpAllocator *alloc);
void		opcode_buf_printf(OpBuf *b, const char *fmt,...) __attribute__((format(printf, 2, 3)));
void		opcode_buf_xml(OpBuf *b, const char *s, size_t len, int max_chars);

/* The whole SVG document, NUL-terminated, allocated with alloc; *len set when not NULL. */
char	   *opcode_plot_svg(const OpPlotPoint *pts, int n, const OpPlotNorm *norm,
							const OpAllocator *alloc, size_t *len);

#endif
