/* dash.c - GET /admin/cruscotto and /admin/cruscotto.csv, managers and
 * admins only: the cases filed in a date range (by default the last twelve
 * calendar months), narrowed by office, category and channel; their volumes
 * by category, office, channel and month, drawn as SVG (svg_chart.c) with
 * the same numbers in tables; open and closed; the median times to the
 * first response and to closure; the overdue ones; the reopen rate; the
 * citizen's voice (ratings, reopen rate, median time to close) by office and
 * category; and the case list, which the CSV gives in full (with
 * ?tabella=voce, the voice's table instead). Filters are GET parameters checked
 * strictly: anything malformed or unknown answers 400. */
#include "dash.h"
#include "dash_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "admin/admin.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/req.h"
#include "core/view.h"
#include "store/catalogue_store.h"
#include "store/dash_store.h"
#include "svg_chart.h"
#include "vocab/case_vocab.h"

#define LIST_MAX 100      /* cases listed on the page */
#define CSV_PART 10000    /* cases of one CSV file: its Link header names the next */
#define OVERDUE_MAX 100
#define MONTHS_MAX 120    /* the longest range: ten years of monthly points */

/* Keys of dash_* rows (a status, a type or a channel) in staff's words. */
static const char *name_of(const char *key)
{
	const char *s = case_status_label(key, FOR_STAFF);
	if (s == key)
		s = case_type_label(key);
	return s == key ? case_channel_label(key) : s;
}

static const char *const month_names[] = {
	"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
	"agosto", "settembre", "ottobre", "novembre", "dicembre",
};

/* ---------------------------------------------------------------- filters */

struct filters {
	struct dash_filter f;
	struct db_rows offices, categories;
	int months;   /* calendar months from f.from to f.to */
};

/* YYYY-MM-DD and a day that exists. */
static int date_ok(const char *s)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' || strspn(s, "0123456789") != 4 ||
	    strspn(s + 5, "0123456789") != 2 || strspn(s + 8, "0123456789") != 2)
		return 0;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return y >= 1970 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1] + (m == 2 && leap);
}

static int slug_ok(const char *s)
{
	size_t n = strlen(s);
	return n > 0 && n <= 80 && strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == n;
}

static int is_channel(const char *s)
{
	for (size_t i = 0; i < case_nchannels; i++)
		if (strcmp(case_channels[i].key, s) == 0)
			return 1;
	return 0;
}

static int listed(const struct db_rows *rows, const char *slug)
{
	for (size_t i = 0; i < rows->nrows; i++)
		if (strcmp(db_get(rows, i, "slug"), slug) == 0)
			return 1;
	return 0;
}

static const char *param(struct req *r, const char *name)
{
	const char *v = req_param(r, name);
	return v ? v : "";
}

/* Today, and the first day of the month eleven months before this one. */
static void default_range(struct req *r, struct dash_filter *f)
{
	time_t now = time(NULL);
	struct tm t;
	localtime_r(&now, &t);
	int y = t.tm_year + 1900, m = t.tm_mon + 1 - 11;
	if (m < 1) {
		m += 12;
		y--;
	}
	if (!*f->from)
		f->from = arena_printf(r->a, "%04d-%02d-01", y, m);
	if (!*f->to)
		f->to = arena_printf(r->a, "%04d-%02d-%02d", t.tm_year + 1900, t.tm_mon + 1,
				     t.tm_mday);
}

static int month_index(const char *date)   /* "YYYY-MM..." -> months since year 0 */
{
	return atoi(date) * 12 + atoi(date + 5) - 1;
}

static int bad(struct req *r, const char *message)
{
	return req_error(r, 400, message);
}

/* The period of the query string into FL (no database read): 0, or the
 * status to answer. */
static int read_period(struct req *r, struct filters *fl)
{
	struct dash_filter *f = &fl->f;
	*f = (struct dash_filter){ param(r, "dal"), param(r, "al"), param(r, "ufficio"),
				   param(r, "categoria"), param(r, "canale") };
	if ((*f->from && !date_ok(f->from)) || (*f->to && !date_ok(f->to)))
		return bad(r, "Le date vanno indicate come AAAA-MM-GG e devono esistere.");
	default_range(r, f);
	if (strcmp(f->from, f->to) > 0)
		return bad(r, "La data iniziale è successiva a quella finale.");
	fl->months = month_index(f->to) - month_index(f->from) + 1;
	if (fl->months > MONTHS_MAX)
		return bad(r, "L'intervallo di date non può superare dieci anni.");
	return 0;
}

/* The filters of the query string into FL: 0, or the status to answer. */
static int read_filters(struct req *r, struct filters *fl)
{
	struct dash_filter *f = &fl->f;
	int st = read_period(r, fl);
	if (st)
		return st;
	if (*f->channel && !is_channel(f->channel))
		return bad(r, "Il canale indicato non esiste.");
	if ((*f->office && !slug_ok(f->office)) || (*f->category && !slug_ok(f->category)))
		return bad(r, "L'ufficio o la categoria indicati non sono validi.");
	if (catalogue_offices(r->db, r->a, &fl->offices) < 0 ||
	    dash_categories(r->db, r->a, &fl->categories) < 0)
		return 503;
	if ((*f->office && !listed(&fl->offices, f->office)) ||
	    (*f->category && !listed(&fl->categories, f->category)))
		return bad(r, "L'ufficio o la categoria indicati non esistono.");
	return 0;
}

/* "?dal=...&al=...": the values are dates, slugs and enum words, nothing to escape. */
static const char *filter_query(struct req *r, const struct dash_filter *f)
{
	return arena_printf(r->a, "?dal=%s&al=%s&ufficio=%s&categoria=%s&canale=%s", f->from, f->to,
			    f->office, f->category, f->channel);
}

static void set_filters(struct req *r, const struct filters *fl)
{
	const struct dash_filter *f = &fl->f;
	req_set(r, "Filter.from", f->from);
	req_set(r, "Filter.to", f->to);
	req_set(r, "Filter.from_it", view_date(r, f->from));
	req_set(r, "Filter.to_it", view_date(r, f->to));
	req_set(r, "Filter.office", f->office);
	req_set(r, "Filter.category", f->category);
	req_set(r, "Filter.channel", f->channel);
	view_rows(r, "Filter.Offices", &fl->offices);
	view_rows(r, "Filter.Categories", &fl->categories);
	for (size_t i = 0; i < case_nchannels; i++) {
		req_setf(r, "Filter.Channels.%zu.slug=%s", i, case_channels[i].key);
		req_setf(r, "Filter.Channels.%zu.name=%s", i, case_channels[i].label);
	}
	req_set(r, "Filter.csv_url",
		arena_printf(r->a, "/admin/cruscotto.csv%s", filter_query(r, f)));
	req_set(r, "Filter.voice_csv_url",
		arena_printf(r->a, "/admin/cruscotto.csv%s&tabella=voce", filter_query(r, f)));
	req_set(r, "Filter.booking_csv_url",
		arena_printf(r->a, "/admin/cruscotto.csv%s&dati=appuntamenti", filter_query(r, f)));
}

/* ---------------------------------------------------------------- numbers */

const char *dash_decimal(struct req *r, double v)
{
	char *s = arena_printf(r->a, "%.1f", v), *dot = strchr(s, '.');
	if (dot)
		*dot = ',';
	return s;
}

/* The bucket of a median in the unit of its width: "10–15 min" under an
 * hour, "6–7 ore" under two days, "4–5 giorni" beyond. */
static const char *median_text(struct req *r, const struct dash_median *m)
{
	if (m->lower < 3600)
		return arena_printf(r->a, "%ld–%ld min", m->lower / 60, m->upper / 60);
	if (m->lower < 48 * 3600)
		return arena_printf(r->a, "%ld–%ld ore", m->lower / 3600, m->upper / 3600);
	return arena_printf(r->a, "%ld–%ld giorni", m->lower / 86400, m->upper / 86400);
}

static int set_totals(struct req *r, const struct dash_filter *f)
{
	struct db_rows t;
	if (dash_totals(r->db, r->a, f, &t) < 0 || t.nrows != 1)
		return -1;
	view_row(r, "Dash", &t, 0);
	long long reopened = db_get_ll(&t, 0, "reopened"), base = db_get_ll(&t, 0, "ever_closed");
	if (base) {   /* no case closed yet: no rate */
		double rate = 100.0 * (double)reopened / (double)base;
		req_set(r, "Dash.reopen_rate", arena_printf(r->a, "%s%%", dash_decimal(r, rate)));
	}
	return 0;
}

static int set_medians(struct req *r, const struct dash_filter *f, const struct db_rows *hist)
{
	struct dash_median first, closure = dash_median_closure(hist);
	if (dash_median_first_response(r->db, r->a, f, &first) < 0)
		return -1;
	req_set_int(r, "Dash.first_response.n", first.n);
	req_set_int(r, "Dash.closure.n", closure.n);
	if (first.n)
		req_set(r, "Dash.first_response.text", median_text(r, &first));
	if (closure.n)
		req_set(r, "Dash.closure.text", median_text(r, &closure));
	return 0;
}

/* ----------------------------------------------------------------- groups */

/* PREFIX.N.{name,total,open,closed} and the chart CHART of the N groups G
 * of one breakdown: the bars say the short label when a group has one, the
 * name otherwise; a group without a name (the cases with no category, no
 * office) is EMPTY. */
static void set_group(struct req *r, const char *prefix, const char *chart, enum svg_kind kind,
		      const struct dash_group *g, size_t n, const char *empty)
{
	struct svg_datum *d = arena_calloc(r->a, n + 1, sizeof *d);
	for (size_t i = 0; i < n; i++) {
		const char *p = arena_printf(r->a, "%s.%zu", prefix, i);
		const char *name = *g[i].name ? g[i].name : empty;
		req_set(r, arena_printf(r->a, "%s.name", p), name);
		req_set_int(r, arena_printf(r->a, "%s.total", p), (int)g[i].total);
		req_set_int(r, arena_printf(r->a, "%s.open", p), (int)g[i].open);
		req_set_int(r, arena_printf(r->a, "%s.closed", p), (int)g[i].closed);
		d[i] = (struct svg_datum){ .label = g[i].shrt ? g[i].shrt : name, .full = name,
					   .value = g[i].total };
	}
	svg_chart(r, chart, kind, d, n);
}

/* The group of KEY among GOT's (none: no cases), named NAME, short SHRT. */
static struct dash_group group_of(const struct dash_groups *got, const char *key,
				  const char *name, const char *shrt)
{
	struct dash_group g = { .key = key };
	for (size_t j = 0; j < got->n; j++)
		if (strcmp(got->g[j].key, key) == 0)
			g = got->g[j];
	g.name = name;
	g.shrt = shrt;
	return g;
}

/* Every channel, and every month of the period, has a group: 0 cases too. */
static void set_channels(struct req *r, const struct dash_groups *got)
{
	struct dash_group *all = arena_calloc(r->a, case_nchannels + 1, sizeof *all);
	for (size_t i = 0; i < case_nchannels; i++)
		all[i] = group_of(got, case_channels[i].key, case_channels[i].label,
				  case_channels[i].label);
	set_group(r, "Dash.ByChannel", "Chart.channel", SVG_COLUMNS, all, case_nchannels, "");
}

static void set_months(struct req *r, const struct filters *fl, const struct dash_groups *got)
{
	struct dash_group *all = arena_calloc(r->a, (size_t)fl->months + 1, sizeof *all);
	for (int i = 0, m = month_index(fl->f.from); i < fl->months; i++, m++) {
		const char *month = month_names[m % 12];
		all[i] = group_of(got, arena_printf(r->a, "%04d-%02d", m / 12, m % 12 + 1),
				  arena_printf(r->a, "%s %d", month, m / 12),              /* "gennaio 2026" */
				  arena_printf(r->a, "%.3s %02d", month, m / 12 % 100));   /* "gen 26" */
	}
	set_group(r, "Dash.ByMonth", "Chart.month", SVG_LINE, all, (size_t)fl->months, "");
}

static int set_groups(struct req *r, const struct filters *fl, const struct dash_breakdowns *b)
{
	struct dash_groups cat = dash_groups_of(r->a, &b->category);
	struct dash_groups off = dash_groups_of(r->a, &b->office);
	struct dash_groups chan = dash_groups_of(r->a, &b->channel), mon;
	if (dash_by_month(r->db, r->a, &fl->f, &mon) < 0)
		return -1;
	set_group(r, "Dash.ByCategory", "Chart.category", SVG_HBARS, cat.g, cat.n, "Senza categoria");
	set_group(r, "Dash.ByOffice", "Chart.office", SVG_HBARS, off.g, off.n, "Nessun ufficio");
	set_channels(r, &chan);
	set_months(r, fl, &mon);
	return 0;
}

/* ------------------------------------------------------------------ lists */

static const char *label(struct req *r, const char *key)
{
	(void)r;
	return key ? name_of(key) : "";
}

typedef const char *derivation(struct req *r, const char *cell);

/* PREFIX.<column>_SUFFIX = FN(cell) for the columns of COLS that ROWS has. */
static void derive(struct req *r, const char *prefix, const struct db_rows *rows, size_t row,
		   const char *const *cols, size_t ncols, const char *suffix, derivation *fn)
{
	for (size_t k = 0; k < ncols; k++) {
		if (view_col(rows, cols[k]) >= 0)
			req_set(r, arena_printf(r->a, "%s.%s_%s", prefix, cols[k], suffix),
				fn(r, db_get(rows, row, cols[k])));
	}
}

/* PREFIX.N.<column> of the columns cruscotto.cs shows, the code as printed
 * on receipts, the labels of the enum words (<column>_label) and the dates as
 * dd/mm/yyyy (<column>_it). Only those: a kept dashboard is set node by node
 * on each request, and the columns it never showed were a third of its nodes. */
static void set_cases(struct req *r, const char *prefix, const struct db_rows *rows)
{
	static const char *const dates[] = { "due_date", "due", "submitted", "closed" };
	static const char *const words[] = { "case_type", "status", "channel" };
	static const char *const shown[] = { "code", "protocol", "title", "category", "office",
		"days_late", "overdue" };
	enum { N = sizeof shown / sizeof *shown };
	int cols[N];
	for (size_t k = 0; k < N; k++)
		cols[k] = view_col(rows, shown[k]);
	HDF *list = rows->nrows ? req_node(r, prefix) : NULL;
	for (size_t i = 0; i < rows->nrows; i++) {
		const char *p = arena_printf(r->a, "%s.%zu", prefix, i);
		view_cells_at(view_list_row(list, i), rows, i, shown, cols, N);
		derive(r, p, rows, i, dates, sizeof dates / sizeof *dates, "it", view_date);
		derive(r, p, rows, i, words, sizeof words / sizeof *words, "label", label);
		req_set(r, arena_printf(r->a, "%s.code_display", p),
			case_code_display(r->a, db_get(rows, i, "code")));
	}
}

/* The names of the categories and offices (dash_names) by id: a CSV part
 * names 10,000 rows, and looking each up among the names row by row was a
 * fifth of its time. */
enum { CATEGORY, OFFICE };
struct names {
	const char **of[2];
	size_t n[2];
};

static struct names names_by_id(struct req *r, const struct db_rows *rows)
{
	struct names nm = { { NULL, NULL }, { 0, 0 } };
	for (size_t i = 0; i < rows->nrows; i++) {
		int k = strcmp(db_get(rows, i, "kind"), "office") == 0 ? OFFICE : CATEGORY;
		size_t id = (size_t)db_get_ll(rows, i, "id");
		nm.n[k] = id >= nm.n[k] ? id + 1 : nm.n[k];
	}
	for (int k = CATEGORY; k <= OFFICE; k++)
		nm.of[k] = arena_calloc(r->a, nm.n[k] + 1, sizeof *nm.of[k]);
	for (size_t i = 0; i < rows->nrows; i++) {
		int k = strcmp(db_get(rows, i, "kind"), "office") == 0 ? OFFICE : CATEGORY;
		nm.of[k][db_get_ll(rows, i, "id")] = db_get(rows, i, "name");
	}
	return nm;
}

/* The name of category or office (K) ID, "" for none. */
static const char *name_in(const struct names *nm, int k, const char *id)
{
	char *end;
	unsigned long long v = id ? strtoull(id, &end, 10) : ULLONG_MAX;
	return v < nm->n[k] && *end == '\0' && nm->of[k][v] ? nm->of[k][v] : "";
}

static int set_lists(struct req *r, const struct dash_filter *f)
{
	struct db_rows overdue, cases, names;
	if (dash_overdue(r->db, r->a, f, OVERDUE_MAX, &overdue) < 0 ||
	    dash_cases(r->db, r->a, f, NULL, LIST_MAX, &cases) < 0 ||
	    dash_names(r->db, r->a, &names) < 0)
		return -1;
	set_cases(r, "Overdue", &overdue);
	set_cases(r, "Cases", &cases);
	struct names nm = names_by_id(r, &names);
	for (size_t i = 0; i < cases.nrows; i++) {
		req_set(r, arena_printf(r->a, "Cases.%zu.category", i),
			name_in(&nm, CATEGORY, db_get_opt(&cases, i, "category_id")));
		req_set(r, arena_printf(r->a, "Cases.%zu.office", i),
			name_in(&nm, OFFICE, db_get_opt(&cases, i, "office_id")));
	}
	return 0;
}

/* ------------------------------------------------------ the citizen's voice */

/* A number of SQL ("4.25", NULL) the Italian way ("4,25"), or "" for NULL. */
static const char *comma(struct req *r, const char *v)
{
	char *s = arena_strdup(r->a, v ? v : ""), *dot = strchr(s, '.');
	if (dot)
		*dot = ',';
	return s;
}

/* PREFIX.N.{name,cases,ratings,mean,reopened,ever_closed,reopen_rate,median}. */
static void set_voice_rows(struct req *r, const char *prefix, const struct db_rows *rows,
			   const struct dash_median *medians)
{
	static const char *const cols[] = { "name", "cases", "ratings", "reopened", "ever_closed" };
	for (size_t i = 0; i < rows->nrows; i++) {
		const char *p = arena_printf(r->a, "%s.%zu", prefix, i);
		for (size_t k = 0; k < sizeof cols / sizeof *cols; k++)
			req_set(r, arena_printf(r->a, "%s.%s", p, cols[k]), db_get(rows, i, cols[k]));
		req_set(r, arena_printf(r->a, "%s.mean", p), comma(r, db_get_opt(rows, i, "mean_rating")));
		req_set(r, arena_printf(r->a, "%s.reopen_rate", p),
			comma(r, db_get_opt(rows, i, "reopen_rate")));
		if (medians[i].n)
			req_set(r, arena_printf(r->a, "%s.median", p), median_text(r, &medians[i]));
	}
}

static void set_voice(struct req *r, const struct dash_breakdowns *b, const struct db_rows *hist)
{
	set_voice_rows(r, "Voice.ByOffice", &b->office, dash_voice_medians(r->a, &b->office, 1, hist));
	set_voice_rows(r, "Voice.ByCategory", &b->category,
		       dash_voice_medians(r->a, &b->category, 0, hist));
}

/* ------------------------------------------------------------------ pages */

/* The page's data, for the cache: everything but the frame. */
static int dash_answer(struct req *r, void *until)
{
	struct filters fl;
	struct db_rows closure;
	struct dash_breakdowns b;
	int st = read_filters(r, &fl);
	if (st)
		return st;
	if (set_totals(r, &fl.f) < 0 || dash_closure(r->db, r->a, &fl.f, &closure) < 0 ||
	    set_medians(r, &fl.f, &closure) < 0 || dash_breakdowns(r->db, r->a, &fl.f, &b) < 0 ||
	    set_groups(r, &fl, &b) < 0 || set_lists(r, &fl.f) < 0 ||
	    dash_booking(r, fl.f.from, fl.f.to, fl.f.office) < 0 ||
	    dash_clock_view(r, fl.f.from, fl.f.to) < 0 ||
	    (*(long *)until = dash_until(r, fl.f.from, fl.f.to)) == LONG_MIN)
		return 503;
	set_voice(r, &b, &closure);
	set_filters(r, &fl);
	return 200;
}

int bo_cruscotto(struct req *r)
{
	int st = dash_page_cached(r, dash_answer, "admin/cruscotto_corpo.cs", "cruscotto");
	if (st != 200)
		return st;
	admin_frame(r, "Cruscotto", "/admin/cruscotto", NULL, NULL, "admin/cruscotto.cs");
	req_set(r, "Page.Css", "admin.css");
	return 200;
}

void dash_csv_cell(struct buf *b, const char *v, int last)
{
	size_t n = strcspn(v, ",\"\r\n");
	if (*v && strchr("=+-@\t\r", *v))
		buf_puts(b, v[n] ? "\"'" : "'");
	else if (v[n])
		buf_puts(b, "\"");
	if (!v[n]) {   /* the common cell: nothing to quote */
		buf_append(b, v, n);
		buf_puts(b, last ? "\r\n" : ",");
		return;
	}
	for (const char *q; (q = strchr(v, '"')); v = q + 1) {
		buf_append(b, v, (size_t)(q - v + 1));
		buf_puts(b, "\"");
	}
	buf_puts(b, v);
	buf_puts(b, last ? "\"\r\n" : "\",");
}

/* The first N characters of the time T ("" for NULL): its day, or its minute. */
static const char *cut(struct req *r, const char *t, size_t n)
{
	return t ? arena_strndup(r->a, t, strnlen(t, n)) : "";
}

static void csv_write(struct req *r, struct buf *b, const struct db_rows *rows, size_t nrows,
		      const struct names *names)
{
	static const char *const head[] = { "codice", "protocollo", "tipo", "titolo", "categoria",
		"ufficio", "canale", "stato", "presentata", "scadenza", "chiusa", "in_ritardo" };
	size_t n = sizeof head / sizeof *head;
	buf_puts(b, "\xEF\xBB\xBF");   /* the BOM: spreadsheets then read UTF-8 */
	for (size_t c = 0; c < n; c++)
		dash_csv_cell(b, head[c], c == n - 1);
	for (size_t i = 0; i < nrows; i++) {
#define C(name) db_get(rows, i, name)
#define OPT(name) db_get_opt(rows, i, name)
		const char *row[] = {
			case_code_display(r->a, C("code")), C("protocol"), case_type_label(C("case_type")),
			C("title"), name_in(names, CATEGORY, OPT("category_id")),
			name_in(names, OFFICE, OPT("office_id")), case_channel_label(C("channel")),
			case_status_label(C("status"), FOR_STAFF), cut(r, C("submitted"), 16),
			cut(r, OPT("due"), 10),
			cut(r, OPT("closed"), 16), db_get_int(rows, i, "overdue") ? "sì" : "no",
		};
#undef OPT
#undef C
		for (size_t k = 0; k < n; k++)
			dash_csv_cell(b, row[k], k == n - 1);
	}
}

/* ?tabella=voce: the citizen's voice by office, then by category (raw
 * numbers; the median as its bucket's bounds in days). */
static void csv_voice(struct req *r, struct buf *b, const char *kind, const struct db_rows *rows,
		      const struct dash_median *medians)
{
	static const char *const cols[] = { "name", "cases", "ratings", "mean_rating", "reopened",
		"ever_closed", "reopen_rate" };
	size_t n = sizeof cols / sizeof *cols;
	for (size_t i = 0; i < rows->nrows; i++) {
		const struct dash_median *m = &medians[i];
		dash_csv_cell(b, kind, 0);
		for (size_t k = 0; k < n; k++) {
			const char *v = db_get_opt(rows, i, cols[k]);
			dash_csv_cell(b, v ? v : "", 0);
		}
		dash_csv_cell(b, m->n ? arena_printf(r->a, "%.2f", m->lower / 86400.0) : "", 0);
		dash_csv_cell(b, m->n ? arena_printf(r->a, "%.2f", m->upper / 86400.0) : "", 1);
	}
}

static int csv_voice_write(struct req *r, struct buf *b, const struct dash_filter *f)
{
	static const char *const head[] = { "raggruppamento", "nome", "pratiche", "valutazioni",
		"voto_medio", "riaperte", "chiuse_almeno_una_volta", "percentuale_riaperte",
		"giorni_mediani_alla_chiusura_da", "giorni_mediani_alla_chiusura_a" };
	size_t n = sizeof head / sizeof *head;
	struct db_rows closure;
	struct dash_breakdowns g;
	if (dash_closure(r->db, r->a, f, &closure) < 0 || dash_breakdowns(r->db, r->a, f, &g) < 0)
		return -1;
	buf_puts(b, "\xEF\xBB\xBF");
	for (size_t c = 0; c < n; c++)
		dash_csv_cell(b, head[c], c == n - 1);
	csv_voice(r, b, "ufficio", &g.office, dash_voice_medians(r->a, &g.office, 1, &closure));
	csv_voice(r, b, "categoria", &g.category,
		  dash_voice_medians(r->a, &g.category, 0, &closure));
	return 0;
}

/* The cases of the filters, CSV_PART at a time (keyset order, after the case
 * of ?dopo=): a file of a bounded size whatever the period; when more
 * follow, the Link header names the next part. */
static int csv_cases(struct req *r, const struct filters *fl, struct buf *b, const char **link)
{
	const char *after = req_param(r, "dopo");
	struct db_rows rows, names;
	if (after && !dash_cursor_ok(after))
		return bad(r, "Il segno di continuazione dell'elenco non è valido.");
	if (dash_cases(r->db, r->a, &fl->f, after, CSV_PART + 1, &rows) < 0 ||
	    dash_names(r->db, r->a, &names) < 0)
		return 503;
	size_t n = rows.nrows > CSV_PART ? CSV_PART : rows.nrows;
	struct names nm = names_by_id(r, &names);
	csv_write(r, b, &rows, n, &nm);
	if (rows.nrows > CSV_PART)
		*link = arena_printf(r->a, "</admin/cruscotto.csv%s&dopo=%s>; rel=\"next\"",
				     filter_query(r, &fl->f),
				     dash_cursor_of(r->a, db_get(&rows, n - 1, "submitted"),
						    db_get(&rows, n - 1, "id")));
	return 0;
}

/* The CSV of the query string, for the cache. */
static int csv_answer(struct req *r, struct dash_csv *out)
{
	struct filters fl;
	int st = read_filters(r, &fl), voice = strcmp(param(r, "tabella"), "voce") == 0;
	if (st)
		return st;
	if (voice && csv_voice_write(r, out->body, &fl.f) < 0)
		return 503;
	if (!voice && (st = csv_cases(r, &fl, out->body, &out->link)))
		return st;
	out->disposition = arena_printf(r->a, "attachment; filename=\"%s-%s-%s.csv\"",
					voice ? "soddisfazione" : "pratiche", fl.f.from, fl.f.to);
	out->audit = filter_query(r, &fl.f) + 1;
	return 200;
}

/* ?dati=appuntamenti: the appointments' figures, kept as the page's are. */
static int booking_answer(struct req *r, struct dash_csv *out)
{
	struct filters fl;
	int st = read_filters(r, &fl);
	if (st)
		return st;
	if (dash_booking_csv(r, fl.f.from, fl.f.to, fl.f.office, out) < 0 ||
	    (out->until = dash_until(r, fl.f.from, fl.f.to)) == LONG_MIN)
		return 503;
	return 200;
}

int bo_cruscotto_csv(struct req *r)
{
	static struct buf body;
	buf_reset(&body);
	struct dash_csv out = { &body, "", "", "", LONG_MAX };
	struct filters fl;
	int st = 0;
	if (strcmp(param(r, "dati"), "appuntamenti") == 0)
		st = dash_csv_cached(r, NULL, NULL, booking_answer, &out);
	else if (!(st = read_period(r, &fl)))   /* the list and the voice: cases filed in the period */
		st = dash_csv_cached(r, fl.f.from, fl.f.to, csv_answer, &out);
	if (st != 200)
		return st;
	r->body = &body;
	r->content_type = "text/csv; charset=utf-8";
	req_header(r, "Content-Disposition", out.disposition);
	req_header(r, "Content-Encoding", "gzip");   /* nginx inflates it for a client without */
	req_header(r, "Vary", "Accept-Encoding");
	if (*out.link)
		req_header(r, "Link", out.link);
	if (*out.audit)
		admin_audit(r, r->staff, "cases-export", "cases", "", NULL, out.audit);
	return 200;
}
