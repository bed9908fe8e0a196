/* setup_store.h - what the administrators set up: staff accounts (their
 * role, offices, state and credentials), case categories, areas and the
 * routes of a category in an area to an office. Returns 0, or -1 after
 * logging (db_errno() 1062: a duplicate slug or username). */
#ifndef STORE_SETUP_STORE_H
#define STORE_SETUP_STORE_H

#include "core/db.h"

/* Rows: id, username, display_name, email, role, active, locked,
 * office_names ("A, B"). */
int setup_staff_list(struct db *db, struct arena *a, struct db_rows *out);
/* Rows: id, username, display_name, email, role, offices ("1,3"), active,
 * locked. */
int setup_staff_get(struct db *db, struct arena *a, long long id, struct db_rows *out);
int setup_staff_update(struct db *db, long long id, const char *display_name, const char *email,
		       const char *role);
int setup_staff_offices_clear(struct db *db, long long id);
int setup_staff_office_add(struct db *db, long long id, long long office_id);
int setup_staff_set_active(struct db *db, long long id, int active);
/* Failed attempts back to 0, the lock lifted. */
int setup_staff_unlock(struct db *db, long long id);
/* New password hash and TOTP secret (unlocked, step counter reset). */
int setup_staff_credentials(struct db *db, long long id, const char *password_hash,
			    const char *totp_secret);
/* End every session of the account. */
int setup_staff_sessions_end(struct db *db, long long id);

/* Rows: id, slug, case_type, name, office_name, max_days, active, position. */
int setup_categories(struct db *db, struct arena *a, struct db_rows *out);
/* Rows: id, slug, case_type, name, description, office_id, max_days, active,
 * position. */
int setup_category_get(struct db *db, struct arena *a, long long id, struct db_rows *out);
/* V: slug, case_type, name, description, office_id, max_days, active,
 * position. *ID 0: insert (and set *ID). */
int setup_category_save(struct db *db, long long *id, const char *const *v);

/* Rows: id, slug, name, position. */
int setup_areas(struct db *db, struct arena *a, struct db_rows *out);
int setup_area_get(struct db *db, struct arena *a, long long id, struct db_rows *out);
/* V: slug, name, position. *ID 0: insert (and set *ID). */
int setup_area_save(struct db *db, long long *id, const char *const *v);

/* Rows: category_id, area_id, office_id, category_name, area_name,
 * office_name. */
int setup_routes(struct db *db, struct arena *a, struct db_rows *out);
/* Rows: office_id of the route of CATEGORY in AREA (none or one). */
int setup_route_get(struct db *db, struct arena *a, long long category, long long area,
		    struct db_rows *out);
/* Add the route, or send it to OFFICE when it exists. */
int setup_route_set(struct db *db, long long category, long long area, long long office);
int setup_route_delete(struct db *db, long long category, long long area);

#endif
