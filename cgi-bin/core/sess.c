/* sess.c - see sess.h. */
#include "sess.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "req.h"
#include "token.h"
#include "store/identity_store.h"

static int idle_seconds(struct req *r)
{
	return app_conf_int(r->app, "Session.IdleSeconds", 1800);
}

int sess_load(struct req *r, struct session *s)
{
	memset(s, 0, sizeof(*s));
	const char *cookie = req_cookie(r, SESS_COOKIE);
	if (!cookie || strlen(cookie) != 43)
		return 0;
	const char *hash = token_sha256_hex(r->a, cookie);
	struct db_rows rows;
	if (session_find(r->db, r->a, hash, idle_seconds(r), &rows) < 0)
		return -1;
	if (rows.nrows != 1)
		return 0;
	s->valid = true;
	s->id_hash = hash;
	s->citizen_id = atoll(db_cell(&rows, 0, 0));
	s->level = atoi(db_cell(&rows, 0, 1));
	s->federation = db_cell(&rows, 0, 2);
	s->idp_entity_id = db_cell(&rows, 0, 3);
	s->name_id = db_cell(&rows, 0, 4);
	s->name_qualifier = db_cell(&rows, 0, 5);
	s->session_index = db_cell(&rows, 0, 6);
	s->csrf = db_cell(&rows, 0, 7);
	s->fiscal_code = db_cell(&rows, 0, 8);
	s->name = db_cell(&rows, 0, 9);
	s->family_name = db_cell(&rows, 0, 10);
	s->email = db_cell(&rows, 0, 11);
	s->phone = db_cell(&rows, 0, 13);
	if (atoi(db_cell(&rows, 0, 12)) && session_touch(r->db, hash) < 0)
		return -1;
	return 0;
}

int sess_start(struct req *r, struct session_row *row)
{
	const char *old = req_cookie(r, SESS_COOKIE);
	if (old && session_delete(r->db, token_sha256_hex(r->a, old)) < 0)
		return -1;
	const char *cookie = token_new(r->a, 32);
	row->id_hash = token_sha256_hex(r->a, cookie);
	row->csrf_token = token_hex(r->a, 32);
	row->absolute_seconds = app_conf_int(r->app, "Session.AbsoluteSeconds", 8 * 3600);
	if (session_insert(r->db, row) < 0)
		return -1;
	req_set_cookie(r, SESS_COOKIE, cookie, -1, SAMESITE_LAX);
	return 0;
}

int sess_end(struct req *r, const struct session *s)
{
	if (s->valid && session_delete(r->db, s->id_hash) < 0)
		return -1;
	req_set_cookie(r, SESS_COOKIE, "", 0, SAMESITE_LAX);
	return 0;
}

bool sess_csrf_ok(struct req *r, const struct session *s)
{
	const char *t = req_form(r, "csrf");
	return s->valid && t && token_equal(t, s->csrf);
}

void sess_view(struct req *r, const struct session *s)
{
	if (!s->valid)
		return;
	req_set(r, "Session.name", s->name);
	req_set(r, "Session.family_name", s->family_name);
	req_set(r, "Session.fiscal_code", s->fiscal_code);
	req_set_int(r, "Session.level", s->level);
	req_set(r, "Session.csrf", s->csrf);
}
