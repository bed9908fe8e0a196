/* case_clock_view.c - the Clock.* HDF of a case, one filling for the citizen
 * and the operator so that both see the same started, suspended, days left
 * and due date. */
#include "case_clock_view.h"

#include "core/req.h"
#include "core/view.h"
#include "store/case_clock_store.h"

int case_clock_view(struct req *r, long long case_id)
{
	struct case_clock k;
	int rc = case_clock_get(r->db, r->a, case_id, &k);
	if (rc <= 0)
		return rc;
	req_set(r, "Clock.started", view_date(r, k.clock_started));
	req_set_int(r, "Clock.term_days", k.term_days);
	req_set_int(r, "Clock.term_runs", k.term_runs);
	req_set(r, "Clock.due", view_date(r, k.due_date));
	req_set_int(r, "Clock.running", k.running);
	req_set_int(r, "Clock.days_left", k.days_left);
	req_set_int(r, "Clock.overdue", k.overdue);
	req_set_int(r, "Clock.suspended", k.suspended);
	req_set(r, "Clock.answer_by", view_date(r, k.answer_by));
	req_set_int(r, "Clock.suspended_days", k.suspended_days);
	req_set_int(r, "Clock.suspensions", k.suspensions);
	req_set(r, "Clock.substitute", view_date(r, k.substitute_at));
	req_set_int(r, "Clock.can_substitute", k.overdue && k.term_runs && !*k.substitute_at);
	return 1;
}
