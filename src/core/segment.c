/*
 * segment.c: sentences and words from ICU break iterators over the UTF-8 bytes.
 *
 * The text is handed to ICU in chunks of OP_CODER_CHUNK bytes through one reused UText
 * (utext_openUTF8 on an existing UText allocates nothing), so a 200 MB text costs the same
 * memory as a 200-byte one and the cancel callback runs between chunks and sentences.  A
 * chunk ends at its last sentence boundary; a chunk without one (a "sentence" longer than
 * the chunk: a list, binary junk) is cut at its last blank.  Native indexes of a UTF-8 UText
 * are byte offsets, so token offsets need no conversion.
 */
#include "coder_int.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

bool
op_segment_open(OpCoder *c, OpError *err)
{
	UErrorCode	st = U_ZERO_ERROR;

	/* ss=standard: no sentence break after "Mr." and other abbreviations */
	c->sent = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &st);
	if (U_FAILURE(st))
	{
		st = U_ZERO_ERROR;
		c->sent = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &st);
	}
	if (U_SUCCESS(st))
		c->word = ubrk_open(UBRK_WORD, "en", NULL, 0, &st);
	if (U_SUCCESS(st))
		c->ut = utext_openUTF8(NULL, "", 0, &st);
	if (U_FAILURE(st))
	{
		op_segment_close(c);
		op_fail(err, OP_ERR_ICU, "could not open ICU break iterators: %s", u_errorName(st));
		return false;
	}
	return true;
}

void
op_segment_close(OpCoder *c)
{
	if (c->sent)
		ubrk_close(c->sent);
	if (c->word)
		ubrk_close(c->word);
	if (c->ut)
		utext_close(c->ut);
	c->sent = c->word = NULL;
	c->ut = NULL;
}

/* ---- the token window --------------------------------------------------------------- */

static void
lbuf_reserve(OpCoder *c, size_t more)
{
	if (c->lbuf_used + more > c->lbuf_cap)
	{
		size_t		ncap = c->lbuf_cap * 2;
		char	   *nb;

		while (ncap < c->lbuf_used + more)
			ncap *= 2;
		nb = c->alloc->alloc(c->alloc->ctx, ncap);
		memcpy(nb, c->lbuf, c->lbuf_used);
		c->alloc->release(c->alloc->ctx, c->lbuf);
		c->lbuf = nb;
		c->lbuf_cap = ncap;
	}
}

static void
window_reset(OpCoder *c)
{
	c->ntok = 0;
	c->lbuf_used = 0;
}

static void
window_flush(OpCoder *c)
{
	if (c->ntok > 0)
		op_clause_sentence(c);
	window_reset(c);
}

static Tok *
new_tok(OpCoder *c)
{
	Tok		   *t;

	if (c->ntok >= OP_CODER_MAX_TOKENS)
		window_flush(c);		/* an over-long sentence: code it in windows */
	t = &c->tok[c->ntok++];
	memset(t, 0, sizeof(*t));
	return t;
}

static void
classify(OpCoder *c, Tok *t)
{
	const OpLexicon *lex = c->req ? c->req->lexicon : NULL;

	t->wi = lex ? op_lexicon_lookup(lex, c->lbuf + t->lo, t->len) : NULL;
	t->wc = t->wi ? t->wi->wclass : 0;
}

/*
 * Appends the lowercase form of text[s..e) to lbuf; curly apostrophes become '.  Returns
 * the lowercase length and sets *apos_orig / *apos_low to the last apostrophe (or -1).
 */
static size_t
lower_into(OpCoder *c, const char *text, int32_t s, int32_t e, bool *cap, bool *allcap,
		   int32_t *apos_orig, int32_t *apos_low)
{
	size_t		start = c->lbuf_used;
	int32_t		i = s;
	int			letters = 0,
				upper = 0;
	bool		first = true;

	lbuf_reserve(c, (size_t) (e - s) * 2 + 8);
	*apos_orig = *apos_low = -1;
	*cap = false;
	while (i < e)
	{
		unsigned char b = (unsigned char) text[i];

		if (b < 0x80)
		{
			char		ch = (char) b;

			if (ch >= 'A' && ch <= 'Z')
			{
				if (first)
					*cap = true;
				upper++;
				letters++;
				ch += 'a' - 'A';
			}
			else if (ch >= 'a' && ch <= 'z')
				letters++;
			else if (ch == '\'')
			{
				*apos_orig = i;
				*apos_low = (int32_t) (c->lbuf_used - start);
			}
			if (ch != '\'' || !first)
				first = false;
			c->lbuf[c->lbuf_used++] = ch;
			i++;
		}
		else
		{
			UChar32		cp;
			int32_t		at = i;

			U8_NEXT(text, i, e, cp);
			if (cp < 0)
				cp = 0xFFFD;
			/*
			 * Format characters (soft hyphen, zero-width joiners, word joiner, BOM, bidi
			 * marks) are invisible to a reader: "co\u00ADoperate" is "cooperate".
			 */
			if (u_charType(cp) == U_FORMAT_CHAR)
				continue;
			if (cp == 0x2019 || cp == 0x2018)
			{
				*apos_orig = at;
				*apos_low = (int32_t) (c->lbuf_used - start);
				c->lbuf[c->lbuf_used++] = '\'';
				continue;
			}
			if (u_isUAlphabetic(cp))
			{
				letters++;
				if (u_isupper(cp))
				{
					upper++;
					if (first)
						*cap = true;
					cp = u_tolower(cp);
				}
			}
			first = false;
			{
				int32_t		k = 0;
				uint8_t		buf[4];
				UBool		bad = false;

				U8_APPEND(buf, k, 4, cp, bad);
				if (bad)
					k = 0;
				memcpy(c->lbuf + c->lbuf_used, buf, k);
				c->lbuf_used += k;
			}
		}
	}
	*allcap = letters >= 2 && upper == letters;
	return c->lbuf_used - start;
}

static const char *const clitics[] = {"'s", "'re", "'ve", "'ll", "'d", "'m", NULL};

/* Adds the word text[s..e) (ICU rule status st) to the window, splitting clitics. */
static void
add_word(OpCoder *c, const char *text, int32_t s, int32_t e, int32_t st)
{
	bool		cap,
				allcap;
	int32_t		ao,
				al;
	uint32_t	lo = (uint32_t) c->lbuf_used;
	size_t		len;
	Tok		   *prev = c->ntok >= 2 ? &c->tok[c->ntok - 1] : NULL;
	Tok		   *t;

	if (e - s > 200)
	{
		/* no word of a speech is this long: keep it as an opaque token */
		t = new_tok(c);
		t->start = s;
		t->end = e;
		t->type = TT_PUNCT;
		t->punct = '*';
		return;
	}

	/* word-hyphen-word without blanks is one token: "Secretary-General", "anti-terrorist" */
	if (prev && prev->type == TT_PUNCT && prev->punct == '-' && prev->start + 1 == prev->end &&
		prev->end == s && c->tok[c->ntok - 2].type != TT_PUNCT && c->tok[c->ntok - 2].end == prev->start &&
		c->tok[c->ntok - 2].lo + c->tok[c->ntok - 2].len == c->lbuf_used)
	{
		Tok		   *w = &c->tok[c->ntok - 2];

		c->ntok--;				/* drop the hyphen */
		lbuf_reserve(c, 1);
		c->lbuf[c->lbuf_used++] = '-';
		len = lower_into(c, text, s, e, &cap, &allcap, &ao, &al);
		w->len = (uint16_t) (w->len + 1 + len);
		w->end = e;
		w->allcap = w->allcap && allcap;
		classify(c, w);
		return;
	}

	len = lower_into(c, text, s, e, &cap, &allcap, &ao, &al);
	if (ao >= 0 && al > 0 && st >= UBRK_WORD_LETTER)
	{
		const char *lw = c->lbuf + lo;
		int32_t		split_low = -1,
					split_orig = -1;

		if ((size_t) al + 2 == len && lw[al - 1] == 'n' && lw[al + 1] == 't' && al >= 2)
		{
			split_low = al - 1;	/* do|n't */
			split_orig = ao - 1;
		}
		else
			for (int k = 0; clitics[k]; k++)
				if (strlen(clitics[k]) == len - al && memcmp(lw + al, clitics[k], len - al) == 0)
				{
					split_low = al;
					split_orig = ao;
				}
		if (split_low > 0)
		{
			t = new_tok(c);
			t->start = s;
			t->end = split_orig;
			t->lo = lo;
			t->len = (uint16_t) split_low;
			t->type = TT_WORD;
			t->cap = cap;
			t->allcap = allcap;
			classify(c, t);
			t = new_tok(c);
			t->start = split_orig;
			t->end = e;
			t->lo = lo + split_low;
			t->len = (uint16_t) (len - split_low);
			t->type = TT_WORD;
			classify(c, t);
			return;
		}
	}
	t = new_tok(c);
	t->start = s;
	t->end = e;
	t->lo = lo;
	t->len = (uint16_t) len;
	t->type = st < UBRK_WORD_LETTER ? TT_NUM : TT_WORD;
	t->cap = cap;
	t->allcap = allcap;
	classify(c, t);
}

/* Adds a non-word segment: blanks are dropped, punctuation becomes a token. */
static void
add_other(OpCoder *c, const char *text, int32_t s, int32_t e)
{
	unsigned char b = (unsigned char) text[s];
	char		p = '*';
	Tok		   *t;

	if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v')
		return;
	if (b < 0x80)
	{
		if (strchr(",;:?!.()\"-", b) && b != '\0')
			p = (char) b;
		else if (b == '[' || b == '{')
			p = '(';
		else if (b == ']' || b == '}')
			p = ')';
		else if (b < 0x20 || b == 0x7f)
			return;				/* control characters: like blanks */
	}
	else
	{
		UChar32		cp;
		int32_t		i = s;

		U8_NEXT(text, i, e, cp);
		switch (cp)
		{
			case 0x201C:
			case 0x201E:
			case 0x00AB:
				p = 'o';
				break;
			case 0x201D:
			case 0x00BB:
				p = 'c';
				break;
			case 0x2018:
				p = 'O';
				break;
			case 0x2019:
				p = 'C';
				break;
			case 0x2013:
			case 0x2014:
			case 0x2015:
				p = '-';
				break;
			case 0x2026:
				p = '.';
				break;
			case 0x00A0:
			case 0x2009:
			case 0x200B:
			case 0x3000:
				return;
			default:
				if (cp < 0 || u_isUWhiteSpace(cp) || u_iscntrl(cp))
					return;
				break;
		}
	}
	t = new_tok(c);
	t->start = s;
	t->end = e;
	t->lo = (uint32_t) c->lbuf_used;
	t->type = TT_PUNCT;
	t->punct = p;
}

static void
bounds_push(OpCoder *c, int32_t b)
{
	if (c->nbounds == c->bounds_cap)
	{
		int			ncap = c->bounds_cap * 2;
		int32_t    *nb = c->alloc->alloc(c->alloc->ctx, (size_t) ncap * sizeof(int32_t));

		memcpy(nb, c->bounds, (size_t) c->nbounds * sizeof(int32_t));
		c->alloc->release(c->alloc->ctx, c->bounds);
		c->bounds = nb;
		c->bounds_cap = ncap;
	}
	c->bounds[c->nbounds++] = b;
}

static bool
check_cancel(OpCoder *c)
{
	if (c->stopped)
		return false;
	if (c->req->cancel && !c->req->cancel(c->req->cancel_arg))
		c->stopped = true;
	return !c->stopped;
}

bool
op_segment_run(OpCoder *c, const char *text, size_t len, OpError *err)
{
	size_t		pos = 0;

	while (pos < len)
	{
		UErrorCode	st = U_ZERO_ERROR;
		size_t		end = len - pos > OP_CODER_CHUNK ? pos + OP_CODER_CHUNK : len;
		int32_t		usable,
					prev,
					b;
		int			s = 0;
		bool		any_word = false;

		if (!check_cancel(c))
			break;
		if (end < len)
		{
			/* never split a UTF-8 sequence: back up to a lead byte */
			size_t		e2 = end;

			while (e2 > pos + 1 && ((unsigned char) text[e2] & 0xC0) == 0x80)
				e2--;
			end = e2;
		}
		utext_openUTF8(c->ut, text + pos, (int64_t) (end - pos), &st);
		ubrk_setUText(c->sent, c->ut, &st);
		if (U_FAILURE(st))
			return op_fail(err, OP_ERR_ICU, "ICU sentence segmentation failed: %s", u_errorName(st));
		c->nbounds = 0;
		bounds_push(c, 0);
		for (b = ubrk_next(c->sent); b != UBRK_DONE; b = ubrk_next(c->sent))
			bounds_push(c, b);
		if (c->bounds[c->nbounds - 1] != (int32_t) (end - pos))
			bounds_push(c, (int32_t) (end - pos));
		if (end < len)
		{
			if (c->nbounds >= 3)
				c->nbounds--;		/* the chunk end is not a sentence end */
			else
			{
				/* no sentence end in the whole chunk: cut at the last blank of its second half */
				int32_t		cut = (int32_t) (end - pos);

				for (int32_t k = cut - 1; k > cut / 2; k--)
					if (text[pos + k] == ' ' || text[pos + k] == '\n' || text[pos + k] == '\t')
					{
						cut = k + 1;
						break;
					}
				c->bounds[1] = cut;
				c->nbounds = 2;
			}
		}
		usable = c->bounds[c->nbounds - 1];

		ubrk_setUText(c->word, c->ut, &st);
		if (U_FAILURE(st))
			return op_fail(err, OP_ERR_ICU, "ICU word segmentation failed: %s", u_errorName(st));
		window_reset(c);
		prev = 0;
		for (b = ubrk_next(c->word); b != UBRK_DONE && prev < usable; prev = b, b = ubrk_next(c->word))
		{
			int32_t		st_rule = ubrk_getRuleStatus(c->word);
			int32_t		e = b > usable ? usable : b;

			while (s + 1 < c->nbounds - 1 && prev >= c->bounds[s + 1])
			{
				/* a new sentence starts */
				if (any_word)
				{
					window_flush(c);
					if (!check_cancel(c))
						break;
				}
				window_reset(c);
				any_word = false;
				s++;
			}
			if (c->stopped)
				break;
			if (st_rule == UBRK_WORD_NONE)
				add_other(c, text, (int32_t) pos + prev, (int32_t) pos + e);
			else
			{
				if (!any_word)
				{
					c->sentence++;
					c->tally->sentences++;
					any_word = true;
				}
				c->tally->words++;
				add_word(c, text, (int32_t) pos + prev, (int32_t) pos + e, st_rule);
			}
		}
		if (c->stopped)
			break;
		if (any_word)
			window_flush(c);
		window_reset(c);
		pos += (size_t) usable;
	}
	if (c->stopped)
		return op_fail(err, OP_ERR_CANCEL, "coding was cancelled");
	return true;
}

int
op_segment_words(OpCoder *c, const char *s, size_t len, char *out, size_t outcap,
				 uint16_t *lens, int maxwords)
{
	UErrorCode	st = U_ZERO_ERROR;
	int32_t		prev = 0,
				b;
	int			n = 0;
	size_t		used = 0;

	if (len > 4096)
		len = 4096;
	window_reset(c);
	utext_openUTF8(c->ut, s, (int64_t) len, &st);
	ubrk_setUText(c->word, c->ut, &st);
	if (U_FAILURE(st))
		return 0;
	for (b = ubrk_next(c->word); b != UBRK_DONE; prev = b, b = ubrk_next(c->word))
		if (ubrk_getRuleStatus(c->word) != UBRK_WORD_NONE)
			add_word(c, s, prev, b, ubrk_getRuleStatus(c->word));
		else
			add_other(c, s, prev, b);
	for (int i = 0; i < c->ntok && n < maxwords; i++)
	{
		Tok		   *t = &c->tok[i];

		if (t->type == TT_PUNCT || used + t->len + 1 > outcap)
			continue;
		memcpy(out + used, c->lbuf + t->lo, t->len);
		out[used + t->len] = '\0';
		lens[n++] = t->len;
		used += t->len + 1;
	}
	window_reset(c);
	return n;
}
