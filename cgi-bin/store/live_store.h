/* live_store.h - read queries on "Vivere il Comune": places (luoghi) and
 * events (eventi). Every function returns 0 or -1 (logged) and fills OUT with
 * text cells named after the template fields.
 *
 * "Upcoming" means ending today or later (end_at >= CURDATE()): the lists
 * change only when the date does, which is what the page cache's generation
 * accounts for (catalogue_generation). A place card is slug, place_type, name,
 * summary, address, image, image_alt; an event card is slug, title, summary,
 * start_at, end_at, image, image_alt, place_slug, place_name. */
#ifndef STORE_LIVE_STORE_H
#define STORE_LIVE_STORE_H

#include "core/db.h"

int live_places_count(struct db *db, struct arena *a, long *total);
int live_places(struct db *db, struct arena *a, int offset, int limit, struct db_rows *out);
int live_places_featured(struct db *db, struct arena *a, int limit, struct db_rows *out);
/* One place: id, the card's columns, description, hours, phone, email, website, services. */
int live_place(struct db *db, struct arena *a, const char *slug, struct db_rows *out);
/* The same row of place ID, published or not (the editors' preview). */
int live_place_preview(struct db *db, struct arena *a, long long id, struct db_rows *out);

int live_events_upcoming_count(struct db *db, struct arena *a, long *total);
/* Upcoming events by start, then title. */
int live_events_upcoming(struct db *db, struct arena *a, int offset, int limit,
			 struct db_rows *out);
int live_events_featured(struct db *db, struct arena *a, int limit, struct db_rows *out);
/* Events taking place (at least in part) in the month starting on FIRST_DAY
 * ("YYYY-MM-01"), by start. */
int live_events_month(struct db *db, struct arena *a, const char *first_day, struct db_rows *out);
/* Upcoming events at place PLACE_ID. */
int live_place_events(struct db *db, struct arena *a, const char *place_id, struct db_rows *out);
/* One event: id, the card's columns, description, cost, audience, updated_at,
 * updated_utc ("YYYYMMDDTHHMMSSZ": updated_at in UTC, now when the server
 * cannot convert it), place_address, place_type. */
int live_event(struct db *db, struct arena *a, const char *slug, struct db_rows *out);
/* The same row of event ID, published or not (the editors' preview). */
int live_event_preview(struct db *db, struct arena *a, long long id, struct db_rows *out);
/* Today's date as the database sees it ("YYYY-MM-DD"), in TODAY (11 bytes). */
int live_today(struct db *db, struct arena *a, char today[11]);

#endif
