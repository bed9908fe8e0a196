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

bool utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		unsigned char c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t len;
		unsigned min;
		unsigned cp;
		if ((c & 0xE0) == 0xC0) {
			len = 2, min = 0x80, cp = c & 0x1F;
		} else if ((c & 0xF0) == 0xE0) {
			len = 3, min = 0x800, cp = c & 0x0F;
		} else if ((c & 0xF8) == 0xF0) {
			len = 4, min = 0x10000, cp = c & 0x07;
		} else {
			return false;
		}
		if (n - i < len)
			return false;
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			cp = cp << 6 | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += len;
	}
	return true;
}

static enum query_status check_text(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
			return QUERY_BAD_CHAR;
	}
	return utf8_valid(s, n) ? QUERY_OK : QUERY_BAD_UTF8;
}

static enum query_status decode_part(struct arena *a, const char *s, size_t n, const char **out)
{
	char *d = arena_alloc(a, n + 1);
	long len = url_decode(d, s, n);
	if (len < 0)
		return QUERY_BAD_ESCAPE;
	d[len] = '\0';
	enum query_status st = check_text(d, (size_t)len);
	if (st != QUERY_OK)
		return st;
	*out = d;
	return QUERY_OK;
}

enum query_status query_parse(struct arena *a, const char *s, size_t len, struct params *out)
{
	out->v = NULL;
	out->n = 0;
	if (len == 0)
		return QUERY_OK;
	size_t cap = 1;
	for (size_t i = 0; i < len; i++)
		cap += s[i] == '&';
	if (cap > QUERY_MAX_PARAMS)
		return QUERY_TOO_MANY;
	out->v = arena_alloc(a, cap * sizeof(*out->v));

	const char *end = s + len;
	while (s < end) {
		const char *amp = memchr(s, '&', (size_t)(end - s));
		const char *stop = amp ? amp : end;
		if (stop > s) {
			const char *eq = memchr(s, '=', (size_t)(stop - s));
			const char *nend = eq ? eq : stop;
			struct param *p = &out->v[out->n];
			enum query_status st = decode_part(a, s, (size_t)(nend - s), &p->name);
			if (st == QUERY_OK)
				st = eq ? decode_part(a, eq + 1, (size_t)(stop - eq - 1), &p->value)
					: decode_part(a, "", 0, &p->value);
			if (st != QUERY_OK)
				return st;
			out->n++;
		}
		s = stop + 1;
	}
	return QUERY_OK;
}

const char *params_get(const struct params *p, const char *name)
{
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->v[i].name, name) == 0)
			return p->v[i].value;
	return NULL;
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
