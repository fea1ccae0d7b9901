/*
 * lexcache.h: the per-backend cache of compiled lexicons and the per-backend coder.
 *
 * A lexicon is compiled from the view vics_lexicon and the table vics_irregular on first
 * use in a backend and kept until one of the lexicon tables changes: a statement trigger on
 * each table sends a relcache invalidation, which every backend (this one at the next
 * command, the others at their next transaction) turns into "rebuild on next use".
 */
#ifndef OPCODE_LEXCACHE_H
#define OPCODE_LEXCACHE_H

#include "postgres.h"
#include "coder.h"

/* The compiled lexicon of lang; ERROR (22023) for a language without entries. */
extern const OpLexicon *opcode_lexicon_get(const char *lang);

/* The backend's coder (ICU iterators opened once). */
extern OpCoder *opcode_coder_get(void);

#endif
