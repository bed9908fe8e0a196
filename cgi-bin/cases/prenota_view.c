/* prenota_view.c - what the booking pages share: times in words, the
 * anonymous CSRF defence of the flow's forms. */
#include "prenota.h"

#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/token.h"

const char *prenota_when(struct req *r, long t)
{
	int y, m, d;
	long day = t / 1440;
	cal_civil(day, &y, &m, &d);
	return arena_printf(r->a, "%s %d %s %d, ore %ld:%02ld", cal_weekday_name(cal_weekday(day)),
			    d, cal_month_name(m), y, t % 1440 / 60, t % 60);
}

#define CSRF_COOKIE "prenota"
#define CSRF_LEN 43   /* token_new(32) */

/* The cookie's value when it has the shape of ours, or NULL. */
static const char *cookie(struct req *r)
{
	const char *c = req_cookie(r, CSRF_COOKIE);
	if (!c || strlen(c) != CSRF_LEN || strspn(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
						      "0123456789-_") != CSRF_LEN)
		return NULL;
	return c;
}

/* A double-submit token: a site that is not ours can neither read the cookie
 * nor set it (SameSite=Strict, HttpOnly), so it cannot put it in a form. */
void prenota_csrf(struct req *r)
{
	const char *c = cookie(r);
	if (!c) {
		c = token_new(r->a, 32);
		req_set_cookie(r, CSRF_COOKIE, c, -1, SAMESITE_STRICT);
	}
	req_set(r, "Booking.csrf", c);
}

bool prenota_csrf_ok(struct req *r)
{
	const char *c = cookie(r), *f = req_form(r, "csrf");
	return c && f && token_equal(c, f);
}

int prenota_csrf_refused(struct req *r)
{
	return req_error(r, 403, "Il modulo è scaduto: riapri la pagina di prenotazione e riprova.");
}
