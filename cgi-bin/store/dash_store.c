/* dash_store.c - see dash_store.h. Every statement selects its cases with
 * the same FROM and WHERE; the filters are bound parameters, an empty one
 * matching everything. The counts read case_tally (sql/150: the cases by day,
 * office, category, channel, status and reopened, kept by triggers), so that
 * five years cost what a month does; the lists and medians read cases. */
#include "dash_store.h"

#include <stdlib.h>

#include "core/arena.h"

#define OPEN "('received','in_charge','in_progress','waiting_citizen')"
#define CLOSED "('closed','rejected')"
#define OVERDUE "(c.status IN " OPEN " AND IFNULL(c.due_date < CURDATE(), 0))"
/* The same as a condition an index serves (cases_open_due). */
#define IS_OVERDUE "c.is_open = 1 AND c.due_date < CURDATE()"
/* Over case_tally's rows (c), each standing for c.cases cases. */
#define COUNTS                                                                             \
	"SUM(c.cases) AS total, SUM(IF(c.status IN " OPEN ", c.cases, 0)) AS open, "        \
	"SUM(IF(c.status IN " CLOSED ", c.cases, 0)) AS closed "

#define FROM_CASES                                                                         \
	"FROM cases c LEFT JOIN case_categories k ON k.id = c.category_id "                \
	"LEFT JOIN offices o ON o.id = c.office_id "
#define WHERE_FILTER                                                                       \
	"WHERE c.status <> 'draft' AND c.submitted_at >= CAST(? AS DATE) "                 \
	"AND c.submitted_at < CAST(? AS DATE) + INTERVAL 1 DAY "                           \
	"AND (? = '' OR o.slug = ?) AND (? = '' OR k.slug = ?) AND (? = '' OR c.channel = ?) "
#define FROM_TALLY                                                                         \
	"FROM case_tally c LEFT JOIN case_categories k ON k.id = c.category_id "           \
	"LEFT JOIN offices o ON o.id = c.office_id "
#define WHERE_TALLY                                                                        \
	"WHERE c.day >= CAST(? AS DATE) AND c.day <= CAST(? AS DATE) "                     \
	"AND (? = '' OR o.slug = ?) AND (? = '' OR k.slug = ?) AND (? = '' OR c.channel = ?) "
#define FILTER_TYPES "ssssssss"
#define FILTER_ARGS(f)                                                                     \
	(f)->from, (f)->to, (f)->office, (f)->office, (f)->category, (f)->category,        \
		(f)->channel, (f)->channel

int dash_totals(struct db *db, struct arena *a, const struct dash_filter *f, struct db_rows *out)
{
	static const char sql[] =
		"SELECT COALESCE(SUM(c.cases), 0) AS total, "
		"COALESCE(SUM(IF(c.status IN " OPEN ", c.cases, 0)), 0) AS open, "
		"COALESCE(SUM(IF(c.status IN " CLOSED ", c.cases, 0)), 0) AS closed, "
		"COALESCE(SUM(IF(c.status = 'withdrawn', c.cases, 0)), 0) AS withdrawn, "
		"(SELECT COUNT(*) " FROM_CASES WHERE_FILTER "AND " IS_OVERDUE ") AS overdue, "
		"COALESCE(SUM(IF(c.reopened, c.cases, 0)), 0) AS reopened, "
		"COALESCE(SUM(IF(c.status IN " CLOSED " OR c.reopened, c.cases, 0)), 0) AS ever_closed "
		FROM_TALLY WHERE_TALLY;
	return db_query(db, a, out, sql, FILTER_TYPES FILTER_TYPES, FILTER_ARGS(f), FILTER_ARGS(f));
}

/* The groups of SQL's rows: grp, name when NAMED, total, open, closed. */
static int groups(struct db *db, struct arena *a, const char *sql, const struct dash_filter *f,
		  int named, struct dash_groups *out)
{
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, FILTER_TYPES, FILTER_ARGS(f)) < 0)
		return -1;
	out->n = rows.nrows;
	out->g = arena_calloc(a, rows.nrows + 1, sizeof *out->g);
	for (size_t i = 0; i < rows.nrows; i++)
		out->g[i] = (struct dash_group){
			.key = db_get(&rows, i, "grp"), .name = named ? db_get(&rows, i, "name") : "",
			.total = (long)db_get_ll(&rows, i, "total"),
			.open = (long)db_get_ll(&rows, i, "open"),
			.closed = (long)db_get_ll(&rows, i, "closed"),
		};
	return 0;
}

/* Cases by category (T "k") or office (T "o"). */
#define BREAKDOWN(t)                                                                       \
	"SELECT COALESCE(" t ".slug, '') AS grp, COALESCE(" t ".name, '') AS name, "       \
	COUNTS FROM_TALLY WHERE_TALLY "GROUP BY " t ".id HAVING total > 0 ORDER BY total DESC, name"

int dash_by_category(struct db *db, struct arena *a, const struct dash_filter *f,
		     struct dash_groups *out)
{
	static const char sql[] = BREAKDOWN("k");
	return groups(db, a, sql, f, 1, out);
}

int dash_by_office(struct db *db, struct arena *a, const struct dash_filter *f,
		   struct dash_groups *out)
{
	static const char sql[] = BREAKDOWN("o");
	return groups(db, a, sql, f, 1, out);
}

int dash_by_channel(struct db *db, struct arena *a, const struct dash_filter *f,
		    struct dash_groups *out)
{
	static const char sql[] = "SELECT c.channel AS grp, " COUNTS FROM_TALLY WHERE_TALLY
				  "GROUP BY c.channel HAVING total > 0";
	return groups(db, a, sql, f, 0, out);
}

int dash_by_month(struct db *db, struct arena *a, const struct dash_filter *f,
		  struct dash_groups *out)
{
	static const char sql[] = "SELECT DATE_FORMAT(c.day, '%Y-%m') AS grp, "
				  COUNTS FROM_TALLY WHERE_TALLY "GROUP BY grp HAVING total > 0 ORDER BY grp";
	return groups(db, a, sql, f, 0, out);
}

/* MEDIAN() is a window function: every row carries it, one is enough. */
static int median_of(struct db *db, struct arena *a, const char *sql, const struct dash_filter *f,
		     double *median, long *n)
{
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, FILTER_TYPES, FILTER_ARGS(f)) < 0)
		return -1;
	*n = rows.nrows ? (long)db_get_ll(&rows, 0, "n") : 0;
	*median = rows.nrows && db_get(&rows, 0, "median") ? strtod(db_get(&rows, 0, "median"), NULL)
						    : 0;
	return 0;
}

int dash_median_first_response(struct db *db, struct arena *a, const struct dash_filter *f,
			       double *median, long *n)
{
	static const char sql[] =
		"SELECT MEDIAN(t.secs) OVER () AS median, COUNT(*) OVER () AS n FROM ("
		"SELECT TIMESTAMPDIFF(SECOND, c.submitted_at, c.first_response_at) AS secs "
		FROM_CASES WHERE_FILTER "AND c.first_response_at IS NOT NULL) t LIMIT 1";
	return median_of(db, a, sql, f, median, n);
}

int dash_median_closure(struct db *db, struct arena *a, const struct dash_filter *f,
			double *median, long *n)
{
	static const char sql[] =
		"SELECT MEDIAN(t.secs) OVER () AS median, COUNT(*) OVER () AS n FROM ("
		"SELECT TIMESTAMPDIFF(SECOND, c.submitted_at, c.closed_at) AS secs " FROM_CASES
		WHERE_FILTER "AND c.status IN " CLOSED " AND c.closed_at IS NOT NULL) t LIMIT 1";
	return median_of(db, a, sql, f, median, n);
}

/* What both lists say of a case first. */
#define CASE_COLUMNS                                                                       \
	"COALESCE(c.code, '') AS code, IF(c.protocol_number IS NULL, '', "                 \
	"CONCAT(c.protocol_year, '/', LPAD(c.protocol_number, 7, '0'))) AS protocol, "     \
	"c.case_type, c.title, COALESCE(k.name, '') AS category, "                         \
	"COALESCE(o.name, '') AS office, "

int dash_overdue(struct db *db, struct arena *a, const struct dash_filter *f, int limit,
		 struct db_rows *out)
{
	static const char sql[] =
		"SELECT " CASE_COLUMNS "DATE_FORMAT(c.due_date, '%Y-%m-%d') AS due_date, "
		"DATEDIFF(CURDATE(), c.due_date) AS days_late " FROM_CASES WHERE_FILTER
		"AND " IS_OVERDUE " ORDER BY c.due_date, c.id LIMIT ?";
	return db_query(db, a, out, sql, FILTER_TYPES "i", FILTER_ARGS(f), limit);
}

int dash_cases(struct db *db, struct arena *a, const struct dash_filter *f, int limit,
	       struct db_rows *out)
{
	static const char sql[] =
		"SELECT " CASE_COLUMNS "c.channel, c.status, "
		"DATE_FORMAT(c.submitted_at, '%Y-%m-%d %H:%i') AS submitted, "
		"COALESCE(DATE_FORMAT(c.due_date, '%Y-%m-%d'), '') AS due, "
		"IF(c.status IN ('closed','rejected','withdrawn'), "
		"COALESCE(DATE_FORMAT(c.closed_at, '%Y-%m-%d %H:%i'), ''), '') AS closed, "
		OVERDUE " AS overdue " FROM_CASES WHERE_FILTER
		"ORDER BY c.submitted_at DESC, c.id DESC LIMIT ?";
	return db_query(db, a, out, sql, FILTER_TYPES "i", FILTER_ARGS(f), limit);
}

int dash_categories(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT slug, name FROM case_categories ORDER BY position, name";
	return db_query(db, a, out, sql, "");
}

/* The citizen's voice by category (T "k") or office (T "o"): three grouped
 * derived tables joined by group (the counts from case_tally, the median
 * over the closed cases, the ratings), each over the filtered cases. A window over the
 * joined rows of all three took three times as long (50,000 cases: 2.0 s
 * against 0.63 s). */
#define VOICE_GROUP(t) "COALESCE(" t ".slug, '') AS grp"
#define VOICE(t)                                                                           \
	"SELECT b.grp, b.name, b.cases, b.ever_closed, b.reopened, "                       \
	"ROUND(100 * b.reopened / NULLIF(b.ever_closed, 0), 1) AS reopen_rate, "           \
	"m.median_days, COALESCE(v.ratings, 0) AS ratings, v.mean_rating FROM ("           \
	"SELECT " VOICE_GROUP(t) ", COALESCE(" t ".name, '') AS name, SUM(c.cases) AS cases, " \
	"SUM(IF(c.status IN " CLOSED " OR c.reopened, c.cases, 0)) AS ever_closed, "      \
	"SUM(IF(c.reopened, c.cases, 0)) AS reopened " FROM_TALLY WHERE_TALLY              \
	"GROUP BY " t ".id HAVING cases > 0) b "                                           \
	"LEFT JOIN (SELECT DISTINCT " VOICE_GROUP(t) ", "                                  \
	"ROUND(MEDIAN(TIMESTAMPDIFF(SECOND, c.submitted_at, c.closed_at)) "                \
	"OVER (PARTITION BY " t ".id) / 86400, 1) AS median_days " FROM_CASES WHERE_FILTER  \
	"AND c.status IN " CLOSED ") m ON m.grp = b.grp LEFT JOIN (SELECT "                \
	VOICE_GROUP(t) ", COUNT(*) AS ratings, ROUND(AVG(x.rating), 2) AS mean_rating "     \
	"FROM case_ratings x JOIN cases c ON c.id = x.case_id "                            \
	"LEFT JOIN case_categories k ON k.id = c.category_id "                             \
	"LEFT JOIN offices o ON o.id = c.office_id " WHERE_FILTER "GROUP BY " t ".id) v "   \
	"ON v.grp = b.grp ORDER BY b.cases DESC, b.name"
#define VOICE_TYPES FILTER_TYPES FILTER_TYPES FILTER_TYPES

int dash_voice(struct db *db, struct arena *a, const struct dash_filter *f, int by_office,
	       struct db_rows *out)
{
	static const char offices[] = VOICE("o");
	static const char categories[] = VOICE("k");
	if (by_office)
		return db_query(db, a, out, offices, VOICE_TYPES, FILTER_ARGS(f), FILTER_ARGS(f),
				FILTER_ARGS(f));
	return db_query(db, a, out, categories, VOICE_TYPES, FILTER_ARGS(f), FILTER_ARGS(f),
			FILTER_ARGS(f));
}
