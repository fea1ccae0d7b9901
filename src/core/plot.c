/* plot.c: the P-1 / I-1 picture as SVG (plot.h). */
#include "plot.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Geometry in SVG pixels: the plot square, then the legend to its right. */
#define PX0 80.0				/* left edge of the plot */
#define PY0 60.0				/* top edge of the plot */
#define PW 480.0				/* side of the plot square */
#define LEGEND_X (PX0 + PW + 30.0)
#define LEGEND_ROW 34.0
#define LABEL_FONT 12.0
#define LABEL_H 15.0
#define LABEL_PAD 2.0			/* free space kept around every label */
#define LABEL_MAX_CHARS 32		/* in the plot; the legend shows 48 */
#define LEGEND_MAX_CHARS 48
#define MARKER_R 5.0

static const char *const palette[] = {
	"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00",
	"#56b4e9", "#000000", "#999933", "#882255", "#44aa99"
};
#define NPALETTE ((int) (sizeof(palette) / sizeof(palette[0])))

/* ---------------------------------------------------------------- buffer */

void
opcode_buf_init(OpBuf *b, const OpAllocator *alloc)
{
	b->alloc = alloc;
	b->cap = 4096;
	b->len = 0;
	b->data = alloc->alloc(alloc->ctx, b->cap);
	b->data[0] = '\0';
}

static void
buf_reserve(OpBuf *b, size_t more)
{
	char	   *bigger;
	size_t		cap = b->cap;

	if (b->len + more + 1 <= b->cap)
		return;
	while (b->len + more + 1 > cap)
		cap *= 2;
	bigger = b->alloc->alloc(b->alloc->ctx, cap);
	memcpy(bigger, b->data, b->len + 1);
	b->alloc->release(b->alloc->ctx, b->data);
	b->data = bigger;
	b->cap = cap;
}

void
opcode_buf_printf(OpBuf *b, const char *fmt,...)
{
	va_list		ap;
	int			need;

	va_start(ap, fmt);
	need = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	if (need < 0)
		return;
	if ((size_t) need >= b->cap - b->len)
	{
		buf_reserve(b, (size_t) need);
		va_start(ap, fmt);
		vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
	}
	b->len += (size_t) need;
}

static void
buf_puts(OpBuf *b, const char *s)
{
	size_t		n = strlen(s);

	buf_reserve(b, n);
	memcpy(b->data + b->len, s, n + 1);
	b->len += n;
}

/* ---------------------------------------------------------------- UTF-8 text */

/*
 * Decodes one code point at s[*i] (advancing *i); malformed, overlong or surrogate
 * sequences give U+FFFD and advance one byte, so every input makes progress.
 */
static unsigned
next_cp(const unsigned char *s, size_t len, size_t *i)
{
	unsigned	c = s[*i],
				cp;
	int			extra;

	if (c < 0x80)
	{
		(*i)++;
		return c;
	}
	if (c >= 0xc2 && c <= 0xdf)
		extra = 1, cp = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		extra = 2, cp = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		extra = 3, cp = c & 0x07;
	else
	{
		(*i)++;
		return 0xfffd;
	}
	if (*i + extra >= len)
	{
		(*i)++;
		return 0xfffd;
	}
	for (int k = 1; k <= extra; k++)
	{
		unsigned	cc = s[*i + k];

		if ((cc & 0xc0) != 0x80)
		{
			(*i)++;
			return 0xfffd;
		}
		cp = (cp << 6) | (cc & 0x3f);
	}
	if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
		(cp >= 0xd800 && cp <= 0xdfff))
	{
		(*i)++;
		return 0xfffd;
	}
	*i += extra + 1;
	return cp;
}

/* East Asian wide and emoji ranges take a full em; everything else less. */
static double
cp_width(unsigned cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') || cp == 'm' || cp == 'w' ? 0.72 : cp == ' ' ? 0.32 : 0.58;
	if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) ||
		(cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
		(cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) ||
		(cp >= 0x20000 && cp <= 0x3fffd))
		return 1.0;
	return 0.72;
}

static double
text_width(const char *s, size_t len, double font, int max_chars)
{
	size_t		i = 0;
	double		w = 0;
	int			n = 0;

	while (s && i < len)
	{
		unsigned	cp = next_cp((const unsigned char *) s, len, &i);

		if (max_chars > 0 && ++n > max_chars)
			return w + font;	/* the ellipsis */
		w += cp_width(cp) * font;
	}
	return w;
}

double
opcode_plot_text_width(const char *s, size_t len, double font_size)
{
	return text_width(s, len, font_size, 0);
}

/* Width of generated markup text (ASCII with character references, each one character). */
static double
markup_width(const char *s, double font)
{
	double		w = 0;

	for (; *s; s++)
	{
		if (*s == '&')
		{
			const char *end = strchr(s, ';');

			if (end)
			{
				w += 0.72 * font;
				s = end;
				continue;
			}
		}
		w += cp_width((unsigned char) *s) * font;
	}
	return w;
}

void
opcode_buf_xml(OpBuf *b, const char *s, size_t len, int max_chars)
{
	size_t		i = 0;
	int			n = 0;

	while (s && i < len)
	{
		unsigned	cp = next_cp((const unsigned char *) s, len, &i);

		if (max_chars > 0 && ++n > max_chars)
		{
			buf_puts(b, "&#x2026;");
			return;
		}
		switch (cp)
		{
			case '&':
				buf_puts(b, "&amp;");
				break;
			case '<':
				buf_puts(b, "&lt;");
				break;
			case '>':
				buf_puts(b, "&gt;");
				break;
			case '"':
				buf_puts(b, "&quot;");
				break;
			case '\'':
				buf_puts(b, "&#39;");
				break;
			case '\\':
				/* a character reference keeps the SVG free of backslashes, which COPY doubles */
				buf_puts(b, "&#x5C;");
				break;
			case '\t':
			case '\n':
			case '\r':
				buf_puts(b, " ");
				break;
			default:
				if (cp < 0x20 || cp == 0xfffe || cp == 0xffff)
					cp = 0xfffd;
				if (cp < 0x80)
				{
					char		c[2] = {(char) cp, '\0'};

					buf_puts(b, c);
				}
				else
					opcode_buf_printf(b, "&#x%X;", cp);
		}
	}
}

/* ---------------------------------------------------------------- label placement */

static bool
overlaps(const OpBox *a, const OpBox *b, double pad)
{
	return a->x0 < b->x1 + pad && b->x0 < a->x1 + pad &&
		a->y0 < b->y1 + pad && b->y0 < a->y1 + pad;
}

static bool
inside(const OpBox *a, const OpBox *bounds)
{
	return a->x0 >= bounds->x0 && a->x1 <= bounds->x1 && a->y0 >= bounds->y0 && a->y1 <= bounds->y1;
}

/*
 * The box of a w x h label whose nearest side or corner touches the point at distance r
 * and angle theta from the anchor: to the right of the point when it lies right of the
 * anchor, centered when straight above or below, and so on.
 */
static OpBox
candidate(double ax, double ay, double w, double h, double r, double theta)
{
	double		c = cos(theta),
				s = sin(theta),
				px = ax + r * c,
				py = ay + r * s;
	OpBox		b;

	if (c > 0.3)
		b.x0 = px;
	else if (c < -0.3)
		b.x0 = px - w;
	else
		b.x0 = px - w / 2;
	if (s > 0.3)
		b.y0 = py;
	else if (s < -0.3)
		b.y0 = py - h;
	else
		b.y0 = py - h / 2;
	b.x1 = b.x0 + w;
	b.y1 = b.y0 + h;
	return b;
}

int
opcode_plot_place_labels(int n, const double *ax, const double *ay, const double *w, double h,
						 const OpBox *obstacles, int nobstacles, OpBox bounds, OpPlotLabel *out)
{
	/* rings grow slowly near the anchor (where a label reads best) and faster far away */
	static const double rings[] = {8, 14, 22, 32, 44, 58, 76, 98, 124, 156, 196, 246, 310, 400};
	int			placed = 0;

	for (int i = 0; i < n; i++)
	{
		out[i].placed = false;
		if (!(w[i] > 0))
			continue;			/* nothing to write */
		for (int r = 0; r < (int) (sizeof(rings) / sizeof(rings[0])) && !out[i].placed; r++)
		{
			int			dirs = rings[r] < 40 ? 8 : rings[r] < 120 ? 16 : 32;

			for (int d = 0; d < dirs && !out[i].placed; d++)
			{
				/* right first (reading direction), then alternately up and down from it */
				int			k = (d + 1) / 2;
				double		theta = (d % 2 ? -1 : 1) * k * 2 * M_PI / dirs;
				OpBox		b = candidate(ax[i], ay[i], w[i], h, rings[r], theta);
				bool		free = inside(&b, &bounds);

				for (int j = 0; free && j < i; j++)
					if (out[j].placed && overlaps(&b, &out[j].box, LABEL_PAD))
						free = false;
				for (int j = 0; free && j < nobstacles; j++)
					if (overlaps(&b, &obstacles[j], LABEL_PAD))
						free = false;
				if (free)
				{
					out[i].placed = true;
					out[i].box = b;
					placed++;
				}
			}
		}
	}
	return placed;
}

/* ---------------------------------------------------------------- drawing */

static double
sx(double v)
{
	return PX0 + (v + 1) / 2 * PW;
}

static double
sy(double v)
{
	return PY0 + (1 - (v + 1) / 2) * PW;
}

static double
clip1(double v)
{
	return v < -1 ? -1 : v > 1 ? 1 : v;
}

static void
marker(OpBuf *b, int shape, double x, double y, const char *color)
{
	double		r = MARKER_R;

	switch (shape)
	{
		case 0:
			opcode_buf_printf(b, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n",
							  x, y, r, color);
			break;
		case 1:
			opcode_buf_printf(b, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n",
							  x - r, y - r, 2 * r, 2 * r, color);
			break;
		case 2:
			opcode_buf_printf(b, "<polygon points=\"%.2f,%.2f %.2f,%.2f %.2f,%.2f\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n",
							  x, y - r - 1, x + r + 1, y + r, x - r - 1, y + r, color);
			break;
		default:
			opcode_buf_printf(b, "<polygon points=\"%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n",
							  x, y - r - 1, x + r + 1, y, x, y + r + 1, x - r - 1, y, color);
			break;
	}
}

static void
error_bar(OpBuf *b, bool horizontal, double centre, double at, double se, const char *color)
{
	double		lo = clip1(centre - se),
				hi = clip1(centre + se);

	if (horizontal)
	{
		opcode_buf_printf(b, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"1.5\"/>\n",
						  sx(lo), sy(at), sx(hi), sy(at), color);
		if (lo == centre - se)
			opcode_buf_printf(b, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"1.5\"/>\n",
							  sx(lo), sy(at) - 4, sx(lo), sy(at) + 4, color);
		if (hi == centre + se)
			opcode_buf_printf(b, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"1.5\"/>\n",
							  sx(hi), sy(at) - 4, sx(hi), sy(at) + 4, color);
	}
	else
	{
		opcode_buf_printf(b, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"1.5\"/>\n",
						  sx(at), sy(lo), sx(at), sy(hi), color);
		if (lo == centre - se)
			opcode_buf_printf(b, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"1.5\"/>\n",
							  sx(at) - 4, sy(lo), sx(at) + 4, sy(lo), color);
		if (hi == centre + se)
			opcode_buf_printf(b, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"1.5\"/>\n",
							  sx(at) - 4, sy(hi), sx(at) + 4, sy(hi), color);
	}
}

/* "P-1 0.477 ± 0.097 (n 5)" and the like, for the legend */
static void
axis_summary(OpBuf *b, const char *name, bool has, bool pooled, double v, double se, int64_t n)
{
	if (!has)
		opcode_buf_printf(b, "%s undefined", name);
	else if (pooled)
		opcode_buf_printf(b, "%s %.3f (pooled)", name, v);
	else if (isnan(se))
		opcode_buf_printf(b, "%s %.3f (n %lld)", name, v, (long long) n);
	else
		opcode_buf_printf(b, "%s %.3f &#xB1; %.3f (n %lld)", name, v, se, (long long) n);
}

/* Quadrant names, two lines each, in the corners: (P-1 side, I-1 side) */
static const struct
{
	double		x,
				y;
	const char *anchor;
	const char *line1,
			   *line2;
}			quadrants[4] = {
	{PX0 + 8, PY0 + 18, "start", "hostile world", "cooperative strategy"},
	{PX0 + PW - 8, PY0 + 18, "end", "friendly world", "cooperative strategy"},
	{PX0 + 8, PY0 + PW - 22, "start", "hostile world", "conflictual strategy"},
	{PX0 + PW - 8, PY0 + PW - 22, "end", "friendly world", "conflictual strategy"},
};

static OpBox
quadrant_box(int q)
{
	double		w = fmax(text_width(quadrants[q].line1, strlen(quadrants[q].line1), 11, 0),
						 text_width(quadrants[q].line2, strlen(quadrants[q].line2), 11, 0));
	OpBox		b;

	b.x0 = strcmp(quadrants[q].anchor, "start") == 0 ? quadrants[q].x : quadrants[q].x - w;
	b.x1 = b.x0 + w;
	b.y0 = quadrants[q].y - 11;
	b.y1 = quadrants[q].y + 17;
	return b;
}

char *
opcode_plot_svg(const OpPlotPoint *pts, int n, const OpPlotNorm *norm,
				const OpAllocator *alloc, size_t *len)
{
	OpBuf		b;
	double		legend_w = 240,
				width,
				height;
	int			legend_rows = n + (norm && norm->name ? 1 : 0);
	int			drawn = 0;
	double	   *ax = alloc->alloc(alloc->ctx, sizeof(double) * (n + 1));
	double	   *ay = alloc->alloc(alloc->ctx, sizeof(double) * (n + 1));
	double	   *lw = alloc->alloc(alloc->ctx, sizeof(double) * (n + 1));
	int		   *which = alloc->alloc(alloc->ctx, sizeof(int) * (n + 1));
	OpBox	   *obst = alloc->alloc(alloc->ctx, sizeof(OpBox) * (2 * n + 6));
	OpPlotLabel *labels = alloc->alloc(alloc->ctx, sizeof(OpPlotLabel) * (n + 1));
	int			nobst = 0;
	OpBox		bounds = {PX0 + 2, PY0 + 2, PX0 + PW - 2, PY0 + PW - 2};
	char	  **stats = alloc->alloc(alloc->ctx, sizeof(char *) * (n + 1));

	/* the legend's second lines, measured before the width of the picture is fixed */
	for (int i = 0; i < n; i++)
	{
		const OpPlotPoint *p = &pts[i];
		OpBuf		sb;

		opcode_buf_init(&sb, alloc);
		if (!p->has_x || !p->has_y)
			buf_puts(&sb, "not drawn: ");
		axis_summary(&sb, "P-1", p->has_x, p->x_pooled, p->x, p->x_se, p->n_x);
		buf_puts(&sb, ", ");
		axis_summary(&sb, "I-1", p->has_y, p->y_pooled, p->y, p->y_se, p->n_y);
		stats[i] = sb.data;
		legend_w = fmax(legend_w, 22 + text_width(p->label, p->label_len, LABEL_FONT, LEGEND_MAX_CHARS));
		legend_w = fmax(legend_w, 22 + markup_width(stats[i], 10));
	}
	if (norm && norm->name)
		legend_w = fmax(legend_w, 22 + text_width(norm->name, strlen(norm->name), LABEL_FONT, LEGEND_MAX_CHARS) +
						markup_width("norming group : mean &#xB1; 1 SD", LABEL_FONT));
	width = LEGEND_X + legend_w + 20;
	height = fmax(PY0 + PW + 70, PY0 + 28 + LEGEND_ROW * legend_rows + 30);

	opcode_buf_init(&b, alloc);
	opcode_buf_printf(&b,
					  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
					  "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%.0f\" height=\"%.0f\" "
					  "viewBox=\"0 0 %.0f %.0f\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n",
					  width, height, width, height);
	buf_puts(&b, "<title>Operational code: P-1 (nature of the political universe) by I-1 (strategic approach)</title>\n");
	opcode_buf_printf(&b, "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>\n", width, height);
	opcode_buf_printf(&b, "<text x=\"%.0f\" y=\"32\" font-size=\"16\" font-weight=\"bold\" fill=\"#222222\">"
					  "Master beliefs: P-1 (view of others) &#xD7; I-1 (own strategy)</text>\n", PX0);

	/* norming group band below everything else */
	if (norm && norm->name)
	{
		double		x0 = sx(clip1(norm->x_mean - norm->x_sd)),
					x1 = sx(clip1(norm->x_mean + norm->x_sd)),
					y0 = sy(clip1(norm->y_mean + norm->y_sd)),
					y1 = sy(clip1(norm->y_mean - norm->y_sd));

		buf_puts(&b, "<g class=\"norm\">\n");
		opcode_buf_printf(&b, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"#9ecae1\" "
						  "fill-opacity=\"0.35\" stroke=\"#6baed6\" stroke-dasharray=\"4 3\"/>\n",
						  x0, y0, x1 - x0, y1 - y0);
		opcode_buf_printf(&b, "<path d=\"M %.2f %.2f h 12 M %.2f %.2f v 12\" stroke=\"#3182bd\" stroke-width=\"2\"/>\n",
						  sx(norm->x_mean) - 6, sy(norm->y_mean), sx(norm->x_mean), sy(norm->y_mean) - 6);
		buf_puts(&b, "</g>\n");
		obst[nobst].x0 = sx(norm->x_mean) - 7;
		obst[nobst].x1 = sx(norm->x_mean) + 7;
		obst[nobst].y0 = sy(norm->y_mean) - 7;
		obst[nobst].y1 = sy(norm->y_mean) + 7;
		nobst++;
	}

	/* frame, grid, ticks, quadrant lines and names, axis titles */
	buf_puts(&b, "<g class=\"axes\" font-size=\"11\" fill=\"#444444\">\n");
	opcode_buf_printf(&b, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" stroke=\"#888888\"/>\n",
					  PX0, PY0, PW, PW);
	for (int k = -2; k <= 2; k++)
	{
		double		v = k / 2.0;

		if (k != 0 && k != -2 && k != 2)
			opcode_buf_printf(&b, "<path d=\"M %.2f %.0f V %.0f M %.0f %.2f H %.0f\" stroke=\"#e5e5e5\"/>\n",
							  sx(v), PY0, PY0 + PW, PX0, sy(v), PX0 + PW);
		opcode_buf_printf(&b, "<text x=\"%.2f\" y=\"%.0f\" text-anchor=\"middle\">%g</text>\n", sx(v), PY0 + PW + 16, v);
		opcode_buf_printf(&b, "<text x=\"%.0f\" y=\"%.2f\" text-anchor=\"end\">%g</text>\n", PX0 - 6, sy(v) + 4, v);
	}
	opcode_buf_printf(&b, "<path class=\"quadrant-lines\" d=\"M %.2f %.0f V %.0f M %.0f %.2f H %.0f\" stroke=\"#555555\" stroke-width=\"1.2\"/>\n",
					  sx(0), PY0, PY0 + PW, PX0, sy(0), PX0 + PW);
	for (int q = 0; q < 4; q++)
	{
		opcode_buf_printf(&b, "<text class=\"quadrant\" x=\"%.0f\" y=\"%.0f\" text-anchor=\"%s\" font-style=\"italic\" fill=\"#777777\">"
						  "<tspan x=\"%.0f\">%s</tspan><tspan x=\"%.0f\" dy=\"14\">%s</tspan></text>\n",
						  quadrants[q].x, quadrants[q].y, quadrants[q].anchor,
						  quadrants[q].x, quadrants[q].line1, quadrants[q].x, quadrants[q].line2);
		obst[nobst++] = quadrant_box(q);
	}
	opcode_buf_printf(&b, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" font-size=\"12\">"
					  "P-1 nature of the political universe: hostile &#x2190; &#x2192; friendly</text>\n",
					  PX0 + PW / 2, PY0 + PW + 40);
	opcode_buf_printf(&b, "<text transform=\"translate(%.0f %.0f) rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">"
					  "I-1 strategic approach: conflictual &#x2190; &#x2192; cooperative</text>\n",
					  PX0 - 44, PY0 + PW / 2);
	buf_puts(&b, "</g>\n");

	/* markers and error bars; every marker is an obstacle for every label */
	buf_puts(&b, "<g class=\"profiles\">\n");
	for (int i = 0; i < n; i++)
	{
		const OpPlotPoint *p = &pts[i];
		const char *color = palette[i % NPALETTE];
		double		x,
					y;

		if (!p->has_x || !p->has_y)
			continue;
		x = clip1(p->x);
		y = clip1(p->y);
		/* error bars are obstacles for the labels too */
		if (!p->x_pooled && !isnan(p->x_se) && p->x_se > 0)
		{
			error_bar(&b, true, x, y, p->x_se, color);
			obst[nobst++] = (OpBox) {sx(clip1(x - p->x_se)) - 1, sy(y) - 5, sx(clip1(x + p->x_se)) + 1, sy(y) + 5};
		}
		if (!p->y_pooled && !isnan(p->y_se) && p->y_se > 0)
		{
			error_bar(&b, false, y, x, p->y_se, color);
			obst[nobst++] = (OpBox) {sx(x) - 5, sy(clip1(y + p->y_se)) - 1, sx(x) + 5, sy(clip1(y - p->y_se)) + 1};
		}
		marker(&b, (i / NPALETTE) % 4, sx(x), sy(y), color);
		ax[drawn] = sx(x);
		ay[drawn] = sy(y);
		lw[drawn] = text_width(p->label, p->label_len, LABEL_FONT, LABEL_MAX_CHARS);
		which[drawn] = i;
		drawn++;
	}
	buf_puts(&b, "</g>\n");

	/* labels: placed around their markers without overlapping each other or the markers */
	{
		OpBox	   *all = alloc->alloc(alloc->ctx, sizeof(OpBox) * (nobst + drawn + 1));

		memcpy(all, obst, sizeof(OpBox) * nobst);
		for (int k = 0; k < drawn; k++)
		{
			all[nobst + k].x0 = ax[k] - MARKER_R - 2;
			all[nobst + k].x1 = ax[k] + MARKER_R + 2;
			all[nobst + k].y0 = ay[k] - MARKER_R - 2;
			all[nobst + k].y1 = ay[k] + MARKER_R + 2;
		}
		opcode_plot_place_labels(drawn, ax, ay, lw, LABEL_H, all, nobst + drawn, bounds, labels);
		alloc->release(alloc->ctx, all);
	}
	buf_puts(&b, "<g class=\"labels\" font-size=\"12\">\n");
	for (int k = 0; k < drawn; k++)
	{
		const OpPlotPoint *p = &pts[which[k]];
		const OpBox *lb = &labels[k].box;
		double		cx,
					cy;

		if (!labels[k].placed)
			continue;
		/* a leader line when the label sits away from its marker */
		cx = fmax(lb->x0, fmin(ax[k], lb->x1));
		cy = fmax(lb->y0, fmin(ay[k], lb->y1));
		if (hypot(cx - ax[k], cy - ay[k]) > 16)
			opcode_buf_printf(&b, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#999999\" stroke-width=\"0.8\"/>\n",
							  ax[k], ay[k], cx, cy);
		opcode_buf_printf(&b, "<text x=\"%.2f\" y=\"%.2f\" fill=\"%s\">", lb->x0, lb->y1 - 3.5,
						  palette[which[k] % NPALETTE]);
		opcode_buf_xml(&b, p->label, p->label_len, LABEL_MAX_CHARS);
		buf_puts(&b, "</text>\n");
	}
	buf_puts(&b, "</g>\n");

	/* legend */
	opcode_buf_printf(&b, "<g class=\"legend\" font-size=\"12\">\n<text x=\"%.0f\" y=\"%.0f\" font-weight=\"bold\">Legend</text>\n",
					  LEGEND_X, PY0 + 4);
	for (int i = 0; i < n; i++)
	{
		const OpPlotPoint *p = &pts[i];
		double		y = PY0 + 28 + LEGEND_ROW * i;

		marker(&b, (i / NPALETTE) % 4, LEGEND_X + 8, y - 4, palette[i % NPALETTE]);
		opcode_buf_printf(&b, "<text x=\"%.0f\" y=\"%.0f\">", LEGEND_X + 22, y);
		opcode_buf_xml(&b, p->label, p->label_len, LEGEND_MAX_CHARS);
		if (!p->label || p->label_len == 0)
			buf_puts(&b, "(no label)");
		opcode_buf_printf(&b, "</text>\n<text x=\"%.0f\" y=\"%.0f\" font-size=\"10\" fill=\"#555555\">%s</text>\n",
						  LEGEND_X + 22, y + 13, stats[i]);
		alloc->release(alloc->ctx, stats[i]);
	}
	if (norm && norm->name)
	{
		double		y = PY0 + 28 + LEGEND_ROW * n;

		opcode_buf_printf(&b, "<rect x=\"%.0f\" y=\"%.0f\" width=\"16\" height=\"10\" fill=\"#9ecae1\" fill-opacity=\"0.6\" stroke=\"#6baed6\"/>\n",
						  LEGEND_X, y - 10);
		opcode_buf_printf(&b, "<text x=\"%.0f\" y=\"%.0f\">norming group ", LEGEND_X + 22, y);
		opcode_buf_xml(&b, norm->name, strlen(norm->name), LEGEND_MAX_CHARS);
		opcode_buf_printf(&b, ": mean &#xB1; 1 SD</text>\n<text x=\"%.0f\" y=\"%.0f\" font-size=\"10\" fill=\"#555555\">"
						  "P-1 %.3f &#xB1; %.3f, I-1 %.3f &#xB1; %.3f</text>\n",
						  LEGEND_X + 22, y + 13, norm->x_mean, norm->x_sd, norm->y_mean, norm->y_sd);
	}
	opcode_buf_printf(&b, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"10\" fill=\"#555555\">"
					  "markers: per-document means; bars: &#xB1; 1 standard error</text>\n",
					  PX0, height - 10);
	buf_puts(&b, "</g>\n</svg>\n");

	alloc->release(alloc->ctx, ax);
	alloc->release(alloc->ctx, ay);
	alloc->release(alloc->ctx, lw);
	alloc->release(alloc->ctx, which);
	alloc->release(alloc->ctx, obst);
	alloc->release(alloc->ctx, labels);
	alloc->release(alloc->ctx, stats);

	/*
	 * One line: the line breaks above only follow a closing '>', where XML ignores them, and
	 * without them (and without tabs or backslashes, which labels never produce) the text
	 * survives COPY TO in text format unchanged, so \copy (SELECT vics_plot_svg(...)) TO
	 * 'file.svg' writes a valid file.
	 */
	{
		size_t		out = 0;

		for (size_t i = 0; i < b.len; i++)
			if (b.data[i] != '\n')
				b.data[out++] = b.data[i];
		b.data[out] = '\0';
		b.len = out;
	}
	if (len)
		*len = b.len;
	return b.data;
}
