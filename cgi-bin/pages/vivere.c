/* vivere.c - Vivere il Comune: the landing (eventi and luoghi in evidenza),
 * the places and the place page ("luogo"). */
#include "pages.h"

#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "listing.h"
#include "store/live_store.h"

#define FEATURED 3

/* GET /vivere-il-comune: featured upcoming events (else the next ones) and
 * featured places, with the buttons to all of them. Public, cached (the
 * cache's generation changes with the day, see live_store.h). */
int page_vivere_show(struct req *r)
{
	struct db_rows events, places;
	if (live_events_featured(r->db, r->a, FEATURED, &events) < 0 ||
	    live_places_featured(r->db, r->a, FEATURED, &places) < 0)
		return 503;
	if (events.nrows == 0 && live_events_upcoming(r->db, r->a, 0, FEATURED, &events) < 0)
		return 503;
	view_page(r, "vivere-il-comune", "Vivere il Comune", "/vivere-il-comune");
	req_set(r, "Page.Description",
		"Eventi, iniziative e luoghi del territorio: cultura, sport, natura e tempo "
		"libero nel Comune.");
	req_set(r, "Page.Css", "novita.css");
	view_crumb(r, "Vivere il Comune", NULL);
	listing_event_cards(r, "Live.Events", &events);
	view_rows(r, "Live.Places", &places);
	r->tpl = "vivere.cs";
	return 200;
}

/* GET /luoghi?pagina=N: every place by name. Public, cached. */
int page_luoghi_list(struct req *r)
{
	long page, total, pages;
	int st = listing_page(r, &page);
	if (st)
		return st;
	struct db_rows places;
	if (live_places_count(r->db, r->a, &total) < 0)
		return 503;
	if ((st = listing_pages(r, total, page, &pages)) != 0)
		return st;
	if (live_places(r->db, r->a, (int)((page - 1) * LISTING_PAGE_SIZE), LISTING_PAGE_SIZE,
			&places) < 0)
		return 503;
	view_page(r, "vivere-il-comune",
		  page > 1 ? arena_printf(r->a, "Luoghi - pagina %ld", page) : "Luoghi",
		  page > 1 ? arena_printf(r->a, "/luoghi?pagina=%ld", page) : "/luoghi");
	req_set(r, "Page.Description",
		"I luoghi del Comune: biblioteche, musei, parchi, impianti sportivi e spazi "
		"pubblici, con indirizzi, orari e contatti.");
	req_set(r, "Page.Css", "novita.css");
	view_crumb(r, "Vivere il Comune", "/vivere-il-comune");
	view_crumb(r, "Luoghi", NULL);
	req_set_int(r, "Places.Total", total);
	view_rows(r, "Places.Items", &places);
	listing_pager(r, "/luoghi", page, pages);
	r->tpl = "luoghi.cs";
	return 200;
}

static void set_place(struct req *r, const struct db_rows *p)
{
	static const char *const fields[] = {
		"slug", "place_type", "name", "summary", "address", "phone", "email", "website",
		"image", "image_alt",
	};
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
		req_set(r, arena_printf(r->a, "Place.%s", fields[i]), db_get(p, 0, fields[i]));
	view_markdown(r, "Place.description", db_get(p, 0, "description"));
	listing_lines(r, "Place.hours", db_get(p, 0, "hours"));
	listing_lines(r, "Place.services", db_get(p, 0, "services"));
	req_set(r, "Place.updated", view_date(r, db_get(p, 0, "updated_at")));
}

/* The place page of row P (live_place() or live_place_preview()): 0 or 503. */
int page_luoghi_render(struct req *r, const struct db_rows *p)
{
	struct db_rows events;
	if (live_place_events(r->db, r->a, db_get(p, 0, "id"), &events) < 0)
		return 503;
	const char *name = db_get(p, 0, "name");
	view_page(r, "vivere-il-comune", name, arena_printf(r->a, "/luoghi/%s", db_get(p, 0, "slug")));
	req_set(r, "Page.Description", db_get(p, 0, "summary"));
	req_set(r, "Page.Css", "novita.css");
	view_crumb(r, "Vivere il Comune", "/vivere-il-comune");
	view_crumb(r, "Luoghi", "/luoghi");
	view_crumb(r, name, NULL);
	set_place(r, p);
	listing_event_cards(r, "Place.Events", &events);
	r->tpl = "luogo.cs";
	return 0;
}

/* GET /luoghi/{slug}: the place page (type, address, hours, contacts,
 * services offered there, its upcoming events). Public, cached. */
int page_luoghi_show(struct req *r)
{
	struct db_rows p;
	if (live_place(r->db, r->a, req_arg(r, 0), &p) < 0)
		return 503;
	if (p.nrows == 0)
		return req_error(r, 404, "Il luogo che cerchi non esiste o non è più pubblicato.");
	return page_luoghi_render(r, &p) ? 503 : 200;
}
