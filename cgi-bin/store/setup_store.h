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
/* What an administrator sets of an account; OFFICES "1,3" (operators). */
struct setup_account {
	const char *username, *display_name, *email, *role, *offices;
};
/* Each in one transaction. A new account with its offices, *ID set: 0, 1
 * when the username is taken (nothing written), -1. */
int setup_staff_create(struct db *db, const struct setup_account *n, const char *password_hash,
		       const char *totp_secret, long long *id);
/* Name, e-mail, role and exactly the offices of N (the username is fixed). */
int setup_staff_save(struct db *db, long long id, const struct setup_account *n);
/* New password hash and TOTP secret (unlocked, step counter reset), every
 * session of the account ended. */
int setup_staff_reset(struct db *db, long long id, const char *password_hash,
		      const char *totp_secret);
/* Deactivated, every session ended; reactivated. */
int setup_staff_deactivate(struct db *db, long long id);
int setup_staff_reactivate(struct db *db, long long id);
/* Failed attempts back to 0, the lock lifted. */
int setup_staff_unlock(struct db *db, long long id);

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
