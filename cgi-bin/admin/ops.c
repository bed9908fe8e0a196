/* ops.c - not written yet: every page answers 404. */
#include "ops.h"

#include "core/req.h"

int bo_pratiche_list(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_pratiche_bulk(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_pratiche_new_form(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_pratiche_new(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_pratica_show(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_pratica_action(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_pratica_allegato(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_cittadini(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}
