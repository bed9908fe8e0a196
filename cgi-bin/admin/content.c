/* content.c - not written yet: every page answers 404. */
#include "content.h"

#include "core/req.h"

int bo_contenuti(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_servizio_form(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_servizio_save(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_servizio_preview(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_servizio_revisions(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_servizio_revision(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_servizio_restore(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_argomento_form(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_argomento_save(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_ufficio_form(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_ufficio_save(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_faq_form(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}

int bo_faq_save(struct req *r)
{
	return req_error(r, 404, "Pagina non ancora disponibile.");
}
