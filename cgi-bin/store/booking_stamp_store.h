/* booking_stamp_store.h - what tells whether a booking calendar computed
 * earlier still holds (sql/220_answer_cache.sql): the generations of the
 * bookings and of the catalogue with the database's clock, in one read by
 * primary key; and the next instant a live hold of an office expires by
 * itself. Return 0 or 1 (found), or -1 after logging. */
#ifndef STORE_BOOKING_STAMP_STORE_H
#define STORE_BOOKING_STAMP_STORE_H

struct arena;
struct db;

struct booking_stamp {
	long long booking, catalogue;   /* bumped by every write that changes a calendar */
	const char *now;                /* NOW(), "YYYY-MM-DD HH:MM:SS" */
};

int booking_stamp_read(struct db *db, struct arena *a, struct booking_stamp *out);
/* The first expiry ("YYYY-MM-DD HH:MM:SS") of a live hold of OFFICE_ID for a slot
 * in [FROM, TO): 1 and *AT, or 0 (none). */
int booking_next_expiry(struct db *db, struct arena *a, long long office_id, const char *from,
			const char *to, const char **at);

#endif
