/* listing.c - see listing.h. */
#include "listing.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/req.h"

static const char *const months[] = {
	"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
	"agosto", "settembre", "ottobre", "novembre", "dicembre",
};

const char *listing_month_name(int m)
{
	return m >= 1 && m <= 12 ? months[m - 1] : "";
}

static bool digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

static int days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

bool listing_date_ok(const char *s)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 4) ||
	    !digits(s + 5, 2) || !digits(s + 8, 2))
		return false;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	return y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

const char *listing_date_long(struct req *r, const char *d)
{
	if (!d || strlen(d) < 10 || !listing_date_ok(arena_strndup(r->a, d, 10)))
		return d ? d : "";
	return arena_printf(r->a, "%d %s %.4s", atoi(d + 8), months[atoi(d + 5) - 1], d);
}

const char *listing_time(struct req *r, const char *d)
{
	if (!d || strlen(d) < 16 || d[13] != ':' || !digits(d + 11, 2) || !digits(d + 14, 2))
		return "";
	return arena_strndup(r->a, d + 11, 5);
}

int listing_page(struct req *r, long *page)
{
	const char *s = req_param(r, "pagina");
	size_t n = s ? strlen(s) : 0;
	*page = 1;
	if (!s)
		return 0;
	if (n == 0 || n > 4 || !digits(s, n) || atol(s) < 1)
		return req_error(r, 400, "Il numero di pagina non è valido.");
	*page = atol(s);
	return 0;
}

int listing_pages(struct req *r, long total, long page, long *pages)
{
	*pages = total ? (total + LISTING_PAGE_SIZE - 1) / LISTING_PAGE_SIZE : 1;
	if (page > *pages)
		return req_error(r, 404, "Questa pagina dell'elenco non esiste.");
	return 0;
}

static const char *page_url(struct req *r, const char *base, long page)
{
	if (page <= 1)
		return base;
	const char *sep = strchr(base, '?') ? "&" : "?";
	return arena_printf(r->a, "%s%spagina=%ld", base, sep, page);
}

void listing_pager(struct req *r, const char *base, long page, long pages)
{
	req_set_int(r, "Pager.page", page);
	req_set_int(r, "Pager.pages", pages);
	if (page > 1)
		req_set(r, "Pager.prev_url", page_url(r, base, page - 1));
	if (page < pages)
		req_set(r, "Pager.next_url", page_url(r, base, page + 1));
	for (long i = 0; i < pages; i++) {
		const char *link = arena_printf(r->a, "Pager.Links.%ld", i);
		req_set_int(r, arena_printf(r->a, "%s.num", link), i + 1);
		req_set(r, arena_printf(r->a, "%s.url", link), page_url(r, base, i + 1));
		if (i + 1 == page)
			req_set(r, arena_printf(r->a, "%s.current", link), "1");
	}
}

void listing_lines(struct req *r, const char *name, const char *text)
{
	int n = 0;
	for (const char *p = text ? text : ""; *p;) {
		size_t len = strcspn(p, "\n");
		size_t end = len;
		while (end > 0 && (p[end - 1] == '\r' || p[end - 1] == ' '))
			end--;
		size_t start = strspn(p, " \t");
		if (start < end)
			req_set(r, arena_printf(r->a, "%s.%d", name, n++),
				arena_strndup(r->a, p + start, end - start));
		p += len + (p[len] == '\n');
	}
}
