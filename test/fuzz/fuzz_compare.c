/*
 * libFuzzer harness for the comparison side of src/core: the t distribution, the tests
 * between two sets of moments, and the SVG picture with arbitrary labels.
 *
 * Properties checked (abort = finding):
 *  - t CDF: both tails in [0, 1], adding to 1 within 1e-15, symmetric, monotone in t;
 *    the quantile is monotone in p and maps back to p (within the slope of the CDF times
 *    the CDF's own accuracy, which degrades slowly beyond df 1e4);
 *  - opcode_compare_moments on any moments: a test only when both sides have n >= 2 and a
 *    positive standard error; every reported number finite; p and p_equivalence in [0, 1];
 *    the verdict agrees with the rules of compare.h; swapping sides flips t and g only;
 *  - the SVG of any labels (invalid UTF-8, controls, markup) is pure ASCII on one line
 *    without tabs or backslashes, has no raw '<' or '&' from a label, opens with the XML
 *    declaration and ends with </svg>; the labels it places never overlap.
 */
#include "compare.h"
#include "plot.h"
#include "tdist.h"

#define FUZZ_NAME "fuzz_compare"
#include "fuzz_common.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>




static uint32_t
u32(Reader *r)
{
	uint32_t	v = 0;

	for (int i = 0; i < 4; i++)
		v = (v << 8) | byte(r);
	return v;
}

/* a double spread over many magnitudes: mantissa from 2 bytes, exponent from 1 */
static double
num(Reader *r, double lo_exp, double hi_exp)
{
	double		m = (u32(r) & 0xffff) / 65536.0;
	double		e = lo_exp + (hi_exp - lo_exp) * byte(r) / 255.0;

	return (0.5 + m) * pow(10, e);
}

static void
check_t(Reader *r)
{
	double		df = num(r, -1, 6),
				t = num(r, -6, 300) * (byte(r) & 1 ? -1 : 1),
				lo = opcode_t_cdf(t, df, false),
				up = opcode_t_cdf(t, df, true),
				p = u32(r) / 4294967296.0,
				q,
				q2;

	REQUIRE(lo >= 0 && lo <= 1 && up >= 0 && up <= 1);
	REQUIRE(fabs(lo + up - 1) <= 1e-15);
	REQUIRE(opcode_t_cdf(-t, df, true) == lo);
	REQUIRE(opcode_t_cdf(t * 1.01, df, false) >= lo || t < 0);
	if (p > 0 && p < 1)
	{
		q = opcode_t_quantile(p, df);
		q2 = opcode_t_quantile(fmin(1, p * 1.001), df);
		REQUIRE(!isnan(q) && !isnan(q2) && q2 >= q);
		if (isfinite(q) && q != 0)
		{
			/* the CDF's own relative error grows like sqrt(df) past df ~ 1e4 (the continued
			 * fraction cancels near its switch-over point): 1e-13 at df 1000, 1e-11 at 5e5 */
			double		back = opcode_t_cdf(q, df, p >= 0.5),
						target = p >= 0.5 ? 1 - p : p,
						slack = 1e-12 * fmax(1, sqrt(df) / 10) * exp(log(fabs(q)) + opcode_t_logpdf(q, df)) +
				1e-15 * target;

			REQUIRE(fabs(back - target) <= slack);
		}
	}
}

static void
check_compare(Reader *r)
{
	OpMoments	a,
				b;
	OpComparison c,
				s;
	OpError		err;
	double		alpha = 0.001 + 0.49 * byte(r) / 255.0,
				margin = byte(r) & 1 ? NAN : num(r, -4, 1);

	a.n = byte(r) % 40;
	b.n = byte(r) % 40;
	a.mean = (u32(r) / 4294967296.0) * 2 - 1;
	b.mean = (u32(r) / 4294967296.0) * 2 - 1;
	a.m2 = a.n > 1 && (byte(r) & 3) ? num(r, -12, 1) : 0;
	b.m2 = b.n > 1 && (byte(r) & 3) ? num(r, -12, 1) : 0;
	if (a.n == 0)
		a.mean = 0;
	if (b.n == 0)
		b.mean = 0;

	REQUIRE(opcode_compare_moments(&a, &b, alpha, margin, 0.8, &c, &err));
	REQUIRE(opcode_compare_moments(&b, &a, alpha, margin, 0.8, &s, &err));
	REQUIRE(c.tested == (a.n >= 2 && b.n >= 2 && (a.m2 > 0 || b.m2 > 0)) || (c.notes & OP_NOTE_NUMERIC));
	REQUIRE((c.verdict == OP_VERDICT_NONE) == !c.tested);
	if (c.tested)
	{
		REQUIRE(isfinite(c.t) && isfinite(c.df) && c.df > 0 && c.p >= 0 && c.p <= 1);
		REQUIRE(s.tested && s.t == -c.t && s.df == c.df && s.p == c.p);
		if (c.has_g)
			REQUIRE(isfinite(c.g) && s.has_g && s.g == -c.g);
		if (c.has_equivalence)
			REQUIRE(c.p_equivalence >= 0 && c.p_equivalence <= 1 &&
					fabs(s.p_equivalence - c.p_equivalence) <= 1e-15);
		if (c.verdict == OP_VERDICT_CONGRUENT)
			REQUIRE(c.has_equivalence && c.p_equivalence < alpha);
		else if (c.verdict == OP_VERDICT_DIVERGENT)
			REQUIRE(c.p < alpha && !(c.has_equivalence && c.p_equivalence < alpha));
		else
		{
			REQUIRE(c.p >= alpha && !(c.has_equivalence && c.p_equivalence < alpha));
			REQUIRE(c.more_needed == -1 || c.more_needed >= 1);
		}
	}
	else
		REQUIRE(c.more_needed == -1);
}

static void
check_svg(Reader *r)
{
	OpPlotPoint pts[12];
	char		labels[12][40];
	int			n = byte(r) % 12;
	OpPlotNorm	norm = {byte(r) & 1 ? "g<&>" : NULL, 0.273, 0.28, 0.346, 0.336};
	size_t		len;
	char	   *svg;

	for (int i = 0; i < n; i++)
	{
		size_t		ln = byte(r) % 40;

		for (size_t k = 0; k < ln; k++)
			labels[i][k] = (char) byte(r);
		memset(&pts[i], 0, sizeof(pts[i]));
		pts[i].label = labels[i];
		pts[i].label_len = ln;
		pts[i].has_x = byte(r) % 5 != 0;
		pts[i].has_y = byte(r) % 5 != 0;
		pts[i].x = (u32(r) / 4294967296.0) * 2.4 - 1.2;	/* a little out of range too */
		pts[i].y = (u32(r) / 4294967296.0) * 2.4 - 1.2;
		pts[i].x_se = byte(r) & 1 ? NAN : num(r, -4, 1);
		pts[i].y_se = byte(r) & 1 ? NAN : num(r, -4, 1);
		pts[i].n_x = pts[i].n_y = byte(r);
	}
	svg = opcode_plot_svg(pts, n, &norm, &fz_allocator, &len);
	REQUIRE(len == strlen(svg));
	for (size_t i = 0; i < len; i++)
		REQUIRE((unsigned char) svg[i] < 0x80 && svg[i] >= 0x20 && svg[i] != '\\');
	REQUIRE(strncmp(svg, "<?xml version=\"1.0\"", 19) == 0);
	REQUIRE(len >= 6 && strcmp(svg + len - 6, "</svg>") == 0);
	/* a raw '<' may only open a tag: it is followed by a letter, '/', '?' */
	for (const char *p = strchr(svg, '<'); p; p = strchr(p + 1, '<'))
		REQUIRE((p[1] >= 'a' && p[1] <= 'z') || p[1] == '/' || p[1] == '?');
	for (const char *p = strchr(svg, '&'); p; p = strchr(p + 1, '&'))
		REQUIRE(p[1] == '#' || strncmp(p, "&amp;", 5) == 0 || strncmp(p, "&lt;", 4) == 0 ||
				strncmp(p, "&gt;", 4) == 0 || strncmp(p, "&quot;", 6) == 0);
	free(svg);

	/* placement on its own: arbitrary anchors and widths never overlap */
	{
		double		ax[12],
					ay[12],
					w[12];
		OpPlotLabel out[12];
		OpBox		bounds = {80, 60, 560, 540};

		for (int i = 0; i < n; i++)
		{
			ax[i] = 60 + byte(r) * 2;
			ay[i] = 40 + byte(r) * 2;
			w[i] = byte(r) * 2;
		}
		opcode_plot_place_labels(n, ax, ay, w, 15, NULL, 0, bounds, out);
		for (int i = 0; i < n; i++)
		{
			if (!out[i].placed)
				continue;
			REQUIRE(out[i].box.x0 >= bounds.x0 && out[i].box.x1 <= bounds.x1 &&
					out[i].box.y0 >= bounds.y0 && out[i].box.y1 <= bounds.y1);
			for (int j = 0; j < i; j++)
				if (out[j].placed)
					REQUIRE(!(out[i].box.x0 < out[j].box.x1 && out[j].box.x0 < out[i].box.x1 &&
							  out[i].box.y0 < out[j].box.y1 && out[j].box.y0 < out[i].box.y1));
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Reader		r = {data, size};

	switch (byte(&r) % 3)
	{
		case 0:
			check_t(&r);
			break;
		case 1:
			check_compare(&r);
			break;
		default:
			check_svg(&r);
			break;
	}
	return 0;
}
