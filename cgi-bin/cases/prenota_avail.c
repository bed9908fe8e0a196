/* prenota_avail.c - what an office's calendar needs from the database, for the
 * citizens' flow (cases program) and the counter (desk/, admin program): its
 * hours, closures and live bookings over some days, and the SQL form of a
 * minute of the calendar. */
#include "prenota.h"

#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "store/booking_store.h"

const char *prenota_sql_time(struct req *r, long t)
{
	int y, m, d;
	cal_civil(t / 1440, &y, &m, &d);
	return arena_printf(r->a, "%04d-%02d-%02d %02ld:%02ld:00", y, m, d, t % 1440 / 60, t % 60);
}

int prenota_avail_load(struct req *r, const struct booking_office *o, long from, long to,
		       int taken, struct avail *av)
{
	memset(av, 0, sizeof *av);
	av->o = o;
	av->patron = NULL;   /* the Comune's, Calendar.PatronDay */
	av->now = cal_parse_minute(o->now);
	const char *f = prenota_sql_time(r, from * 1440), *t = prenota_sql_time(r, (to + 1) * 1440);
	if (booking_hours_list(r->db, r->a, o->id, &av->hours, &av->nhours) < 0 ||
	    booking_closure_list(r->db, r->a, o->id, f, t, &av->closures, &av->nclosures) < 0 ||
	    (taken && booking_taken_list(r->db, r->a, o->id, f, t, &av->taken, &av->ntaken) < 0))
		return -1;
	return 0;
}
