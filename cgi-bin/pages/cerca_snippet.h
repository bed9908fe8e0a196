/* cerca_snippet.h - a search result's snippet, with the matched words marked. */
#ifndef PAGES_CERCA_SNIPPET_H
#define PAGES_CERCA_SNIPPET_H

struct req;
struct stemmer;

/* BASE.Snippet.N.{text,mark}: TEXT, cut on a word with "…" past about two lines (starting
 * with "…" shortly before the first matched word when that lies further); mark is
 * set on the words whose stem starts with one of the space-separated query STEMS. */
void cerca_snippet(struct req *r, struct stemmer *st, const char *base, const char *text,
		   const char *stems);

#endif
