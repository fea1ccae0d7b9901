/* The SVG picture: XML escaping, label placement without overlaps, document content. */
#include "unit.h"
#include "plot.h"

static char *
xml(const char *s, size_t len, int max_chars)
{
	OpBuf		b;

	opcode_buf_init(&b, &unit_allocator);
	opcode_buf_xml(&b, s, len, max_chars);
	return b.data;
}

UNIT_TEST(plot_xml_escaping)
{
	char	   *x;

	x = xml("<b>Tom & \"Jerry\"'s</b>", 22, 0);
	CHECK_STR(x, "&lt;b&gt;Tom &amp; &quot;Jerry&quot;&#39;s&lt;/b&gt;");
	free(x);
	/* non-ASCII as character references; a control character and a tab */
	x = xml("Xi \xe4\xb9\xa0 / K\xc3\xbcrt\x01\tend", 19, 0);
	CHECK_STR(x, "Xi &#x4E60; / K&#xFC;rt&#xFFFD; end");
	free(x);
	/* invalid UTF-8: a stray continuation byte, a truncated sequence, an overlong '/' and a
	 * surrogate each become U+FFFD, and the rest is kept */
	x = xml("a\x80" "b\xe4\xb9" "c\xc0\xaf" "d\xed\xa0\x80" "e", 13, 0);
	CHECK_STR(x, "a&#xFFFD;b&#xFFFD;&#xFFFD;c&#xFFFD;&#xFFFD;d&#xFFFD;&#xFFFD;&#xFFFD;e");
	free(x);
	/* U+FFFE is not an XML character; a 4-byte emoji is */
	x = xml("\xef\xbf\xbe\xf0\x9f\x98\x80", 7, 0);
	CHECK_STR(x, "&#xFFFD;&#x1F600;");
	free(x);
	/* cut with an ellipsis after max_chars characters (not bytes) */
	x = xml("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", 8, 3);
	CHECK_STR(x, "&#xE9;&#xE9;&#xE9;&#x2026;");
	free(x);
	x = xml("C:\\dir", 6, 0);
	CHECK_STR(x, "C:&#x5C;dir");
	free(x);
	x = xml("abc", 3, 3);
	CHECK_STR(x, "abc");
	free(x);
	x = xml(NULL, 0, 0);
	CHECK_STR(x, "");
	free(x);
}

UNIT_TEST(plot_text_width)
{
	/* wide CJK characters count a full em, ASCII less */
	CHECK_NEAR(opcode_plot_text_width("\xe4\xb9\xa0\xe8\xbf\x91", 6, 10), 20, 1e-12);
	CHECK(opcode_plot_text_width("abc", 3, 10) < 20 && opcode_plot_text_width("abc", 3, 10) > 10);
	CHECK(opcode_plot_text_width("WWW", 3, 10) > opcode_plot_text_width("iii", 3, 10));
}

static bool
boxes_overlap(const OpBox *a, const OpBox *b)
{
	return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

/* n labels at anchors: every placed label is inside the bounds and overlaps nothing */
static int
check_layout(int n, const double *ax, const double *ay, const double *w, const OpBox *obst, int nobst)
{
	OpBox		bounds = {80, 60, 560, 540};
	OpPlotLabel *out = malloc(sizeof(OpPlotLabel) * n);
	int			placed = opcode_plot_place_labels(n, ax, ay, w, 15, obst, nobst, bounds, out),
				count = 0;

	for (int i = 0; i < n; i++)
	{
		if (!out[i].placed)
			continue;
		count++;
		CHECK(out[i].box.x0 >= bounds.x0 && out[i].box.x1 <= bounds.x1 &&
			  out[i].box.y0 >= bounds.y0 && out[i].box.y1 <= bounds.y1);
		CHECK_NEAR(out[i].box.x1 - out[i].box.x0, w[i], 1e-9);
		for (int j = 0; j < i; j++)
			if (out[j].placed)
				CHECK(!boxes_overlap(&out[i].box, &out[j].box));
		for (int j = 0; j < nobst; j++)
			CHECK(!boxes_overlap(&out[i].box, &obst[j]));
	}
	CHECK(count == placed);
	free(out);
	return placed;
}

UNIT_TEST(plot_labels_never_overlap)
{
	double		ax[60],
				ay[60],
				w[60];
	OpBox		obst[60];
	unsigned	seed = 12345;

	/* twelve profiles on the very same spot: all placed, around it */
	for (int i = 0; i < 12; i++)
	{
		ax[i] = 300, ay[i] = 300, w[i] = 60 + 7 * i;
		obst[i] = (OpBox) {294, 294, 306, 306};
	}
	CHECK(check_layout(12, ax, ay, w, obst, 1) == 12);

	/* sixty labels scattered at random, with their markers as obstacles: all placed */
	for (int i = 0; i < 60; i++)
	{
		seed = seed * 1103515245u + 12345u;
		ax[i] = 90 + (seed >> 8) % 460;
		seed = seed * 1103515245u + 12345u;
		ay[i] = 70 + (seed >> 8) % 460;
		w[i] = 40 + (seed >> 4) % 90;
		obst[i] = (OpBox) {ax[i] - 7, ay[i] - 7, ax[i] + 7, ay[i] + 7};
	}
	{
		int			placed = check_layout(60, ax, ay, w, obst, 60);

		/* crowded (60 labels of ~85 px in a 480 px square): nearly all still find a spot */
		CHECK(placed >= 54);
		fprintf(stderr, "  plot: %d of 60 random labels placed\n", placed);
		/* the first 30 alone: every one */
		CHECK(check_layout(30, ax, ay, w, obst, 30) == 30);
	}

	/* a label too wide for the plot cannot be placed, and is reported so */
	ax[0] = 300, ay[0] = 300, w[0] = 1000;
	CHECK(check_layout(1, ax, ay, w, obst, 0) == 0);

	/* near the edge: the label goes inside, to the left */
	ax[0] = 555, ay[0] = 300, w[0] = 80;
	CHECK(check_layout(1, ax, ay, w, NULL, 0) == 1);
}

static int
count(const char *hay, const char *needle)
{
	int			n = 0;

	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

UNIT_TEST(plot_document)
{
	OpPlotPoint pts[3] = {
		{"Xi <2013>", 9, true, true, false, false, -0.1, 0.4, 0.05, 0.08, 12, 12},
		{"Putin & co", 10, true, true, false, false, -0.05, 0.3, NAN, NAN, 1, 1},
		{"no other", 8, false, true, false, false, 0, 0.2, NAN, 0.1, 0, 5},
	};
	OpPlotNorm	norm = {"walker2005", 0.273, 0.280, 0.346, 0.336};
	size_t		len;
	char	   *svg = opcode_plot_svg(pts, 3, &norm, &unit_allocator, &len);

	CHECK(len == strlen(svg));
	{
		const char *head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
			"<svg xmlns=\"http://www.w3.org/2000/svg\"";

		CHECK(strncmp(svg, head, strlen(head)) == 0);
	}
	CHECK(strcmp(svg + len - 6, "</svg>") == 0);
	/* pure ASCII on one line, no tab or backslash: COPY TO (text) writes it unchanged */
	for (size_t i = 0; i < len; i++)
		CHECK((unsigned char) svg[i] < 0x80 && (unsigned char) svg[i] >= 0x20 && svg[i] != '\\');
	/* two markers drawn (the third has no P-1), three legend rows, escaped labels */
	CHECK(count(svg, "<circle") == 2 + 3);	/* two in the plot, three in the legend */
	CHECK(strstr(svg, "Xi &lt;2013&gt;") != NULL);
	CHECK(strstr(svg, "Putin &amp; co") != NULL);
	CHECK(strstr(svg, "not drawn: P-1 undefined, I-1 0.200 &#xB1; 0.100 (n 5)") != NULL);
	CHECK(strstr(svg, "P-1 -0.100 &#xB1; 0.050 (n 12), I-1 0.400 &#xB1; 0.080 (n 12)") != NULL);
	CHECK(strstr(svg, "P-1 -0.050 (n 1), I-1 0.300 (n 1)") != NULL);
	/* error bars of the first profile only: 2 bars with 2 caps each */
	CHECK(count(svg, "stroke-width=\"1.5\"") == 6);
	/* the norming group band and its legend row, the four quadrant names */
	CHECK(strstr(svg, "norming group walker2005: mean &#xB1; 1 SD") != NULL);
	CHECK(strstr(svg, "P-1 0.273 &#xB1; 0.280, I-1 0.346 &#xB1; 0.336") != NULL);
	CHECK(count(svg, "class=\"quadrant\"") == 4);
	CHECK(strstr(svg, "friendly world</tspan><tspan x=\"552\" dy=\"14\">cooperative strategy") != NULL);
	/* the band: P-1 .273 +- .280 -> x 80 + (1 - .007)/2*480 .. 80 + 1.553/2*480 */
	CHECK(strstr(svg, "<rect x=\"318.32\" y=\"") != NULL);
	free(svg);

	/* no profiles, no norm: still a valid document */
	svg = opcode_plot_svg(NULL, 0, NULL, &unit_allocator, &len);
	CHECK(strstr(svg, "</svg>") != NULL && strstr(svg, "norming group") == NULL);
	free(svg);
}
