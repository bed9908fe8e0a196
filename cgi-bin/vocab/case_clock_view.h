/* case_clock_view.h - the legal clock of a case as both sides read it: the
 * Clock.* HDF of templates/partials/case_clock.cs, filled the same way for
 * the citizen's page (cases) and the operator's (admin). */
#ifndef VOCAB_CASE_CLOCK_VIEW_H
#define VOCAB_CASE_CLOCK_VIEW_H

struct req;

/* Clock.{started,term_days,term_runs,due,days_left,overdue,running,
 * suspended,answer_by,suspended_days,suspensions,substitute,can_substitute}
 * of CASE_ID (nothing when it has no clock). 0 or -1. */
int case_clock_view(struct req *r, long long case_id);

#endif
