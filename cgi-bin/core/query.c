/* query.c - see query.h. */
#include "query.h"

#include <string.h>

#include "arena.h"

static int hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

long url_decode(char *dst, const char *src, size_t n)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)src[i];
		if (c == '+') {
			c = ' ';
		} else if (c == '%') {
			if (i + 2 >= n)
				return -1;
			int hi = hexval((unsigned char)src[i + 1]), lo = hexval((unsigned char)src[i + 2]);
			if (hi < 0 || lo < 0)
				return -1;
			c = (unsigned char)(hi << 4 | lo);
			i += 2;
		}
		dst[o++] = (char)c;
	}
	return (long)o;
}

size_t utf8_chars(const char *s)
{
	size_t n = 0;
	for (; s && *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* The length of the valid UTF-8 sequence at S (N bytes left), 0 if none. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t len;
	unsigned min, cp;
	if (c < 0x80)
		return 1;
	if ((c & 0xE0) == 0xC0)
		len = 2, min = 0x80, cp = c & 0x1F;
	else if ((c & 0xF0) == 0xE0)
		len = 3, min = 0x800, cp = c & 0x0F;
	else if ((c & 0xF8) == 0xF0)
		len = 4, min = 0x10000, cp = c & 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (size_t k = 1; k < len; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (s[k] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

bool utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	for (size_t i = 0, k; i < n; i += k)
		if ((k = utf8_seq(s + i, n - i)) == 0)
			return false;
	return true;
}

static bool control(unsigned char c)
{
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

const char *text_clean(struct arena *a, const char *str, size_t n, bool *bad)
{
	const unsigned char *s = (const unsigned char *)str;
	char *out = arena_alloc(a, 3 * n + 1), *o = out;   /* a byte becomes at most U+FFFD */
	*bad = false;
	for (size_t i = 0, k; i < n; i += k) {
		k = utf8_seq(s + i, n - i);
		if (k == 0 || (k == 1 && control(s[i]))) {
			memcpy(o, "\xEF\xBF\xBD", 3);
			o += 3;
			k = 1;
			*bad = true;
		} else {
			memcpy(o, s + i, k);
			o += k;
		}
	}
	*o = '\0';
	return out;
}

/* The length of the character at S that a single line may not hold, 0 if fine. */
static size_t line_break_at(const unsigned char *s)
{
	if (s[0] < 0x20 || s[0] == 0x7F)
		return 1;
	if (s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F)
		return 2;                                   /* C1 */
	if (s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9))
		return 3;                                   /* U+2028, U+2029 */
	return 0;
}

bool text_one_line(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
		if (line_break_at(p))
			return false;
	return true;
}

const char *text_flatten(struct arena *a, const char *s)
{
	char *out = arena_strdup(a, s ? s : ""), *o = out;
	for (const unsigned char *p = (const unsigned char *)out; *p;) {
		size_t k = line_break_at(p);
		*o++ = k ? ' ' : (char)*p;
		p += k ? k : 1;
	}
	*o = '\0';
	return out;
}

static enum query_status check_text(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (control((unsigned char)s[i]))
			return QUERY_BAD_CHAR;
	return utf8_valid(s, n) ? QUERY_OK : QUERY_BAD_UTF8;
}

/* Decode one name or value into *OUT; BAD non-NULL: a value that is not
 * clean text is kept cleaned, *BAD set, instead of an error. */
static enum query_status decode_part(struct arena *a, const char *s, size_t n, const char **out,
				     bool *bad)
{
	char *d = arena_alloc(a, n + 1);
	long len = url_decode(d, s, n);
	if (len < 0)
		return QUERY_BAD_ESCAPE;
	d[len] = '\0';
	enum query_status st = check_text(d, (size_t)len);
	if (st != QUERY_OK && bad) {
		*out = text_clean(a, d, (size_t)len, bad);
		return QUERY_OK;
	}
	if (st != QUERY_OK)
		return st;
	*out = d;
	return QUERY_OK;
}

static enum query_status parse(struct arena *a, const char *s, size_t len, struct params *out,
			       bool keep_bad)
{
	out->v = NULL;
	out->n = out->nbad = 0;
	if (len == 0)
		return QUERY_OK;
	size_t cap = 1;
	for (size_t i = 0; i < len; i++)
		cap += s[i] == '&';
	if (cap > QUERY_MAX_PARAMS)
		return QUERY_TOO_MANY;
	out->v = arena_calloc(a, cap, sizeof(*out->v));

	const char *end = s + len;
	while (s < end) {
		const char *amp = memchr(s, '&', (size_t)(end - s));
		const char *stop = amp ? amp : end;
		if (stop > s) {
			const char *eq = memchr(s, '=', (size_t)(stop - s));
			const char *nend = eq ? eq : stop;
			struct param *p = &out->v[out->n];
			bool *bad = keep_bad ? &p->bad : NULL;
			enum query_status st = decode_part(a, s, (size_t)(nend - s), &p->name, NULL);
			if (st == QUERY_OK)
				st = eq ? decode_part(a, eq + 1, (size_t)(stop - eq - 1), &p->value, bad)
					: decode_part(a, "", 0, &p->value, bad);
			if (st != QUERY_OK)
				return st;
			out->nbad += p->bad;
			out->n++;
		}
		s = stop + 1;
	}
	return QUERY_OK;
}

enum query_status query_parse(struct arena *a, const char *s, size_t len, struct params *out)
{
	return parse(a, s, len, out, false);
}

enum query_status query_parse_form(struct arena *a, const char *s, size_t len, struct params *out)
{
	return parse(a, s, len, out, true);
}

const char *params_get(const struct params *p, const char *name)
{
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->v[i].name, name) == 0)
			return p->v[i].value;
	return NULL;
}

bool params_bad(const struct params *p, const char *name)
{
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->v[i].name, name) == 0)
			return p->v[i].bad;
	return false;
}

const char *query_status_text(enum query_status st)
{
	switch (st) {
	case QUERY_OK:
		return "ok";
	case QUERY_BAD_ESCAPE:
		return "codifica percentuale non valida";
	case QUERY_BAD_UTF8:
		return "testo non in UTF-8 valido";
	case QUERY_BAD_CHAR:
		return "carattere di controllo non ammesso";
	case QUERY_TOO_MANY:
		return "troppi parametri";
	}
	return "errore";
}
