/* dash_clock.c - the dashboard's view of the legal clock: how many citizens
 * asked the substitute official to intervene (art. 2 c. 9-bis, L. 241/1990),
 * per office whose term had passed. */
#include "dash.h"

#include "core/req.h"
#include "core/view.h"
#include "store/case_clock_store.h"

int dash_clock_view(struct req *r, const char *from, const char *to)
{
	struct db_rows rows;
	if (case_clock_substitutes(r->db, r->a, from, to, &rows) < 0)
		return -1;
	view_rows(r, "Dash.Substitute", &rows);
	return 0;
}
