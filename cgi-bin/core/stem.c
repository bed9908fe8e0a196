/* stem.c - see stem.h. */
#include "stem.h"

#include <libstemmer.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"

struct stemmer {
	struct sb_stemmer *sb;
};

static const char *const stopwords[] = {
	"a", "ad", "agli", "ai", "al", "alla", "alle", "allo", "anche", "che", "chi", "ci", "come",
	"con", "cosa", "d", "da", "dal", "dalla", "dalle", "de", "degli", "dei", "del", "della",
	"delle", "dello", "di", "e", "ed", "gli", "i", "il", "in", "l", "la", "le", "lo", "ma",
	"mi", "ne", "negli", "nei", "nel", "nella", "nelle", "non", "o", "per", "più", "quale",
	"se", "si", "su", "sua", "sul", "sulla", "suo", "tra", "fra", "un", "una", "uno",
};

static bool is_stopword(const char *w)
{
	for (size_t i = 0; i < sizeof stopwords / sizeof stopwords[0]; i++)
		if (strcmp(w, stopwords[i]) == 0)
			return true;
	return false;
}

struct stemmer *stem_new(void)
{
	struct stemmer *st = malloc(sizeof(*st));
	if (!st)
		abort();
	st->sb = sb_stemmer_new("italian", "UTF_8");
	if (!st->sb)
		abort();
	return st;
}

void stem_free(struct stemmer *st)
{
	if (!st)
		return;
	sb_stemmer_delete(st->sb);
	free(st);
}

/* Lower-case one UTF-8 letter in place: ASCII and the Latin-1 block
 * (À-Þ -> à-þ), which covers Italian. Returns its length, 0 if not a
 * letter or digit. */
static size_t fold(unsigned char *p)
{
	if (p[0] < 0x80) {
		if (p[0] >= 'A' && p[0] <= 'Z')
			p[0] = (unsigned char)(p[0] + 32);
		return (p[0] >= 'a' && p[0] <= 'z') || (p[0] >= '0' && p[0] <= '9');
	}
	if (p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF && p[1] != 0x97 && p[1] != 0xB7) {
		if (p[1] <= 0x9E)
			p[1] = (unsigned char)(p[1] + 0x20);
		return 2;
	}
	return 0;
}

size_t stem_letter(const char *p)
{
	unsigned char c[2] = { (unsigned char)p[0], p[0] ? (unsigned char)p[1] : 0 };
	return fold(c);
}

static size_t utf8_len(unsigned char c)
{
	return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
}

char *stem_text(struct stemmer *st, struct arena *a, const char *text, size_t max_terms)
{
	size_t n = strlen(text);
	unsigned char *s = (unsigned char *)arena_strndup(a, text, n);
	struct buf out = { 0 };
	size_t terms = 0;
	size_t i = 0;
	while (i < n && (!max_terms || terms < max_terms)) {
		size_t start = i, k;
		while (i < n && (k = fold(s + i)) > 0)
			i += k;
		size_t wlen = i - start;
		if (wlen == 0) {
			i += utf8_len(s[i]);
			if (i > n)
				i = n;
			continue;
		}
		char *word = arena_strndup(a, (char *)s + start, wlen);
		if (wlen > 40 || is_stopword(word))
			continue;
		const sb_symbol *stem = sb_stemmer_stem(st->sb, (const sb_symbol *)word, (int)wlen);
		int slen = sb_stemmer_length(st->sb);
		if (!stem || slen <= 0)
			continue;
		/* Italian keeps a hard c or g before e and i by writing ch, gh (buca, buche; lago,
		 * laghi): the stemmer leaves "buc" and "buch", so the h goes. */
		if (slen >= 3 && stem[slen - 1] == 'h' && (stem[slen - 2] == 'c' || stem[slen - 2] == 'g'))
			slen--;
		if (out.len)
			buf_append(&out, " ", 1);
		buf_append(&out, stem, (size_t)slen);
		terms++;
	}
	char *res = arena_strndup(a, out.p ? out.p : "", out.len);
	buf_fini(&out);
	return res;
}
