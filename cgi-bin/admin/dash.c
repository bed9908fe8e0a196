/* dash.c - not written yet: every page answers 404. */
#include "dash.h"

#include "core/req.h"

int bo_cruscotto(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_cruscotto_csv(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}
