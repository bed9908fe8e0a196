/* bo_case_store.c - see bo_case_store.h. */
#include "bo_case_store.h"

#include <stdlib.h>
#include <string.h>

#include "store/case_store.h"

/* The operator's offices, as a condition on c (two parameters: all, staff_id). */
#define SCOPE "(? OR c.office_id IN (SELECT so.office_id FROM staff_offices so WHERE so.staff_id = ?))"
#define PROTOCOL "IF(c.protocol_number IS NULL, '', " \
	"CONCAT(c.protocol_year, '/', LPAD(c.protocol_number, 7, '0'))) AS protocol"
/* The clock runs (received, in charge, in progress): waiting_citizen pauses it. */
#define RUNNING "c.status IN ('received', 'in_charge', 'in_progress')"
/* The citizen's first message since the case started waiting for them. */
#define ANSWER_AT "(SELECT MIN(e.at) FROM case_events e WHERE e.case_id = c.id " \
	"AND e.kind = 'message' AND e.author = 'citizen' AND e.at >= c.waiting_since)"

#define QUEUE_FROM \
	"FROM cases c LEFT JOIN case_categories k ON k.id = c.category_id " \
	"LEFT JOIN offices o ON o.id = c.office_id LEFT JOIN staff s ON s.id = c.operator_id " \
	"LEFT JOIN citizens t ON t.id = c.citizen_id " \
	"WHERE c.status <> 'draft' AND " SCOPE " " \
	"AND (? = '' AND c.status IN ('received', 'in_charge', 'in_progress', 'waiting_citizen') " \
	"OR ? = 'tutte' OR c.status = ?) " \
	"AND (? = '' OR k.slug = ?) AND (? = '' OR o.slug = ?) AND (? = '' OR c.channel = ?) " \
	"AND (? = 0 OR c.due_date < CURDATE() AND " RUNNING ") " \
	"AND (? = 0 OR c.operator_id = ?) AND (? = 0 OR c.citizen_id = ?) "
#define QUEUE_TYPES "iLsssssssssiLLLL"
#define QUEUE_ARGS(s, f) (s)->all, (s)->staff_id, (f)->status, (f)->status, (f)->status, \
	(f)->category, (f)->category, (f)->office, (f)->office, (f)->channel, (f)->channel, \
	(f)->overdue, (f)->operator_id, (f)->operator_id, (f)->citizen_id, (f)->citizen_id

int bo_cases_list(struct db *db, struct arena *a, const struct bo_scope *s,
		  const struct bo_filter *f, struct db_rows *out)
{
	/* ORDER BY cannot take a column as a parameter: each sort is a CASE
	 * that is NULL (no effect) unless chosen. */
	static const char sql[] =
		"SELECT c.code, c.title, c.status, c.channel, c.case_type, k.name AS category_name, "
		"o.name AS office_name, s.display_name AS operator_name, "
		"COALESCE(CONCAT(t.name, ' ', t.family_name), c.contact_name) AS person, " PROTOCOL ", "
		"c.submitted_at, c.due_date, c.updated_at, "
		"(c.due_date < CURDATE() AND " RUNNING ") AS overdue, "
		"(c.status = 'waiting_citizen' AND " ANSWER_AT " IS NOT NULL) AS answered "
		QUEUE_FROM
		"ORDER BY CASE WHEN ? = 'scadenza' THEN c.due_date END, "
		"CASE WHEN ? = 'aggiornate' THEN c.updated_at END DESC, "
		"CASE WHEN ? = 'meno-recenti' THEN c.submitted_at END, "
		"c.submitted_at DESC, c.id DESC LIMIT ? OFFSET ?";
	return db_query(db, a, out, sql, QUEUE_TYPES "sssii", QUEUE_ARGS(s, f), f->sort, f->sort,
			f->sort, f->limit, f->offset);
}

int bo_cases_count(struct db *db, struct arena *a, const struct bo_scope *s,
		   const struct bo_filter *f, long long *n)
{
	static const char sql[] = "SELECT COUNT(*) " QUEUE_FROM;
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, QUEUE_TYPES, QUEUE_ARGS(s, f)) < 0)
		return -1;
	*n = atoll(db_cell(&rows, 0, 0));
	return 0;
}

#define CASE_SELECT \
	"SELECT c.id, c.code, c.case_type, c.status, c.channel, c.title, c.description, c.address, " \
	"c.latitude, c.longitude, c.category_id, k.slug AS category_slug, k.name AS category_name, " \
	"z.name AS area_name, v.title AS service_title, c.office_id, o.name AS office_name, " \
	"c.operator_id, s.display_name AS operator_name, c.citizen_id, t.fiscal_code, " \
	"CONCAT(t.name, ' ', t.family_name) AS citizen_name, t.email AS citizen_email, " \
	"t.mobile_phone AS citizen_phone, c.contact_name, c.contact_email, c.contact_phone, " \
	PROTOCOL ", c.submitted_at, c.due_date, c.waiting_since, " \
	"IF(c.waiting_since IS NULL, NULL, c.due_date + INTERVAL " \
	"DATEDIFF(COALESCE(" ANSWER_AT ", NOW()), c.waiting_since) DAY) AS resume_due, " \
	"c.outcome, c.outcome_kind, c.closed_at, c.updated_at " \
	"FROM cases c LEFT JOIN case_categories k ON k.id = c.category_id " \
	"LEFT JOIN areas z ON z.id = c.area_id LEFT JOIN services v ON v.id = c.service_id " \
	"LEFT JOIN offices o ON o.id = c.office_id LEFT JOIN staff s ON s.id = c.operator_id " \
	"LEFT JOIN citizens t ON t.id = c.citizen_id " \
	"WHERE c.code = ? AND c.status <> 'draft' AND " SCOPE

/* Only the case row is locked: FOR UPDATE on the whole join would lock its
 * office, category, operator and citizen too, and serialise every change in
 * an office. The read after the lock sees the latest committed row (the
 * transaction's snapshot starts at its first plain read). */
int bo_case_get(struct db *db, struct arena *a, const struct bo_scope *s, const char *code,
		int lock, struct db_rows *out)
{
	static const char sql[] = CASE_SELECT;
	static const char take[] = "SELECT id FROM cases WHERE code = ? FOR UPDATE";
	struct db_rows locked;
	if (lock && db_query(db, a, &locked, take, "s", code) < 0)
		return -1;
	return db_query(db, a, out, sql, "siL", code, s->all, s->staff_id);
}

int bo_case_events(struct db *db, struct arena *a, long long case_id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT at, kind, status, author, author_name, body, public FROM case_events "
		"WHERE case_id = ? ORDER BY at, id";
	return db_query(db, a, out, sql, "L", case_id);
}

int bo_case_attachment(struct db *db, struct arena *a, const struct bo_scope *s, const char *code,
		       long long att_id, int thumb, struct db_rows *out)
{
	static const char sql[] =
		"SELECT IF(? AND x.thumbnail IS NOT NULL, x.thumbnail, x.data), "
		"IF(? AND x.thumbnail IS NOT NULL, 'image/jpeg', x.content_type), x.filename "
		"FROM case_attachments x JOIN cases c ON c.id = x.case_id "
		"WHERE c.code = ? AND x.id = ? AND c.status <> 'draft' AND " SCOPE;
	return db_query(db, a, out, sql, "iisLiL", thumb, thumb, code, att_id, s->all, s->staff_id);
}

int bo_case_save(struct db *db, long long case_id, const struct bo_state *st)
{
	/* SET runs left to right: waiting_since is read before it changes */
	static const char sql[] =
		"UPDATE cases SET waiting_since = IF(? = 'waiting_citizen', "
		"COALESCE(waiting_since, NOW(3)), NULL), status = ?, office_id = ?, "
		"operator_id = NULLIF(?, ''), category_id = ?, "
		"case_type = (SELECT case_type FROM case_categories WHERE id = ?), due_date = ?, "
		"outcome = ?, outcome_kind = NULLIF(?, ''), "
		"closed_at = IF(? IN ('closed', 'rejected'), COALESCE(closed_at, NOW(3)), NULL), "
		"updated_at = NOW(3) WHERE id = ?";
	return db_exec(db, sql, "ssssssssssL", st->status, st->status, st->office_id,
		       st->operator_id, st->category_id, st->category_id, st->due_date,
		       st->outcome ? st->outcome : "", st->outcome_kind, st->status, case_id);
}

int bo_case_event(struct db *db, long long case_id, const char *kind, const char *status,
		  const char *author_name, const char *body, int public)
{
	static const char sql[] =
		"INSERT INTO case_events (case_id, at, kind, status, author, author_name, body, public) "
		"VALUES (?, NOW(3), ?, ?, 'staff', ?, ?, ?)";
	return db_exec(db, sql, "Lssssi", case_id, kind, status ? status : "", author_name, body,
		       public);
}

int bo_offices(struct db *db, struct arena *a, const struct bo_scope *s, struct db_rows *out)
{
	static const char sql[] =
		"SELECT o.id, o.slug, o.name FROM offices o WHERE ? OR o.id IN "
		"(SELECT so.office_id FROM staff_offices so WHERE so.staff_id = ?) ORDER BY o.name";
	return db_query(db, a, out, sql, "iL", s->all, s->staff_id);
}

int bo_categories(struct db *db, struct arena *a, const struct bo_scope *s, struct db_rows *out)
{
	static const char sql[] =
		"SELECT k.id, k.slug, k.name, k.case_type FROM case_categories k WHERE k.active AND "
		"(? OR k.office_id IN (SELECT so.office_id FROM staff_offices so WHERE so.staff_id = ?)) "
		"ORDER BY k.case_type, k.position, k.name";
	return db_query(db, a, out, sql, "iL", s->all, s->staff_id);
}

int bo_operators(struct db *db, struct arena *a, const struct bo_scope *s, long long office_id,
		 struct db_rows *out)
{
	static const char sql[] =
		"SELECT DISTINCT t.id, t.display_name FROM staff t "
		"JOIN staff_offices x ON x.staff_id = t.id WHERE t.active AND t.role = 'operator' "
		"AND (x.office_id = ? OR ? = 0 AND (? OR x.office_id IN "
		"(SELECT so.office_id FROM staff_offices so WHERE so.staff_id = ?))) "
		"ORDER BY t.display_name, t.id";
	return db_query(db, a, out, sql, "LLiL", office_id, office_id, s->all, s->staff_id);
}

int bo_response_templates(struct db *db, struct arena *a, long long office_id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT slug, title, body FROM response_templates "
		"WHERE active AND (office_id IS NULL OR office_id = ?) ORDER BY position, title";
	return db_query(db, a, out, sql, "L", office_id);
}

int bo_office_by_id(struct db *db, struct arena *a, long long office_id, struct db_rows *out)
{
	static const char sql[] = "SELECT id, name FROM offices WHERE id = ?";
	return db_query(db, a, out, sql, "L", office_id);
}

int bo_category_by_slug(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, slug, name FROM case_categories WHERE slug = ? AND active";
	return db_query(db, a, out, sql, "s", slug);
}

/* The draft is made here, with the channel and the contact; the filing is
 * the citizen side's own (case_submit), so protocol numbers, routing and due
 * dates come from one place. */
int bo_case_register(struct db *db, struct arena *a, const struct bo_registration *g,
		     const char **code_out)
{
	static const char draft[] =
		"INSERT INTO cases (code, citizen_id, case_type, category_id, area_id, channel, status, "
		"title, description, address, contact_name, contact_email, contact_phone, "
		"idempotency_key, created_at, updated_at) "
		"SELECT ?, NULLIF(?, 0), k.case_type, k.id, (SELECT id FROM areas WHERE slug = ?), ?, "
		"'draft', ?, ?, ?, ?, ?, ?, ?, NOW(3), NOW(3) FROM case_categories k "
		"WHERE k.slug = ? AND k.active";
	static const char again[] = "SELECT id, code, status FROM cases WHERE idempotency_key = ?";
	long long id;
	*code_out = g->code;
	if (db_exec(db, draft, "sLssssssssss", g->code, g->citizen_id, g->area_slug, g->channel,
		    g->title, g->description, g->address, g->contact_name, g->contact_email,
		    g->contact_phone, g->idem, g->category_slug) == 0) {
		if (db_affected_rows(db) != 1)
			return -1;
		id = (long long)db_insert_id(db);
	} else {
		struct db_rows rows;   /* the same form sent twice: the case it made */
		if (db_errno(db) != 1062 || db_query(db, a, &rows, again, "s", g->idem) < 0 ||
		    rows.nrows != 1)
			return -1;
		id = atoll(db_cell(&rows, 0, 0));
		*code_out = db_cell(&rows, 0, 1);
		if (strcmp(db_cell(&rows, 0, 2), "draft"))
			return 0;
	}
	struct case_filing f = {
		.case_id = id, .citizen_id = g->citizen_id, .mail_to = g->contact_email,
		.mail_subject = g->mail_subject, .mail_body = g->mail_body,
	};
	int filed;
	return case_submit(db, &f, &filed);
}

int bo_citizen(struct db *db, struct arena *a, const char *fiscal_code, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, fiscal_code, name, family_name, email, mobile_phone, last_login_at "
		"FROM citizens WHERE fiscal_code = ?";
	return db_query(db, a, out, sql, "s", fiscal_code);
}

int bo_citizen_events(struct db *db, struct arena *a, const struct bo_scope *s,
		      long long citizen_id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT e.at, c.code, e.kind, e.status, e.author, e.author_name, LEFT(e.body, 300) AS body, "
		"e.public FROM case_events e JOIN cases c ON c.id = e.case_id "
		"WHERE c.citizen_id = ? AND c.status <> 'draft' AND " SCOPE " "
		"ORDER BY e.at DESC, e.id DESC LIMIT 200";
	return db_query(db, a, out, sql, "LiL", citizen_id, s->all, s->staff_id);
}

int bo_citizen_channels(struct db *db, struct arena *a, const struct bo_scope *s,
			long long citizen_id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT c.channel, COUNT(*) AS cases FROM cases c "
		"WHERE c.citizen_id = ? AND c.status <> 'draft' AND " SCOPE " "
		"GROUP BY c.channel ORDER BY cases DESC, c.channel";
	return db_query(db, a, out, sql, "LiL", citizen_id, s->all, s->staff_id);
}
