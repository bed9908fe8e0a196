/* cerca_snippet.c - the text under a search result: the item's summary cut on a word with an
 * ellipsis (and started a little before the first matched word when that lies past the cut),
 * split into pieces so that the template marks the words whose stem the query matched
 * (<mark>, escaped like any other text). */
#include "cerca_snippet.h"

#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/req.h"
#include "core/stem.h"

#define SNIPPET_MAX 200    /* bytes, about two lines of a result */
#define LEAD 60            /* bytes of context kept before a late first match */

/* Where to cut TEXT: its length when it fits, else the last space before the limit. */
static size_t cut_at(const char *text, int *cut)
{
	size_t n = strlen(text);
	*cut = n > SNIPPET_MAX;
	if (!*cut)
		return n;
	size_t end = SNIPPET_MAX;
	while (end > 0 && text[end] != ' ' && text[end] != '\n')
		end--;
	while (end > 0 && strchr(" \n,;:.-(", text[end - 1]))
		end--;
	return end ? end : SNIPPET_MAX;
}

/* Does WORD's stem start with one of the space-separated STEMS (the query matched prefixes)? */
static int matched(struct stemmer *st, struct arena *a, const char *word, const char *stems)
{
	const char *w = stem_text(st, a, word, 1);
	if (!*w)
		return 0;
	for (const char *p = stems; *p;) {
		size_t len = strcspn(p, " ");
		if (len >= 2 && strncmp(w, p, len) == 0)
			return 1;
		p += len;
		p += strspn(p, " ");
	}
	return 0;
}

struct pieces {
	struct req *r;
	const char *base;
	size_t n;
};

static void piece(struct pieces *ps, const char *text, size_t len, int mark)
{
	if (!len)
		return;
	const char *item = arena_printf(ps->r->a, "%s.Snippet.%zu", ps->base, ps->n++);
	req_set(ps->r, arena_printf(ps->r->a, "%s.text", item), arena_strndup(ps->r->a, text, len));
	if (mark)
		req_set(ps->r, arena_printf(ps->r->a, "%s.mark", item), "1");
}

/* The next word of TEXT at or after *I, before END: its start, *I moved past it; END if none. */
static size_t next_word(const char *text, size_t *i, size_t end)
{
	size_t k;
	while (*i < end && stem_letter(text + *i) == 0)
		(*i)++;
	size_t start = *i;
	while (*i < end && (k = stem_letter(text + *i)) > 0)
		*i += k;
	return start;
}

/* Where the snippet starts: 0, or the word after a space some LEAD bytes before the first
 * matched word when that word would fall past the cut. */
static size_t start_at(struct stemmer *st, struct arena *a, const char *text, const char *stems)
{
	size_t n = strlen(text), i = 0, w;
	while ((w = next_word(text, &i, n)) < n) {
		if (!matched(st, a, arena_strndup(a, text + w, i - w), stems))
			continue;
		if (i <= SNIPPET_MAX)
			return 0;
		const char *space = w > LEAD ? strchr(text + w - LEAD, ' ') : NULL;
		return space && (size_t)(space - text) < w ? (size_t)(space - text) + 1 : w;
	}
	return 0;
}

void cerca_snippet(struct req *r, struct stemmer *st, const char *base, const char *text,
		   const char *stems)
{
	int cut;
	size_t from = start_at(st, r->a, text, stems);
	struct pieces ps = { r, base, 0 };
	if (from)
		piece(&ps, "\xE2\x80\xA6", 3, 0);
	text += from;
	size_t end = cut_at(text, &cut), plain = 0, i = 0, w;
	while ((w = next_word(text, &i, end)) < end) {
		if (matched(st, r->a, arena_strndup(r->a, text + w, i - w), stems)) {
			piece(&ps, text + plain, w - plain, 0);
			piece(&ps, text + w, i - w, 1);
			plain = i;
		}
	}
	piece(&ps, text + plain, end - plain, 0);
	if (cut)
		piece(&ps, "\xE2\x80\xA6", 3, 0);
}
