/* reminder.h - the notifier's periodic job: the e-mail that reminds each
 * confirmed appointment the day before, its .ics attached (store/reminder_store.h makes it once
 * per booking, however many notifiers run the job). */
#ifndef MAIL_REMINDER_H
#define MAIL_REMINDER_H

#include <time.h>

struct arena;
struct db;

struct reminder_job {
	const char *site_name;   /* Site.Name, to sign the e-mail */
	const char *base_url;    /* Site.BaseUrl, the host of the calendar file's UID */
	int every;               /* seconds between two runs */
	time_t next;
};

/* Queue the reminders due now: how many were queued, or -1. */
int reminder_run(struct db *db, struct arena *a, const struct reminder_job *j);
/* reminder_run() when J->every seconds have passed since the last run. */
void reminder_tick(struct reminder_job *j, struct db *db, struct arena *a);

#endif
