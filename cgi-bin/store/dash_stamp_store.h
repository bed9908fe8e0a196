/* dash_stamp_store.h - what tells whether a dashboard's answer computed
 * earlier still holds (sql/300_dash_state.sql): the generations of its
 * sources and the database's date, in one read by primary keys; and the next
 * instant the clock alone changes its appointments' figures. Return 0 or 1
 * (found), or -1 after logging. */
#ifndef STORE_DASH_STAMP_STORE_H
#define STORE_DASH_STAMP_STORE_H

struct arena;
struct db;

struct dash_stamp {
	long long dash, booking, lists, catalogue;   /* sql/300, 220, 290, 003 */
	const char *today;                          /* CURDATE(), "YYYY-MM-DD" */
	const char *now;                            /* NOW(), "YYYY-MM-DD HH:MM:SS" */
};

int dash_stamp_read(struct db *db, struct arena *a, struct dash_stamp *out);
/* The same for an answer that reads only the cases filed from day FROM to TO
 * and their ratings (sql/361): in DASH the sum of the generations of their
 * filing months, no booking's; comparable only with the same period's. */
int dash_stamp_read_months(struct db *db, struct arena *a, const char *from, const char *to,
			   struct dash_stamp *out);
/* The first start ("YYYY-MM-DD HH:MM:SS") after NOW() of a confirmed
 * appointment from day FROM to TO, the instant it counts as past: 1 and *AT,
 * or 0 (none). */
int dash_next_slot(struct db *db, struct arena *a, const char *from, const char *to,
		   const char **at);

#endif
