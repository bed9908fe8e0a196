/* stem.h - Italian search terms: the same normalisation for indexed text and
 * for queries (lower case, split on anything but letters and digits, drop
 * stop words, Snowball Italian stemmer), so "certificati anagrafici" and
 * "Certificato anagrafico" meet on "certif anagraf". */
#ifndef CORE_STEM_H
#define CORE_STEM_H

#include <stddef.h>

struct arena;
struct stemmer;

struct stemmer *stem_new(void);
void stem_free(struct stemmer *st);
/* Space-separated stems of TEXT (arena), at most MAX_TERMS of them (0: no limit). */
char *stem_text(struct stemmer *st, struct arena *a, const char *text, size_t max_terms);

/* The length of the letter or digit that starts at P as stem_text sees words (0: not part of
 * a word), so that callers cut text where stem_text would. */
size_t stem_letter(const char *p);

#endif
