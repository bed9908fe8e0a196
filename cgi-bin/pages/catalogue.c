/* catalogue.c - what the catalogue pages share: slug validation and the
 * generation their cached copies are checked against. */
#include "pages.h"

#include <stddef.h>

#include "core/req.h"
#include "store/catalogue_store.h"

int page_slug_ok(const char *s)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (!((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9') || s[n] == '-'))
			return 0;
	return n > 0 && n <= 120;
}

int page_catalogue_generation(struct req *r, unsigned long long *gen)
{
	return catalogue_generation(r->db, r->a, gen);
}
