/* dash_store.c - see dash_store.h. The figures read the summaries (sql/200,
 * sql/260: the filed cases by day, month and year of filing, in the buckets
 * of each figure, kept exact by triggers): a period reads its whole years,
 * the other whole months and the days at its ends. A page without a filter
 * reads dash_marginal (the sums by office, by category, by channel, or of
 * all), so that a breakdown reads its groups' rows and no more; a filter
 * reads the full cross product of dash_summary, except for the figures no
 * breakdown splits (totals, first response, by month), which one filter
 * reads from its own marginal. Only the two lists read
 * cases, 100 rows at a time. The filters are bound parameters, an empty one
 * matching everything. */
#include "dash_store.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"

#define OVERDUE "(c.status IN ('received','in_charge','in_progress','waiting_citizen') " \
	"AND IFNULL(c.due_date < CURDATE(), 0))"
/* The same as a condition an index serves (cases_overdue). */
#define IS_OVERDUE "c.is_open = 1 AND c.due_date < CURDATE()"
/* A 'state' row's bucket: 2 * the status's position + reopened (sql/200). */
#define OPEN_ROW "s.bucket DIV 2 < 4"
#define CLOSED_ROW "s.bucket DIV 2 IN (4, 5)"
#define COUNTS                                                                             \
	"SUM(s.n) AS total, SUM(IF(" OPEN_ROW ", s.n, 0)) AS open, "                       \
	"SUM(IF(" CLOSED_ROW ", s.n, 0)) AS closed "

#define FILTER_TYPES "ssssssss"
#define FILTER_ARGS(f)                                                                     \
	(f)->from, (f)->to, (f)->office, (f)->office, (f)->category, (f)->category,        \
		(f)->channel, (f)->channel

/* A period from the summaries: its whole years [y1, y2), the other whole
 * months [m1, m2), the other whole dekads [k1, k2) (sql/280), the other
 * days of [from, to]. */
#define PERIOD                                                                             \
	"((s.span = 'year' AND s.start >= ? AND s.start < ?) "                             \
	"OR (s.span = 'month' AND s.start >= ? AND s.start < ? AND (s.start < ? OR s.start >= ?)) " \
	"OR (s.span = 'dekad' AND s.start >= ? AND s.start < ? AND (s.start < ? OR s.start >= ?)) " \
	"OR (s.span = 'day' AND s.start >= ? AND s.start <= ? AND (s.start < ? OR s.start >= ?))) "
#define PERIOD_TYPES "ssssssssssssss"
#define PERIOD_ARGS(p, f) (p).y1, (p).y2, (p).m1, (p).m2, (p).y1, (p).y2, (p).k1, (p).k2, \
	(p).m1, (p).m2, (f)->from, (f)->to, (p).k1, (p).k2
/* The full cross product (sql/200), for a page with a filter. */
#define FROM_SUMMARY "FROM dash_summary s "
#define WHERE_SUMMARY(kinds)                                                               \
	"WHERE s.kind IN (" kinds ") AND " PERIOD                                           \
	"AND (? = '' OR s.office_id = (SELECT o.id FROM offices o WHERE o.slug = ?)) "       \
	"AND (? = '' OR s.category_id = (SELECT k.id FROM case_categories k WHERE k.slug = ?)) " \
	"AND (? = '' OR s.channel = ?) "
/* The sums over every dimension but DIM (sql/260), for the page without. */
#define FROM_MARGINAL(dims, kinds)                                                         \
	"FROM dash_marginal s WHERE s.dim IN (" dims ") AND s.kind IN (" kinds ") AND " PERIOD

/* The whole years, months and dekads of a period: from Y1 (M1, K1), a
 * first day, to before Y2 (M2, K2); none when Y1 >= Y2 (M1 >= M2, K1 >= K2). */
struct months {
	char k1[11], k2[11], m1[11], m2[11], y1[11], y2[11];
};

static void ymd(struct tm *t, const char *date)
{
	*t = (struct tm){ .tm_year = atoi(date) - 1900, .tm_mon = atoi(date + 5) - 1,
			  .tm_mday = atoi(date + 8), .tm_hour = 12 };
}

/* The first day of the dekad of T (normalised first) into OUT. */
static void dekad_of(struct tm *t, char out[11])
{
	mktime(t);
	t->tm_mday = t->tm_mday > 20 ? 21 : t->tm_mday > 10 ? 11 : 1;
	strftime(out, 11, "%Y-%m-%d", t);
}

/* K1: FROM if a dekad's first day, else the next dekad's; K2: the dekad of
 * the day after TO (its first day when TO ends a dekad). */
static void dekads_of(const struct dash_filter *f, struct months *p)
{
	struct tm t;
	ymd(&t, f->from);
	if (t.tm_mday > 21)
		t.tm_mon++, t.tm_mday = 1;
	else if (t.tm_mday > 11)
		t.tm_mday = 21;
	else if (t.tm_mday > 1)
		t.tm_mday = 11;
	dekad_of(&t, p->k1);
	ymd(&t, f->to);
	t.tm_mday++;
	dekad_of(&t, p->k2);
}

/* M1: FROM's month if FROM is its first day, else the next; M2: the month
 * after TO's if TO is its last day, else TO's; Y1, Y2 the same of M1, M2,
 * or no years for BY_MONTH (a breakdown by month reads the months). */
static struct months months_of(const struct dash_filter *f, int by_month)
{
	struct months p;
	struct tm t;
	dekads_of(f, &p);
	ymd(&t, f->from);
	if (t.tm_mday != 1)
		t.tm_mon++;
	t.tm_mday = 1;
	mktime(&t);
	strftime(p.m1, sizeof p.m1, "%Y-%m-%d", &t);
	if (t.tm_mon != 0)
		t.tm_year++;
	t.tm_mon = 0;
	mktime(&t);
	strftime(p.y1, sizeof p.y1, "%Y-%m-%d", &t);
	ymd(&t, f->to);
	t.tm_mday++;   /* the day after TO: a first day when TO is a last one */
	mktime(&t);
	t.tm_mday = 1;
	strftime(p.m2, sizeof p.m2, "%Y-%m-%d", &t);
	t.tm_mon = 0;
	mktime(&t);
	strftime(p.y2, sizeof p.y2, "%Y-%m-%d", &t);
	if (by_month)
		memcpy(p.y2, p.y1, sizeof p.y1);
	return p;
}

static int unfiltered(const struct dash_filter *f)
{
	return !*f->office && !*f->category && !*f->channel;
}

/* The rows of FULL (WHERE_SUMMARY's) over the summary of F, or of MARGINAL
 * (FROM_MARGINAL's) when F has no filter. */
static int summary_query(struct db *db, struct arena *a, const char *full, const char *marginal,
			 const struct dash_filter *f, int by_month, struct db_rows *out)
{
	struct months p = months_of(f, by_month);
	if (unfiltered(f))
		return db_query(db, a, out, marginal, PERIOD_TYPES, PERIOD_ARGS(p, f));
	return db_query(db, a, out, full, PERIOD_TYPES "ssssss", PERIOD_ARGS(p, f), f->office,
			f->office, f->category, f->category, f->channel, f->channel);
}

/* The one group of the marginals that a page with at most one filter
 * reads for the figures that no breakdown splits. */
#define FROM_CELL(kinds)                                                                   \
	"FROM dash_marginal s WHERE s.dim = ? AND s.grp = CASE ? WHEN 'all' THEN 0 "        \
	"WHEN 'office' THEN (SELECT o.id FROM offices o WHERE o.slug = ?) "                 \
	"WHEN 'category' THEN (SELECT k.id FROM case_categories k WHERE k.slug = ?) "       \
	"ELSE FIELD(?, 'web', 'telefono', 'sportello', 'email', 'social') END "            \
	"AND s.kind IN (" kinds ") AND " PERIOD

/* The rows of CELL (FROM_CELL's) over F's group, or of FULL when F has more
 * than one filter. */
static int cell_query(struct db *db, struct arena *a, const char *full, const char *cell,
		      const struct dash_filter *f, int by_month, struct db_rows *out)
{
	const char *dim = *f->office ? "office" : *f->category ? "category" : *f->channel ? "channel" : "all";
	const char *v = *f->office ? f->office : *f->category ? f->category : f->channel;
	struct months p = months_of(f, by_month);
	if (!!*f->office + !!*f->category + !!*f->channel > 1)
		return summary_query(db, a, full, NULL, f, by_month, out);
	return db_query(db, a, out, cell, "sssss" PERIOD_TYPES, dim, dim, v, v, v, PERIOD_ARGS(p, f));
}

/* The totals of dash_store.h from the 'state' and 'due' rows. */
#define TOTALS                                                                             \
	"SELECT COALESCE(SUM(IF(s.kind = 'state', s.n, 0)), 0) AS total, "                 \
	"COALESCE(SUM(IF(s.kind = 'state' AND " OPEN_ROW ", s.n, 0)), 0) AS open, "         \
	"COALESCE(SUM(IF(s.kind = 'state' AND " CLOSED_ROW ", s.n, 0)), 0) AS closed, "     \
	"COALESCE(SUM(IF(s.kind = 'state' AND s.bucket DIV 2 = 6, s.n, 0)), 0) AS withdrawn, " \
	"COALESCE(SUM(IF(s.kind = 'due' AND s.bucket < TO_DAYS(CURDATE()), s.n, 0)), 0) "  \
	"AS overdue, "                                                                     \
	"COALESCE(SUM(IF(s.kind = 'state' AND s.bucket % 2 = 1, s.n, 0)), 0) AS reopened, " \
	"COALESCE(SUM(IF(s.kind = 'state' AND (" CLOSED_ROW " OR s.bucket % 2 = 1), s.n, 0)), 0) " \
	"AS ever_closed "

int dash_totals(struct db *db, struct arena *a, const struct dash_filter *f, struct db_rows *out)
{
	static const char full[] = TOTALS FROM_SUMMARY WHERE_SUMMARY("'state', 'due'");
	static const char cell[] = TOTALS FROM_CELL("'state', 'due'");
	return cell_query(db, a, full, cell, f, 0, out);
}

/* The groups of ROWS: grp, name when NAMED, total, open, closed. */
static int groups_of(struct arena *a, const struct db_rows *rows, int named, struct dash_groups *out)
{
	out->n = rows->nrows;
	out->g = arena_calloc(a, rows->nrows + 1, sizeof *out->g);
	for (size_t i = 0; i < rows->nrows; i++)
		out->g[i] = (struct dash_group){
			.key = db_get(rows, i, "grp"), .name = named ? db_get(rows, i, "name") : "",
			.total = (long)db_get_ll(rows, i, "total"),
			.open = (long)db_get_ll(rows, i, "open"),
			.closed = (long)db_get_ll(rows, i, "closed"),
		};
	return 0;
}

/* Every breakdown of the page in one read of the period's 'state' and
 * 'rating' rows (each summary row read once, not once a breakdown): by
 * office, category and channel, with the voice's figures. GID the group's
 * id (the channel's position in the enum, sql/260); named after grouping,
 * as a join per summary row cost more than the sums. */
#define BREAKDOWNS(gid, rows)                                                              \
	"SELECT g.dim, IF(g.dim = 'channel', ELT(g.gid, 'web', 'telefono', 'sportello', "   \
	"'email', 'social'), g.gid) AS grp, COALESCE(o.name, k.name, '') AS name, g.total, " \
	"g.total AS cases, g.open, g.closed, g.ever_closed, g.reopened, g.ratings, "       \
	"ROUND(100 * g.reopened / NULLIF(g.ever_closed, 0), 1) AS reopen_rate, "           \
	"ROUND(g.rating_sum / NULLIF(g.ratings, 0), 2) AS mean_rating FROM ("              \
	"SELECT CAST(dim AS CHAR) AS dim, " gid " AS gid, "                                 \
	"SUM(IF(s.kind = 'state', s.n, 0)) AS total, "                                     \
	"SUM(IF(s.kind = 'state' AND " OPEN_ROW ", s.n, 0)) AS open, "                     \
	"SUM(IF(s.kind = 'state' AND " CLOSED_ROW ", s.n, 0)) AS closed, "                 \
	"SUM(IF(s.kind = 'state' AND (" CLOSED_ROW " OR s.bucket % 2 = 1), s.n, 0)) "      \
	"AS ever_closed, SUM(IF(s.kind = 'state' AND s.bucket % 2 = 1, s.n, 0)) AS reopened, " \
	"SUM(IF(s.kind = 'rating', s.n, 0)) AS ratings, "                                  \
	"SUM(IF(s.kind = 'rating', s.n * s.bucket, 0)) AS rating_sum " rows                \
	"GROUP BY dim, gid HAVING total > 0) g "                                           \
	"LEFT JOIN offices o ON g.dim = 'office' AND o.id = g.gid "                        \
	"LEFT JOIN case_categories k ON g.dim = 'category' AND k.id = g.gid "              \
	"ORDER BY g.dim, g.total DESC, name"
#define DIMS                                                                               \
	"JOIN (SELECT 'office' AS dim UNION ALL SELECT 'category' UNION ALL SELECT 'channel') d "

/* ROWS[from, to) as rows of their own (the cells are row-major). */
static struct db_rows rows_slice(const struct db_rows *rows, size_t from, size_t to)
{
	struct db_rows r = *rows;
	r.nrows = to - from;
	r.cells = rows->cells ? rows->cells + from * rows->ncols : NULL;
	r.lens = rows->lens ? rows->lens + from * rows->ncols : NULL;
	return r;
}

/* The run of ROWS whose dim is DIM (ROWS in the order of dim). */
static struct db_rows rows_of(const struct db_rows *rows, const char *dim)
{
	size_t i = 0, j;
	while (i < rows->nrows && strcmp(db_get(rows, i, "dim"), dim) != 0)
		i++;
	for (j = i; j < rows->nrows && strcmp(db_get(rows, j, "dim"), dim) == 0;)
		j++;
	return rows_slice(rows, i, j);
}

int dash_breakdowns(struct db *db, struct arena *a, const struct dash_filter *f,
		    struct dash_breakdowns *out)
{
	static const char full[] = BREAKDOWNS(
		"CASE d.dim WHEN 'office' THEN s.office_id WHEN 'category' THEN s.category_id "
		"ELSE s.channel + 0 END", FROM_SUMMARY DIMS WHERE_SUMMARY("'state', 'rating'"));
	static const char marginal[] = BREAKDOWNS(
		"s.grp", FROM_MARGINAL("'office', 'category', 'channel'", "'state', 'rating'"));
	struct db_rows rows;
	if (summary_query(db, a, full, marginal, f, 0, &rows) < 0)
		return -1;
	out->office = rows_of(&rows, "office");
	out->category = rows_of(&rows, "category");
	out->channel = rows_of(&rows, "channel");
	return 0;
}

struct dash_groups dash_groups_of(struct arena *a, const struct db_rows *rows)
{
	struct dash_groups g;
	groups_of(a, rows, 1, &g);
	return g;
}

/* Reads months and days, no years; grouped by the expression, as
 * dash_marginal has a column grp. */
#define MONTH_OF "DATE_FORMAT(s.start, '%Y-%m')"
#define MONTHLY "SELECT " MONTH_OF " AS grp, " COUNTS
#define BY_MONTH "GROUP BY " MONTH_OF " HAVING total > 0 ORDER BY " MONTH_OF
int dash_by_month(struct db *db, struct arena *a, const struct dash_filter *f,
		  struct dash_groups *out)
{
	static const char full[] = MONTHLY FROM_SUMMARY WHERE_SUMMARY("'state'") BY_MONTH;
	static const char cell[] = MONTHLY FROM_CELL("'state'") BY_MONTH;
	struct db_rows rows;
	if (cell_query(db, a, full, cell, f, 1, &rows) < 0)
		return -1;
	return groups_of(a, &rows, 0, out);
}

/* The width of the bucket that starts at LOWER seconds (dash_bucket(), sql/200). */
static long bucket_width(long lower)
{
	if (lower < 3600)
		return 300;
	if (lower < 172800)
		return 3600;
	if (lower < 2592000)
		return 86400;
	if (lower < 31536000)
		return lower + 604800 > 31536000 ? 31536000 - lower : 604800;
	return 2592000;
}

/* Whether row I of histogram H counts for all: the marginal's rows
 * (HISTOGRAM_MARGINAL) each count once by office and once by category, the
 * other column ''; all is the office rows. */
static int in_all(const struct db_rows *h, size_t i)
{
	return *db_get(h, i, "office_id") != '\0';
}

/* The median of histogram H (bucket, n; by bucket) over all its cases:
 * the bucket of the lower median, the ceil(n/2)-th duration. */
static struct dash_median median_all(const struct db_rows *h)
{
	struct dash_median m = { 0 };
	long seen = 0;
	for (size_t i = 0; i < h->nrows; i++)
		if (in_all(h, i))
			m.n += (long)db_get_ll(h, i, "n");
	for (size_t i = 0; i < h->nrows && m.n; i++) {
		if (!in_all(h, i))
			continue;
		seen += (long)db_get_ll(h, i, "n");
		if (2 * seen >= m.n) {
			m.lower = (long)db_get_ll(h, i, "bucket");
			m.upper = m.lower + bucket_width(m.lower);
			break;
		}
	}
	return m;
}

/* By bucket, office and category: one read serves every median of a
 * kind; from the marginal, the rows by office and by category. */
#define HISTOGRAM(kind)                                                                    \
	"SELECT s.office_id, s.category_id, s.bucket, SUM(s.n) AS n " FROM_SUMMARY          \
	WHERE_SUMMARY(kind) "GROUP BY s.bucket, s.office_id, s.category_id ORDER BY s.bucket"
#define HISTOGRAM_MARGINAL(kind)                                                           \
	"SELECT IF(s.dim = 'office', s.grp, '') AS office_id, "                           \
	"IF(s.dim = 'category', s.grp, '') AS category_id, s.bucket, SUM(s.n) AS n "        \
	FROM_MARGINAL("'office', 'category'", kind)                                         \
	"GROUP BY s.bucket, s.dim, s.grp ORDER BY s.bucket"

int dash_median_first_response(struct db *db, struct arena *a, const struct dash_filter *f,
			       struct dash_median *out)
{
	static const char full[] = HISTOGRAM("'first'");
	static const char cell[] =
		"SELECT 0 AS office_id, s.bucket, SUM(s.n) AS n " FROM_CELL("'first'")
		"GROUP BY s.bucket ORDER BY s.bucket";
	struct db_rows h;
	if (cell_query(db, a, full, cell, f, 0, &h) < 0)
		return -1;
	*out = median_all(&h);
	return 0;
}

int dash_closure(struct db *db, struct arena *a, const struct dash_filter *f, struct db_rows *out)
{
	static const char full[] = HISTOGRAM("'closure'");
	static const char marginal[] = HISTOGRAM_MARGINAL("'closure'");
	return summary_query(db, a, full, marginal, f, 0, out);
}

struct dash_median dash_median_closure(const struct db_rows *closure)
{
	return median_all(closure);
}

#define PROTOCOL_COLUMN                                                                    \
	"IF(c.protocol_number IS NULL, '', "                                               \
	"CONCAT(c.protocol_year, '/', LPAD(c.protocol_number, 7, '0'))) AS protocol"
/* What the overdue list says of a case first. */
#define CASE_COLUMNS                                                                       \
	"COALESCE(c.code, '') AS code, " PROTOCOL_COLUMN ", "                              \
	"c.case_type, c.title, COALESCE(k.name, '') AS category, "                         \
	"COALESCE(o.name, '') AS office, "

/* The range of due dates [*LO, *HI] that holds the first LIMIT overdue
 * cases of F in the list's order (the due date first), from the summary's
 * 'due' rows (open cases by due day, sql/200): *LO > *HI when none. */
#define DUE_DAYS "SELECT s.bucket, DATE_FORMAT(FROM_DAYS(s.bucket), '%Y-%m-%d') AS day, SUM(s.n) AS n "
#define OVERDUE_DAYS "AND s.bucket < TO_DAYS(CURDATE()) GROUP BY s.bucket ORDER BY s.bucket"
static int overdue_days(struct db *db, struct arena *a, const struct dash_filter *f, int limit,
			const char **lo, const char **hi)
{
	static const char full[] = DUE_DAYS FROM_SUMMARY WHERE_SUMMARY("'due'") OVERDUE_DAYS;
	static const char cell[] = DUE_DAYS FROM_CELL("'due'") OVERDUE_DAYS;
	struct db_rows d;
	long long seen = 0;
	if (cell_query(db, a, full, cell, f, 0, &d) < 0)
		return -1;
	*lo = "9999-12-31", *hi = "1000-01-01";
	for (size_t i = 0; i < d.nrows && seen < limit; i++) {
		if (db_get_ll(&d, i, "n") <= 0)
			continue;
		if (!seen)
			*lo = db_get(&d, i, "day");
		*hi = db_get(&d, i, "day");
		seen += db_get_ll(&d, i, "n");
	}
	return 0;
}

/* The ids of F's office and category, 0 for none (or one that does not exist). */
static int filter_ids(struct db *db, struct arena *a, const struct dash_filter *f,
		      long long *office, long long *category)
{
	static const char sql[] =
		"SELECT COALESCE((SELECT id FROM offices WHERE slug = ?), 0) AS office_id, "
		"COALESCE((SELECT id FROM case_categories WHERE slug = ?), 0) AS category_id";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "ss", f->office, f->category) < 0 || rows.nrows != 1)
		return -1;
	*office = db_get_ll(&rows, 0, "office_id");
	*category = db_get_ll(&rows, 0, "category_id");
	return 0;
}

/* The index cases_overdue (sql/200, 320) in the order it keeps, over the
 * due dates that hold the cases shown (overdue_days): the rows read are
 * those due on those days, whatever the volume; without the bound, every
 * case overdue before the period's first was read (3,444 rows for the last
 * month at a million cases, ten times more at Rome's volume). The bounds
 * are bound as dates, not as FROM_DAYS(?): over a function of a parameter
 * MariaDB 10.11 reads every case due on those days and sorts them (4,107
 * rows, 9.4 ms, at 12.5 million cases), over a value it reads the index's
 * first LIMIT rows in order (0.6 ms). The filters compare the columns the
 * index holds (the ids, not the slugs of the joined tables), and the ids are
 * chosen from the index alone (MariaDB pushes no condition into an index
 * with a virtual column, is_open): the cases of other channels, offices and
 * categories are skipped there, not read from the table (the last month's
 * social channel: 12,166 rows read, 25-60 ms; from the index, 7 ms). */
int dash_overdue(struct db *db, struct arena *a, const struct dash_filter *f, int limit,
		 struct db_rows *out)
{
	static const char sql[] =
		"SELECT " CASE_COLUMNS "DATE_FORMAT(c.due_date, '%Y-%m-%d') AS due_date, "
		"DATEDIFF(CURDATE(), c.due_date) AS days_late "
		"FROM (SELECT c.id FROM cases c FORCE INDEX (cases_overdue) "
		"WHERE " IS_OVERDUE " AND c.due_date BETWEEN ? AND ? "
		"AND c.submitted_at >= CAST(? AS DATE) "
		"AND c.submitted_at < CAST(? AS DATE) + INTERVAL 1 DAY "
		"AND (? = 0 OR c.office_id = ?) AND (? = 0 OR c.category_id = ?) "
		"AND (? = '' OR c.channel = ?) "
		"ORDER BY c.due_date, c.submitted_at, c.id LIMIT ?) x "
		"JOIN cases c ON c.id = x.id "
		"LEFT JOIN case_categories k ON k.id = c.category_id "
		"LEFT JOIN offices o ON o.id = c.office_id "
		"ORDER BY c.due_date, c.submitted_at, c.id";
	const char *lo, *hi;
	long long office, category;
	if (overdue_days(db, a, f, limit, &lo, &hi) < 0 || filter_ids(db, a, f, &office, &category) < 0)
		return -1;
	return db_query(db, a, out, sql, "ssssLLLLssi", lo, hi, f->from, f->to, office, office,
			category, category, f->channel, f->channel, limit);
}

/* No join and no date formatting: the names of 10,000 rows' category and
 * office (two lookups a row) and four DATE_FORMATs a row were half of the
 * statement's time (ANALYZE at a million cases: 75 ms, 34 ms without); the
 * caller names them from dash_names and cuts the times. */
int dash_cases(struct db *db, struct arena *a, const struct dash_filter *f, const char *after,
	       int limit, struct db_rows *out)
{
	static const char sql[] =
		"SELECT COALESCE(c.code, '') AS code, " PROTOCOL_COLUMN ", c.case_type, c.title, "
		"c.category_id, c.office_id, c.channel, c.status, c.submitted_at AS submitted, "
		"c.due_date AS due, IF(c.status IN ('closed','rejected','withdrawn'), c.closed_at, "
		"NULL) AS closed, " OVERDUE " AS overdue, c.id FROM cases c "
		"WHERE c.status <> 'draft' AND c.submitted_at >= CAST(? AS DATE) "
		"AND c.submitted_at < CAST(? AS DATE) + INTERVAL 1 DAY "
		"AND (? = '' OR c.office_id = (SELECT o.id FROM offices o WHERE o.slug = ?)) "
		"AND (? = '' OR c.category_id = (SELECT k.id FROM case_categories k WHERE k.slug = ?)) "
		"AND (? = '' OR c.channel = ?) "
		"AND (c.submitted_at < STR_TO_DATE(?, '%Y%m%d%H%i%s%f') "
		"OR (c.submitted_at = STR_TO_DATE(?, '%Y%m%d%H%i%s%f') AND c.id < ?)) "
		"ORDER BY c.submitted_at DESC, c.id DESC LIMIT ?";
	char at[21] = "99991231235959999999";
	long long id = LLONG_MAX;
	if (after) {   /* checked by dash_cursor_ok: 20 digits, '-', the id */
		memcpy(at, after, 20);
		id = strtoll(after + 21, NULL, 10);
	}
	return db_query(db, a, out, sql, FILTER_TYPES "ssLi", FILTER_ARGS(f), at, at, id, limit);
}

int dash_names(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] =
		"SELECT 'category' AS kind, id, name FROM case_categories "
		"UNION ALL SELECT 'office', id, name FROM offices";
	return db_query(db, a, out, sql, "");
}

const char *dash_cursor_of(struct arena *a, const char *submitted, const char *id)
{
	char digits[21];
	size_t n = 0;
	for (const char *s = submitted; *s && n < 20; s++)
		if (*s >= '0' && *s <= '9')
			digits[n++] = *s;
	while (n < 20)   /* the fraction's digits up to microseconds, as %f writes them */
		digits[n++] = '0';
	digits[20] = '\0';
	return arena_printf(a, "%s-%s", digits, id);
}

int dash_cursor_ok(const char *s)
{
	size_t n = strlen(s);
	return n > 21 && n <= 41 && strspn(s, "0123456789") == 20 && s[20] == '-' &&
	       strspn(s + 21, "0123456789") == n - 21;
}

int dash_categories(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT slug, name FROM case_categories ORDER BY position, name";
	return db_query(db, a, out, sql, "");
}

/* A group's id and its place in the list of groups, for bsearch. */
struct group_at {
	const char *id;
	size_t at;
};

static int group_cmp(const void *x, const void *y)
{
	return strcmp(((const struct group_at *)x)->id, ((const struct group_at *)y)->id);
}

/* Every group's median in two passes over the histogram (its totals, then
 * the running sums), each row's group found by bsearch: a group's own pass
 * over every row read the thousands of rows once a group. */
struct dash_median *dash_voice_medians(struct arena *a, const struct db_rows *voice,
					int by_office, const struct db_rows *closure)
{
	const char *col = by_office ? "office_id" : "category_id";
	size_t n = voice->nrows;
	struct dash_median *m = arena_calloc(a, n + 1, sizeof *m);
	struct group_at *g = arena_calloc(a, n + 1, sizeof *g);
	long *seen = arena_calloc(a, n + 1, sizeof *seen);
	size_t *of = arena_calloc(a, closure->nrows + 1, sizeof *of);   /* a row's group, or n */
	for (size_t v = 0; v < n; v++)
		g[v] = (struct group_at){ db_get(voice, v, "grp"), v };
	qsort(g, n, sizeof *g, group_cmp);
	for (size_t i = 0; i < closure->nrows; i++) {
		struct group_at key = { db_get(closure, i, col), 0 };
		const struct group_at *hit = n ? bsearch(&key, g, n, sizeof *g, group_cmp) : NULL;
		of[i] = hit ? hit->at : n;
		if (hit)
			m[hit->at].n += (long)db_get_ll(closure, i, "n");
	}
	for (size_t i = 0; i < closure->nrows; i++) {
		size_t v = of[i];
		if (v == n || m[v].upper)
			continue;
		seen[v] += (long)db_get_ll(closure, i, "n");
		if (2 * seen[v] >= m[v].n) {
			m[v].lower = (long)db_get_ll(closure, i, "bucket");
			m[v].upper = m[v].lower + bucket_width(m[v].lower);
		}
	}
	return m;
}
