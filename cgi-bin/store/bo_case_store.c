/* bo_case_store.c - see bo_case_store.h. */
#include "bo_case_store.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "store/case_clock_store.h"
#include "store/case_store.h"
#include "store/outbox_store.h"

/* The operator's offices, as a condition on c (two parameters: all, staff_id). */
#define SCOPE "(? OR c.office_id IN (SELECT so.office_id FROM staff_offices so WHERE so.staff_id = ?))"
#define PROTOCOL "IF(c.protocol_number IS NULL, '', " \
	"CONCAT(c.protocol_year, '/', LPAD(c.protocol_number, 7, '0'))) AS protocol"
/* Open: its clock counts (a suspension has moved due_date to its latest end,
 * case_clock_store.c, so a suspended case is never late before its time). */
#define RUNNING "c.status IN ('received', 'in_charge', 'in_progress', 'waiting_citizen')"

/* The status filter is three views, each a condition of its own once the
 * parameters are bound (MariaDB folds the constant tests): open (is_open,
 * sql/150), all, or one status; each has an index per order below. Only
 * "all" tests for drafts: an open case is never one, nor is any status the
 * form offers, and without the test the count of an open view reads its
 * index alone (is_open is in each; EXPLAIN: Using index), not each row.
 * HINT: the open cases and one status never walk the indexes of every case
 * (cases_submitted, cases_updated, cases_due_date): with a LIMIT, MariaDB
 * may take one for its order, guessing the matches spread evenly over it,
 * and the open cases are all at its recent end (a 30 s page at 1 million
 * cases: every closed case read first). */
#define ALL_CASES ""
#define SOME_CASES "IGNORE INDEX (cases_submitted, cases_updated, cases_due_date) "
#define QUEUE_FROM(hint) \
	"FROM cases c " hint "WHERE " SCOPE " " \
	"AND (? = '' AND c.is_open = 1 OR ? = 'tutte' AND c.status <> 'draft' " \
	"OR ? NOT IN ('', 'tutte') AND c.status = ?) " \
	"AND (? = 0 OR c.category_id = ?) AND (? = 0 OR c.office_id = ?) " \
	"AND (? = '' OR c.channel = ?) " \
	"AND (? = 0 OR c.due_date < CURDATE() AND c.is_open = 1) " \
	"AND (? = 0 OR c.operator_id = ?) AND (? = 0 OR c.citizen_id = ?) "
#define QUEUE_TYPES "iLssssLLLLssiLLLL"
#define QUEUE_ARGS(s, f) (s)->all, (s)->staff_id, (f)->status, (f)->status, (f)->status, \
	(f)->status, (f)->category_id, (f)->category_id, (f)->office_id, (f)->office_id, \
	(f)->channel, (f)->channel, (f)->overdue, (f)->operator_id, (f)->operator_id, \
	(f)->citizen_id, (f)->citizen_id

/* Keyset paging: a page after the row (KEY, id) of the one before it, in
 * the order's own terms, so that page 10,000 reads 50 rows of an index as
 * page 1 does, instead of an OFFSET walking through the rows before it. The
 * first test (no key: every row) folds away once bound. */
#define AFTER(col, op) \
	"AND (? = 0 OR " col " " op " ? OR " col " = ? AND c.id " op " ?) "
/* Due dates ascending, the cases without one first (SQL's order): a key ""
 * is such a case, after which come the rest of them and every dated one. */
#define AFTER_DUE \
	"AND (? = 0 OR c.due_date > NULLIF(?, '') OR c.due_date = NULLIF(?, '') AND c.id > ? " \
	"OR ? = '' AND (c.due_date IS NULL AND c.id > ? OR c.due_date IS NOT NULL)) "

/* Counting stops at its LIMIT: a view of millions costs what a view of a
 * few pages does. */
#define QUEUE_COUNT(hint, after) \
	"SELECT COUNT(*) AS n FROM (SELECT 1 " QUEUE_FROM(hint) after "LIMIT ? OFFSET ?) x"
/* A page of the queue in ORDER, which an index of sql/150 or sql/210 gives
 * as is; key_at and key_id are the last row's key for the next page. Each
 * row carries the count (n) too: a subquery that runs once, which saves the
 * page a statement of its own (its cost on MariaDB's side, 0.1-0.2 ms, is
 * most of what a count of 151 index entries costs).
 * A deferred join: the page's ids first (p: the order's index, the case row
 * only for a filter's column), then the 50 rows with their names. An
 * OFFSET (a bare ?pagina=N, old bookmarks) skips ids, not rows joined to
 * four tables: page 100 joined 5,000 rows to keep 50. The outer ORDER BY
 * sorts those 50 again (a join's output has no order of its own). */
#define QUEUE_PAGE(hint, after, key, order) \
	"SELECT (" QUEUE_COUNT(hint, after) ") AS n, " QUEUE_ROWS(key) \
	"FROM (SELECT c.id " QUEUE_FROM(hint) after "ORDER BY " order " LIMIT ? OFFSET ?) p " \
	QUEUE_JOIN(order)
/* The row of a case of the page P, and the names it shows. */
#define QUEUE_ROWS(key) \
	"c.code, c.title, c.status, c.channel, c.case_type, k.name AS category_name, " \
	"o.name AS office_name, s.display_name AS operator_name, " \
	"COALESCE(CONCAT(t.name, ' ', t.family_name), c.contact_name) AS person, " PROTOCOL ", " \
	"c.submitted_at, c.due_date, c.updated_at, " \
	"(c.due_date < CURDATE() AND " RUNNING ") AS overdue, " key " AS key_at, c.id AS key_id "
#define QUEUE_JOIN(order) \
	"JOIN cases c ON c.id = p.id LEFT JOIN case_categories k ON k.id = c.category_id " \
	"LEFT JOIN offices o ON o.id = c.office_id LEFT JOIN staff s ON s.id = c.operator_id " \
	"LEFT JOIN citizens t ON t.id = c.citizen_id ORDER BY " order

/* A page by number (no key) of every office's queue with no filter but its
 * view: the page's ids and its count from an index alone (EXPLAIN: Using
 * index). MariaDB takes an index to cover a statement only when it holds
 * every column the statement names, the ones of the tests an unset filter
 * folds away included: through QUEUE_FROM, the OFFSET of page 100 of every
 * case read 5,000 case rows for their status, office, category... These
 * name the view's columns alone: is_open, or status (sql/330 added status
 * to the indexes of every case's orders and of the open cases': is_open is
 * computed from it). The count walks on from the page: the ids from its
 * first to the count's cap (offset + 301) are read once, the page is their
 * first LIMIT, and the count the offset plus how many there were (the
 * count cannot be asked of an empty page: count_of asks it alone). Page
 * 100 so reads 5,250 index entries, not the count's 5,251 from the first
 * case and the page's 5,000 again. Parameters: offset, the view's, the
 * ids after the offset to read (cap - offset), offset, limit. */
#define PLAIN_PAGE(view, index, key, order) \
	"SELECT p.n, " QUEUE_ROWS(key) "FROM (SELECT w.id, w.n FROM (SELECT c.id, " \
	"ROW_NUMBER() OVER (ORDER BY " order ") AS rn, COUNT(*) OVER () + ? AS n " \
	"FROM (SELECT c.id, " key " FROM cases c FORCE INDEX (" index ") " view \
	"ORDER BY " order " LIMIT ? OFFSET ?) c) w WHERE w.rn <= ?) p " QUEUE_JOIN(order)
/* The view's pages in each order, each on the index that gives it (else
 * MariaDB may pick one of the view's others and sort all its cases). */
#define PLAIN_VIEW(name, view, submitted, due, updated) \
	name##_newest[] = PLAIN_PAGE(view, submitted, "c.submitted_at", BY_NEWEST), \
	name##_oldest[] = PLAIN_PAGE(view, submitted, "c.submitted_at", BY_OLDEST), \
	name##_due[] = PLAIN_PAGE(view, due, "c.due_date", BY_DUE), \
	name##_updated[] = PLAIN_PAGE(view, updated, "c.updated_at", BY_UPDATED)
#define BY_NEWEST "c.submitted_at DESC, c.id DESC"
#define BY_OLDEST "c.submitted_at, c.id"
#define BY_DUE "c.due_date, c.id"
#define BY_UPDATED "c.updated_at DESC, c.id DESC"
static const char
	PLAIN_VIEW(open, "WHERE c.is_open = 1 ", "cases_open_submitted", "cases_open_due",
		   "cases_open_updated"),
	PLAIN_VIEW(every, "WHERE c.status <> 'draft' ", "cases_submitted", "cases_due_date",
		   "cases_updated"),
	PLAIN_VIEW(one, "WHERE c.status = ? ", "cases_status_submitted", "cases_due",
		   "cases_status_updated");

/* A page by number of the open cases of one category, office or channel,
 * the same way: on the filter's indexes (sql/210; sql/360 put the id and
 * status after the order's column, so that they cover the statement), the
 * page's ids and its count from the index alone, in the orders they give. */
#define FILTER_VIEW(name, filter, submitted, due) \
	name##_newest[] = PLAIN_PAGE("WHERE c.is_open = 1 AND " filter, submitted, \
				     "c.submitted_at", BY_NEWEST), \
	name##_oldest[] = PLAIN_PAGE("WHERE c.is_open = 1 AND " filter, submitted, \
				     "c.submitted_at", BY_OLDEST), \
	name##_due[] = PLAIN_PAGE("WHERE c.is_open = 1 AND " filter, due, "c.due_date", BY_DUE)
static const char
	FILTER_VIEW(category, "c.category_id = ? ", "cases_open_category_submitted",
		    "cases_open_category_due"),
	FILTER_VIEW(office, "c.office_id = ? ", "cases_open_office_submitted",
		    "cases_open_office_due"),
	FILTER_VIEW(channel, "c.channel = ? ", "cases_open_channel_submitted",
		    "cases_open_channel_due");

/* One order of the queue: its page and its count, both after the key, for
 * every case ([0]) and for the open ones or one status ([1]); its plain
 * pages (PLAIN_VIEW) of the open cases, every case and one status, or none;
 * its pages of the open cases of a category, an office, a channel (FILTER_VIEW),
 * or none. */
struct queue_order {
	const char *page[2], *count[2], *plain[3], *filtered[3];
	int due;                   /* AFTER_DUE's parameters */
};

#define NEWEST(hint) QUEUE_PAGE(hint, AFTER("c.submitted_at", "<"), "c.submitted_at", BY_NEWEST)
#define OLDEST(hint) QUEUE_PAGE(hint, AFTER("c.submitted_at", ">"), "c.submitted_at", BY_OLDEST)
#define DUE(hint) QUEUE_PAGE(hint, AFTER_DUE, "c.due_date", BY_DUE)
#define LATE(hint) QUEUE_PAGE(hint, AFTER("c.due_date", "<"), "c.due_date", \
			     "c.due_date DESC, c.id DESC")
#define UPDATED(hint) QUEUE_PAGE(hint, AFTER("c.updated_at", "<"), "c.updated_at", BY_UPDATED)
static const char newest_all[] = NEWEST(ALL_CASES), newest_some[] = NEWEST(SOME_CASES);
static const char oldest_all[] = OLDEST(ALL_CASES), oldest_some[] = OLDEST(SOME_CASES);
static const char due_all[] = DUE(ALL_CASES), due_some[] = DUE(SOME_CASES);
static const char updated_all[] = UPDATED(ALL_CASES), updated_some[] = UPDATED(SOME_CASES);
static const char late_all[] = LATE(ALL_CASES), late_some[] = LATE(SOME_CASES);
static const char
	newest_count_all[] = QUEUE_COUNT(ALL_CASES, AFTER("c.submitted_at", "<")),
	newest_count_some[] = QUEUE_COUNT(SOME_CASES, AFTER("c.submitted_at", "<")),
	oldest_count_all[] = QUEUE_COUNT(ALL_CASES, AFTER("c.submitted_at", ">")),
	oldest_count_some[] = QUEUE_COUNT(SOME_CASES, AFTER("c.submitted_at", ">")),
	due_count_all[] = QUEUE_COUNT(ALL_CASES, AFTER_DUE),
	due_count_some[] = QUEUE_COUNT(SOME_CASES, AFTER_DUE),
	updated_count_all[] = QUEUE_COUNT(ALL_CASES, AFTER("c.updated_at", "<")),
	updated_count_some[] = QUEUE_COUNT(SOME_CASES, AFTER("c.updated_at", "<")),
	late_count_all[] = QUEUE_COUNT(ALL_CASES, AFTER("c.due_date", "<")),
	late_count_some[] = QUEUE_COUNT(SOME_CASES, AFTER("c.due_date", "<"));

int bo_queue_by_due(const struct bo_filter *f)
{
	return strcmp(f->sort, "scadenza") == 0 || (f->overdue && !*f->sort);
}

/* An overdue case always has a due date: LATE's key is never "". */
static const struct queue_order *queue_order(const struct bo_filter *f)
{
	static const struct queue_order late = {
		{ late_all, late_some }, { late_count_all, late_count_some }, { 0 }, { 0 }, 0,
	};
	const char *sort = f->sort;
	if (f->overdue && !*sort)
		return &late;
	static const struct queue_order
		newest = { { newest_all, newest_some }, { newest_count_all, newest_count_some },
			   { open_newest, every_newest, one_newest },
			   { category_newest, office_newest, channel_newest }, 0 },
		oldest = { { oldest_all, oldest_some }, { oldest_count_all, oldest_count_some },
			   { open_oldest, every_oldest, one_oldest },
			   { category_oldest, office_oldest, channel_oldest }, 0 },
		due = { { due_all, due_some }, { due_count_all, due_count_some },
			{ open_due, every_due, one_due }, { category_due, office_due, channel_due }, 1 },
		updated = { { updated_all, updated_some }, { updated_count_all, updated_count_some },
			    { open_updated, every_updated, one_updated }, { 0 }, 0 };
	return strcmp(sort, "meno-recenti") == 0 ? &oldest
	     : strcmp(sort, "scadenza") == 0 ? &due
	     : strcmp(sort, "aggiornate") == 0 ? &updated : &newest;
}

/* [1]: the open cases or one status (SOME_CASES); [0]: every case. */
static int some(const struct bo_filter *f)
{
	return strcmp(f->status, "tutte") != 0;
}

/* The parameters of AFTER and AFTER_DUE. */
#define AFTER_ARGS(f, key) (f)->after != NULL, key, key, (f)->after_id
#define AFTER_DUE_ARGS(f, key) AFTER_ARGS(f, key), key, (f)->after_id

/* FILTER_VIEW's page of F, or -2 when F is not one: a page by number of
 * every office's open cases, one filter of category, office or channel. */
static int filtered_list(struct db *db, struct arena *a, const struct queue_order *o,
			 const struct bo_filter *f, struct db_rows *out)
{
	int cap = (int)f->count_cap, filters = !!f->category_id + !!f->office_id + !!*f->channel;
	if (!o->filtered[0] || *f->status || filters != 1)
		return -2;
	const char *sql = o->filtered[f->category_id ? 0 : f->office_id ? 1 : 2];
	if (*f->channel)
		return db_query(db, a, out, sql, "isiii", f->offset, f->channel, cap - f->offset,
				f->offset, f->limit);
	long long id = f->category_id ? f->category_id : f->office_id;
	return db_query(db, a, out, sql, "iLiii", f->offset, id, cap - f->offset, f->offset,
			f->limit);
}

/* PLAIN_VIEW's or FILTER_VIEW's page of F, or -2 when F is neither: a page
 * by number (no key), every office's, no filter but the view (or one of
 * filtered_list's). */
static int plain_list(struct db *db, struct arena *a, const struct bo_scope *s,
		      const struct queue_order *o, const struct bo_filter *f, struct db_rows *out)
{
	int cap = (int)f->count_cap, open = !*f->status, every = !open && !some(f);
	if (!o->plain[0] || !s->all || f->after || f->overdue || f->operator_id || f->citizen_id)
		return -2;
	if (f->category_id || f->office_id || *f->channel)
		return filtered_list(db, a, o, f, out);
	const char *sql = o->plain[open ? 0 : every ? 1 : 2];
	if (open || every)
		return db_query(db, a, out, sql, "iiii", f->offset, cap - f->offset, f->offset,
				f->limit);
	return db_query(db, a, out, sql, "isiii", f->offset, f->status, cap - f->offset, f->offset,
			f->limit);
}

int bo_cases_list(struct db *db, struct arena *a, const struct bo_scope *s,
		  const struct bo_filter *f, struct db_rows *out)
{
	const struct queue_order *o = queue_order(f);
	const char *sql = o->page[some(f)], *key = f->after ? f->after : "";
	int cap = (int)f->count_cap, rc = plain_list(db, a, s, o, f, out);
	if (rc != -2)
		return rc;
	if (o->due)
		return db_query(db, a, out, sql, QUEUE_TYPES "issLsLii" QUEUE_TYPES "issLsLii",
				QUEUE_ARGS(s, f), AFTER_DUE_ARGS(f, key), cap, 0,
				QUEUE_ARGS(s, f), AFTER_DUE_ARGS(f, key), f->limit, f->offset);
	return db_query(db, a, out, sql, QUEUE_TYPES "issLii" QUEUE_TYPES "issLii",
			QUEUE_ARGS(s, f), AFTER_ARGS(f, key), cap, 0,
			QUEUE_ARGS(s, f), AFTER_ARGS(f, key), f->limit, f->offset);
}

int bo_cases_count(struct db *db, struct arena *a, const struct bo_scope *s,
		   const struct bo_filter *f, long long *n)
{
	const struct queue_order *o = queue_order(f);
	const char *sql = o->count[some(f)], *key = f->after ? f->after : "";
	int cap = (int)f->count_cap, rc;
	struct db_rows rows;
	if (o->due)
		rc = db_query(db, a, &rows, sql, QUEUE_TYPES "issLsLii", QUEUE_ARGS(s, f),
			      AFTER_DUE_ARGS(f, key), cap, 0);
	else
		rc = db_query(db, a, &rows, sql, QUEUE_TYPES "issLii", QUEUE_ARGS(s, f),
			      AFTER_ARGS(f, key), cap, 0);
	if (rc < 0)
		return -1;
	*n = db_get_ll(&rows, 0, "n");
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
	"c.outcome, c.outcome_kind, c.closed_at, c.updated_at " \
	"FROM cases c LEFT JOIN case_categories k ON k.id = c.category_id " \
	"LEFT JOIN areas z ON z.id = c.area_id LEFT JOIN services v ON v.id = c.service_id " \
	"LEFT JOIN offices o ON o.id = c.office_id LEFT JOIN staff s ON s.id = c.operator_id " \
	"LEFT JOIN citizens t ON t.id = c.citizen_id " \
	"WHERE c.code = ? AND c.status <> 'draft' AND " SCOPE

static const char *text_of(const struct db_rows *r, const char *col)
{
	const char *v = db_get(r, 0, col);
	return v ? v : "";
}

static void case_row(const struct db_rows *r, struct bo_case_row *c)
{
	*c = (struct bo_case_row){
		.id = db_get_ll(r, 0, "id"), .category_id = db_get_ll(r, 0, "category_id"),
		.office_id = db_get_ll(r, 0, "office_id"), .operator_id = db_get_ll(r, 0, "operator_id"),
		.citizen_id = db_get_ll(r, 0, "citizen_id"), .code = text_of(r, "code"),
		.status = text_of(r, "status"), .title = text_of(r, "title"),
		.protocol = text_of(r, "protocol"), .category_name = text_of(r, "category_name"),
		.office_name = text_of(r, "office_name"), .operator_name = text_of(r, "operator_name"),
		.citizen_name = text_of(r, "citizen_name"), .contact_name = text_of(r, "contact_name"),
		.contact_email = text_of(r, "contact_email"), .due_date = text_of(r, "due_date"),
		.waiting_since = text_of(r, "waiting_since"),
		.outcome = text_of(r, "outcome"), .outcome_kind = text_of(r, "outcome_kind"),
		.description = text_of(r, "description"),
	};
}

/* Only the case row is locked (by the actions below): FOR UPDATE on the
 * whole join would lock its office, category, operator and citizen too, and
 * serialise every change in an office. The read after the lock sees the
 * latest committed row (the transaction's snapshot starts at its first plain
 * read). */
int bo_case_get(struct db *db, struct arena *a, const struct bo_scope *s, const char *code,
		struct bo_case_row *c, struct db_rows *rows)
{
	static const char sql[] = CASE_SELECT;
	struct db_rows own;
	if (!rows)
		rows = &own;
	if (db_query(db, a, rows, sql, "siL", code, s->all, s->staff_id) < 0)
		return -1;
	if (rows->nrows != 1)
		return 0;
	case_row(rows, c);
	return 1;
}

int bo_case_events(struct db *db, struct arena *a, long long case_id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT at, kind, status, author, author_name, body, public FROM case_events "
		"WHERE case_id = ? ORDER BY at, id";
	return db_query(db, a, out, sql, "L", case_id);
}

int bo_case_attachment(struct db *db, struct arena *a, const struct bo_scope *s, const char *code,
		       long long att_id, int thumb, struct bo_attachment *out)
{
	static const char sql[] =
		"SELECT IF(? AND x.thumbnail IS NOT NULL, x.thumbnail, x.data) AS data, "
		"IF(? AND x.thumbnail IS NOT NULL, 'image/jpeg', x.content_type) AS content_type, "
		"x.filename FROM case_attachments x JOIN cases c ON c.id = x.case_id "
		"WHERE c.code = ? AND x.id = ? AND c.status <> 'draft' AND " SCOPE;
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "iisLiL", thumb, thumb, code, att_id, s->all, s->staff_id) < 0)
		return -1;
	if (rows.nrows != 1)
		return 0;
	*out = (struct bo_attachment){
		.data = db_get(&rows, 0, "data"), .len = db_get_len(&rows, 0, "data"),
		.content_type = text_of(&rows, "content_type"), .filename = text_of(&rows, "filename"),
	};
	return 1;
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

/* The queue's indexes start with a category's or an office's id, which a
 * condition on the joined table's slug could not use. */
int bo_filter_slugs(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] =
		"SELECT 'category' AS kind, slug, id FROM case_categories "
		"UNION ALL SELECT 'office', slug, id FROM offices";
	return db_query(db, a, out, sql, "");
}

int bo_response_templates(struct db *db, struct arena *a, long long office_id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT slug, title, body FROM response_templates "
		"WHERE active AND (office_id IS NULL OR office_id = ?) ORDER BY position, title";
	return db_query(db, a, out, sql, "L", office_id);
}

/* The draft is made here, with the channel and the contact; the filing is
 * the citizen side's own (case_submit), so protocol numbers, routing and due
 * dates come from one place. */
/* The draft of a registration, or the case the same form made before (its
 * idempotency key): *ID, *CODE_OUT; *DONE when that case is filed already. */
static int register_draft(struct db *db, struct arena *a, const struct bo_registration *g,
			  long long *id, const char **code_out, int *done)
{
	static const char draft[] =
		"INSERT INTO cases (code, citizen_id, case_type, category_id, area_id, channel, status, "
		"title, description, address, contact_name, contact_email, contact_phone, "
		"idempotency_key, created_at, updated_at) "
		"SELECT ?, NULLIF(?, 0), k.case_type, k.id, (SELECT id FROM areas WHERE slug = ?), ?, "
		"'draft', ?, ?, ?, ?, ?, ?, ?, NOW(3), NOW(3) FROM case_categories k "
		"WHERE k.slug = ? AND k.active";
	static const char again[] = "SELECT id, code, status FROM cases WHERE idempotency_key = ? "
				    "FOR UPDATE";
	*code_out = g->code;
	*done = 0;
	if (db_exec(db, draft, "sLssssssssss", g->code, g->citizen_id, g->area_slug, g->channel,
		    g->title, g->description, g->address, g->contact_name, g->contact_email,
		    g->contact_phone, g->idem, g->category_slug) == 0) {
		*id = (long long)db_insert_id(db);
		return db_affected_rows(db) == 1 ? 0 : -1;
	}
	struct db_rows rows;   /* the same form sent twice: the case it made */
	if (db_errno(db) != 1062 || db_query(db, a, &rows, again, "s", g->idem) < 0 ||
	    rows.nrows != 1)
		return -1;
	*id = db_get_ll(&rows, 0, "id");
	*code_out = db_get(&rows, 0, "code");
	*done = strcmp(db_get(&rows, 0, "status"), "draft") != 0;
	return 0;
}

/* One transaction: the draft and its filing stand or fall together; a
 * deadlock rolls both back and the registration runs again. */
int bo_case_register(struct db *db, struct arena *a, const struct bo_registration *g,
		     const char **code_out)
{
	for (int attempt = 0;; attempt++) {
		long long id;
		int done, filed;
		int rc = db_begin(db);
		if (rc == 0)
			rc = register_draft(db, a, g, &id, code_out, &done);
		if (rc == 0 && !done) {
			struct case_filing f = {
				.case_id = id, .citizen_id = g->citizen_id, .mail_to = g->contact_email,
				.mail_subject = g->mail_subject, .mail_body = g->mail_body,
			};
			rc = case_file_in_tx(db, &f, &filed);
		}
		if (rc == 0 && db_commit(db) == 0)
			return 0;
		unsigned err = db_errno(db);
		db_rollback(db);
		if (attempt == 3 || (err != 1213 && err != 1205))
			return -1;
	}
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

/* ---- what operators do: one transaction per business operation ---- */

#define OPEN "received in_charge in_progress waiting_citizen"

/* The statuses each action applies to, and its name in the audit log. */
static const struct {
	const char *audit, *from;
} actions[BO_NACTIONS] = {
	[BO_TAKE] = { "case-prendi", OPEN },
	[BO_ASSIGN] = { "case-assegna", OPEN },
	[BO_START] = { "case-lavora", "in_charge" },
	[BO_TRANSFER] = { "case-trasferisci", OPEN },
	[BO_RECLASSIFY] = { "case-riclassifica", OPEN },
	[BO_ASK] = { "case-chiedi", "received in_charge in_progress" },
	[BO_RESUME] = { "case-riprendi", "waiting_citizen" },
	[BO_REPLY] = { "case-rispondi", OPEN },
	[BO_NOTE] = { "case-nota", OPEN " closed rejected withdrawn" },
	[BO_CLOSE] = { "case-chiudi", OPEN },
	[BO_REOPEN] = { "case-riapri", "closed rejected" },
};

int bo_case_allows(enum bo_action a, const char *status)
{
	size_t n = status ? strlen(status) : 0;
	const char *list = actions[a].from;
	for (const char *p = list; n && (p = strstr(p, status)); p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

/* What the action's input is (each uses what it needs). */
struct input {
	long long id;
	const char *slug, *kind, *label, *text;
};

/* A change in the making: the locked case, what it becomes, the events,
 * the e-mail. */
struct change {
	struct db *db;
	struct arena *a;
	const struct bo_actor *who;
	const struct bo_case_row *c;
	struct bo_state st;
	const char *text;              /* the action's text, placeholders filled */
	struct {
		const char *kind, *status, *body;
		int public;
	} ev[2];
	int nev;
	struct bo_mail mail;
	int mail_on;
};

static const char *id_text(struct change *x, long long id)
{
	return id ? arena_printf(x->a, "%lld", id) : NULL;
}

static void event(struct change *x, const char *kind, const char *status, const char *body,
		  int public)
{
	x->ev[x->nev].kind = kind;
	x->ev[x->nev].status = status;
	x->ev[x->nev].body = body;
	x->ev[x->nev++].public = public;
}

/* A status change: on the citizen's timeline, and by e-mail. */
static void status_to(struct change *x, const char *status, const char *body)
{
	x->st.status = status;
	event(x, "status", status, body, 1);
	x->mail = (struct bo_mail){ .status = status, .text = body };
	x->mail_on = 1;
}

/* A new route: on the citizen's timeline, and by e-mail, with its reason. */
static void routed(struct change *x, const char *body)
{
	event(x, "routing", "", body, 1);
	x->mail = (struct bo_mail){ .what = "la pratica cambia ufficio o categoria", .text = body };
	x->mail_on = 1;
}

static int take(struct change *x, const struct input *in)
{
	(void)in;
	if (x->c->operator_id && x->c->operator_id != x->who->staff_id)
		return BO_HELD;
	x->st.operator_id = id_text(x, x->who->staff_id);
	if (strcmp(x->st.status, "received") == 0)
		status_to(x, "in_charge", "La pratica è stata presa in carico.");
	return 0;
}

/* Only to an active operator of the case's office. */
static int assign(struct change *x, const struct input *in)
{
	static const char sql[] =
		"SELECT t.display_name FROM staff t JOIN staff_offices so ON so.staff_id = t.id "
		"WHERE t.id = ? AND so.office_id = ? AND t.active AND t.role = 'operator'";
	struct db_rows rows;
	if (db_query(x->db, x->a, &rows, sql, "LL", in->id, x->c->office_id) < 0)
		return -1;
	if (rows.nrows != 1)
		return BO_INVALID;
	x->st.operator_id = id_text(x, in->id);
	event(x, "routing", "", arena_printf(x->a, "Assegnata a %s.",
					     db_get(&rows, 0, "display_name")), 0);
	if (strcmp(x->st.status, "received") == 0)
		status_to(x, "in_charge", "La pratica è stata presa in carico.");
	return 0;
}

static int start(struct change *x, const struct input *in)
{
	(void)in;
	status_to(x, "in_progress", "La pratica è in lavorazione.");
	return 0;
}

/* To another office, whose operators take it from there: nobody holds it. */
static int transfer(struct change *x, const struct input *in)
{
	static const char sql[] = "SELECT name FROM offices WHERE id = ?";
	struct db_rows o;
	if (db_query(x->db, x->a, &o, sql, "L", in->id) < 0)
		return -1;
	if (o.nrows != 1 || in->id == x->c->office_id)
		return BO_INVALID;
	x->st.office_id = id_text(x, in->id);
	x->st.operator_id = NULL;
	routed(x, arena_printf(x->a, "Trasferita da %s a %s. Motivo: %s", x->c->office_name,
			       db_get(&o, 0, "name"), x->text));
	return 0;
}

/* The new category's routing, as at filing: the route of the case's area,
 * else the category's office. Another office takes it from nobody. A
 * category with another term recomputes the legal clock, said on the timeline. */
static int reclassify(struct change *x, const struct input *in)
{
	static const char sql[] =
		"SELECT k.id, k.name, o.id AS office_id, o.name AS office_name FROM case_categories k "
		"JOIN cases c ON c.id = ? JOIN offices o ON o.id = COALESCE((SELECT r.office_id "
		"FROM case_routes r WHERE r.category_id = k.id AND r.area_id = c.area_id), k.office_id) "
		"WHERE k.slug = ? AND k.active";
	struct db_rows k;
	if (db_query(x->db, x->a, &k, sql, "Ls", x->c->id, in->slug) < 0)
		return -1;
	if (k.nrows != 1 || db_get_ll(&k, 0, "id") == x->c->category_id)
		return BO_INVALID;
	long long office = db_get_ll(&k, 0, "office_id");
	const char *name = db_get(&k, 0, "name"), *moved = "", *clock = "", *due;
	int term, changed = case_clock_reclassify(x->db, x->a, x->c->id, db_get_ll(&k, 0, "id"),
						  &term, &due);
	if (changed < 0)
		return -1;
	if (changed) {   /* the row's update below writes the state's due date */
		x->st.due_date = due;
		clock = arena_printf(x->a, " Il termine della nuova categoria è di %d giorni: la "
				     "pratica va conclusa entro il %.2s/%.2s/%.4s.", term, due + 8,
				     due + 5, due);
	}
	x->st.category_id = id_text(x, db_get_ll(&k, 0, "id"));
	if (office != x->c->office_id) {
		x->st.office_id = id_text(x, office);
		x->st.operator_id = NULL;
		moved = arena_printf(x->a, " Trasferita da %s a %s, competente per la categoria %s.",
				     x->c->office_name, db_get(&k, 0, "office_name"), name);
	}
	routed(x, arena_printf(x->a, "Categoria cambiata da %s a %s.%s%s Motivo: %s",
			       x->c->category_name, name, moved, clock, x->text));
	return 0;
}

/* The first request suspends the legal clock until the citizen answers (at
 * most 30 days: case_clock_store.c); the question tells them by when. */
static int ask(struct change *x, const struct input *in)
{
	(void)in;
	int suspended;
	const char *answer_by, *due;
	if (case_clock_suspend(x->db, x->a, x->c->id, &suspended, &answer_by, &due) < 0)
		return -1;
	if (!x->st.operator_id)
		x->st.operator_id = id_text(x, x->who->staff_id);
	x->st.due_date = *due ? due : x->st.due_date;
	status_to(x, "waiting_citizen",
		  suspended ? arena_printf(x->a, "%s\n\nRispondi entro il %.2s/%.2s/%.4s: fino alla "
					   "tua risposta il termine della pratica è sospeso.",
					   x->text, answer_by + 8, answer_by + 5, answer_by)
			    : x->text);
	x->mail.what = "ci servono alcune informazioni";
	return 0;
}

/* The suspension ends today; the clock recomputes the due date. */
static int resume(struct change *x, const struct input *in)
{
	(void)in;
	const char *d;
	if (case_clock_resume(x->db, x->a, x->c->id, &d) < 0)
		return -1;
	x->st.due_date = *d ? d : x->st.due_date;
	status_to(x, "in_progress",
		  *d ? arena_printf(x->a, "La lavorazione riprende: la risposta è prevista "
				    "entro il %.2s/%.2s/%.4s.", d + 8, d + 5, d)
		     : "La lavorazione riprende.");
	return 0;
}

static int reply(struct change *x, const struct input *in)
{
	(void)in;
	event(x, "message", "", x->text, 1);
	x->mail = (struct bo_mail){ .what = "risposta dell'ufficio", .text = x->text };
	x->mail_on = 1;
	return 0;
}

static int note(struct change *x, const struct input *in)
{
	(void)in;
	event(x, "note", "", x->text, 0);
	return 0;
}

static int close_case(struct change *x, const struct input *in)
{
	x->st.outcome = x->text;
	x->st.outcome_kind = in->kind;
	status_to(x, strcmp(in->kind, "respinta") ? "closed" : "rejected",
		  arena_printf(x->a, "Esito: %s. %s", in->label, x->text));
	return 0;
}

/* The 'reopened' event (internal) is what the dashboard's reopen rate counts. */
static int reopen(struct change *x, const struct input *in)
{
	(void)in;
	event(x, "status", "reopened", x->text, 0);
	x->st.outcome = "";
	x->st.outcome_kind = NULL;
	status_to(x, "in_progress", "La pratica è stata riaperta e torna in lavorazione.");
	return 0;
}

static int case_save(struct db *db, long long case_id, const struct bo_state *st)
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

static int case_event(struct db *db, long long case_id, const char *kind, const char *status,
		      const char *author_name, const char *body, int public)
{
	static const char sql[] =
		"INSERT INTO case_events (case_id, at, kind, status, author, author_name, body, public) "
		"VALUES (?, NOW(3), ?, ?, 'staff', ?, ?, ?)";
	if (db_exec(db, sql, "Lssssi", case_id, kind, status ? status : "", author_name, body,
		    public) < 0)
		return -1;
	/* only a status change or a message may be the first response or a reopening */
	return strcmp(kind, "status") && strcmp(kind, "message") ? 0 : case_event_flags(db);
}

static struct bo_state state_of(struct change *x, const struct bo_case_row *c)
{
	return (struct bo_state){
		.status = c->status, .office_id = id_text(x, c->office_id),
		.operator_id = id_text(x, c->operator_id), .category_id = id_text(x, c->category_id),
		.due_date = *c->due_date ? c->due_date : NULL, .outcome = c->outcome,
		.outcome_kind = *c->outcome_kind ? c->outcome_kind : NULL,
	};
}

/* The case, its events, the e-mail and the audit row, in the transaction. */
static int write_change(struct change *x, enum bo_action act, const struct bo_state *before)
{
	const struct bo_case_row *c = x->c;
	const struct bo_actor *who = x->who;
	if (case_save(x->db, c->id, &x->st) < 0)
		return -1;
	for (int i = 0; i < x->nev; i++)
		if (case_event(x->db, c->id, x->ev[i].kind, x->ev[i].status, who->name,
			       x->ev[i].body, x->ev[i].public) < 0)
			return -1;
	if (x->mail_on && *c->contact_email) {
		const char *subject = NULL, *body = who->mail(who->ctx, c, &x->mail, &subject);
		if (outbox_enqueue(x->db, c->contact_email, subject, body, c->id) < 0)
			return -1;
	}
	return who->audit(who->ctx, actions[act].audit, c, before, &x->st, x->text);
}

typedef int (*apply_fn)(struct change *x, const struct input *in);

/* Lock the case, check its status, let the action say what it becomes, write it. */
static int locked_change(struct change *x, enum bo_action act, const char *code, apply_fn apply,
			 const struct input *in, struct bo_case_row *c)
{
	static const char lock[] = "SELECT id FROM cases WHERE code = ? FOR UPDATE";
	struct db_rows locked;
	if (db_query(x->db, x->a, &locked, lock, "s", code) < 0)
		return -1;
	int found = bo_case_get(x->db, x->a, &x->who->scope, code, c, NULL);
	if (found <= 0)
		return found < 0 ? -1 : BO_NOT_FOUND;
	if (!bo_case_allows(act, c->status))
		return BO_WRONG_STATUS;
	x->c = c;
	x->st = state_of(x, c);
	struct bo_state before = x->st;
	if (in->text)
		x->text = x->who->expand(x->who->ctx, c, in->text);
	int rc = apply(x, in);
	return rc ? rc : write_change(x, act, &before);
}

static int run(struct db *db, struct arena *a, const struct bo_actor *who, enum bo_action act,
	       const char *code, apply_fn apply, const struct input *in, struct bo_case_row *c)
{
	struct change x = { .db = db, .a = a, .who = who };
	if (db_begin(db) < 0)
		return -1;
	int rc = locked_change(&x, act, code, apply, in, c);
	if (rc == 0 && db_commit(db) == 0)
		return 0;
	db_rollback(db);
	return rc ? rc : -1;
}

int bo_case_take(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		 struct bo_case_row *c)
{
	return run(db, a, who, BO_TAKE, code, take, &(struct input){ 0 }, c);
}

int bo_case_assign(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		   long long operator_id, struct bo_case_row *c)
{
	return run(db, a, who, BO_ASSIGN, code, assign, &(struct input){ .id = operator_id }, c);
}

int bo_case_start(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		  struct bo_case_row *c)
{
	return run(db, a, who, BO_START, code, start, &(struct input){ 0 }, c);
}

int bo_case_transfer(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		     long long office_id, const char *reason, struct bo_case_row *c)
{
	return run(db, a, who, BO_TRANSFER, code, transfer,
		   &(struct input){ .id = office_id, .text = reason }, c);
}

int bo_case_reclassify(struct db *db, struct arena *a, const struct bo_actor *who,
		       const char *code, const char *category_slug, const char *reason,
		       struct bo_case_row *c)
{
	return run(db, a, who, BO_RECLASSIFY, code, reclassify,
		   &(struct input){ .slug = category_slug, .text = reason }, c);
}

int bo_case_ask(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		const char *question, struct bo_case_row *c)
{
	return run(db, a, who, BO_ASK, code, ask, &(struct input){ .text = question }, c);
}

int bo_case_resume(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		   struct bo_case_row *c)
{
	return run(db, a, who, BO_RESUME, code, resume, &(struct input){ 0 }, c);
}

int bo_case_reply(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		  const char *text, struct bo_case_row *c)
{
	return run(db, a, who, BO_REPLY, code, reply, &(struct input){ .text = text }, c);
}

int bo_case_note(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		 const char *text, struct bo_case_row *c)
{
	return run(db, a, who, BO_NOTE, code, note, &(struct input){ .text = text }, c);
}

int bo_case_close(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		  const char *outcome_kind, const char *outcome_label, const char *text,
		  struct bo_case_row *c)
{
	return run(db, a, who, BO_CLOSE, code, close_case,
		   &(struct input){ .kind = outcome_kind, .label = outcome_label, .text = text }, c);
}

int bo_case_reopen(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		   const char *reason, struct bo_case_row *c)
{
	return run(db, a, who, BO_REOPEN, code, reopen, &(struct input){ .text = reason }, c);
}
