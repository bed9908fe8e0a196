/* db.c - see db.h. */
#include "db.h"

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "log.h"

/* the queue binds its page and its count in one statement: 50 (store/bo_case_store.c) */
#define DB_MAX_PARAMS 64
#define DB_STMT_CACHE 64

struct db {
	MYSQL *conn;
	struct db_config cfg;
	unsigned last_errno;
	unsigned long long insert_id, affected;
	struct {
		const char *sql;
		MYSQL_STMT *st;
	} cache[DB_STMT_CACHE];
	size_t ncache;
	bool in_tx;             /* between db_begin and db_commit / db_rollback */
	bool tx_failed;         /* lost (connection, deadlock): only db_rollback remains */
};

/* Where the names asked for were found, by the name's address: a reader
 * asks for the same few literals row after row (a CSV part: 12 columns of
 * 10,000 rows), and searching the names each time was a tenth of its time.
 * A hit is checked against the name itself: a caller may reuse a buffer. */
struct db_memo {
	const char *name[16];
	unsigned col[16];
};

static void cache_clear(struct db *db)
{
	for (size_t i = 0; i < db->ncache; i++)
		mysql_stmt_close(db->cache[i].st);
	db->ncache = 0;
}

static int connect(struct db *db)
{
	db->conn = mysql_init(NULL);
	if (!db->conn)
		return -1;
	mysql_options(db->conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_options(db->conn, MYSQL_INIT_COMMAND,
		      "SET time_zone = '+00:00', sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,"
		      "NO_ENGINE_SUBSTITUTION'");
	if (!mysql_real_connect(db->conn, db->cfg.host, db->cfg.user, db->cfg.password,
				db->cfg.database, db->cfg.port, db->cfg.socket, 0)) {
		log_error("db connect as %s: %s", db->cfg.user, mysql_error(db->conn));
		db->last_errno = mysql_errno(db->conn);
		mysql_close(db->conn);
		db->conn = NULL;
		return -1;
	}
	return 0;
}

struct db *db_open(const struct db_config *cfg)
{
	struct db *db = calloc(1, sizeof(*db));
	if (!db)
		abort();
	db->cfg = *cfg;
	connect(db);    /* on failure, the first query tries again */
	return db;
}

void db_close(struct db *db)
{
	if (!db)
		return;
	cache_clear(db);
	if (db->conn)
		mysql_close(db->conn);
	free(db);
}

/* Forget the connection and its statements: the next statement outside a
 * transaction (or db_begin) connects again. */
static void drop(struct db *db)
{
	cache_clear(db);
	if (db->conn)
		mysql_close(db->conn);
	db->conn = NULL;
}

static MYSQL_STMT *prepare(struct db *db, const char *sql)
{
	for (size_t i = 0; i < db->ncache; i++)
		if (db->cache[i].sql == sql)
			return db->cache[i].st;
	if (!db->conn && connect(db) < 0)
		return NULL;
	MYSQL_STMT *st = mysql_stmt_init(db->conn);
	if (!st) {
		db->last_errno = mysql_errno(db->conn);
		return NULL;
	}
	if (mysql_stmt_prepare(st, sql, strlen(sql))) {
		db->last_errno = mysql_stmt_errno(st);
		log_error("db prepare: %s [%.80s]", mysql_stmt_error(st), sql);
		mysql_stmt_close(st);
		return NULL;
	}
	if (db->ncache == DB_STMT_CACHE) {      /* full: evict the oldest */
		mysql_stmt_close(db->cache[0].st);
		memmove(db->cache, db->cache + 1, sizeof(db->cache[0]) * (DB_STMT_CACHE - 1));
		db->ncache--;
	}
	db->cache[db->ncache].sql = sql;
	db->cache[db->ncache].st = st;
	db->ncache++;
	return st;
}

struct params {
	MYSQL_BIND bind[DB_MAX_PARAMS];
	unsigned long len[DB_MAX_PARAMS];
	my_bool null[DB_MAX_PARAMS];
	int ints[DB_MAX_PARAMS];
	long long longs[DB_MAX_PARAMS];
};

static int bind_params(struct params *p, const char *types, va_list ap)
{
	size_t n = strlen(types);
	if (n > DB_MAX_PARAMS)
		return -1;
	memset(p->bind, 0, sizeof(p->bind[0]) * n);
	for (size_t i = 0; i < n; i++) {
		MYSQL_BIND *b = &p->bind[i];
		switch (types[i]) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			p->null[i] = s == NULL;
			p->len[i] = s ? strlen(s) : 0;
			b->buffer_type = MYSQL_TYPE_STRING;
			b->buffer = (void *)(uintptr_t)s;   /* the API is not const-correct */
			b->length = &p->len[i];
			b->is_null = &p->null[i];
			break;
		}
		case 'i':
			p->ints[i] = va_arg(ap, int);
			b->buffer_type = MYSQL_TYPE_LONG;
			b->buffer = &p->ints[i];
			break;
		case 'L':
			p->longs[i] = va_arg(ap, long long);
			b->buffer_type = MYSQL_TYPE_LONGLONG;
			b->buffer = &p->longs[i];
			break;
		case 'b': {
			const void *data = va_arg(ap, const void *);
			p->len[i] = (unsigned long)va_arg(ap, size_t);
			p->null[i] = data == NULL;
			b->buffer_type = MYSQL_TYPE_BLOB;
			b->buffer = (void *)(uintptr_t)data;
			b->length = &p->len[i];
			b->is_null = &p->null[i];
			break;
		}
		default:
			return -1;
		}
	}
	return 0;
}

/* How a column's cells come back. The client library's own conversion of a
 * number or a time to text is an sprintf a cell (a tenth of a 10,000-row CSV
 * part's time): those are bound natively and written out here, as the
 * library writes them. Everything else is converted by the library. */
enum cell_kind { AS_TEXT, AS_INT, AS_TIME };

struct column {
	enum cell_kind kind;
	enum enum_field_types type;
	unsigned decimals;         /* of a time: its fraction's digits, 1 to 6, else none */
	bool is_unsigned;
	long long num;
	MYSQL_TIME tm;
};

static enum cell_kind kind_of(const MYSQL_FIELD *f)
{
	switch (f->type) {
	case MYSQL_TYPE_TINY:
	case MYSQL_TYPE_SHORT:
	case MYSQL_TYPE_INT24:
	case MYSQL_TYPE_LONG:
	case MYSQL_TYPE_LONGLONG:
		return f->flags & ZEROFILL_FLAG ? AS_TEXT : AS_INT;
	case MYSQL_TYPE_DATE:
	case MYSQL_TYPE_DATETIME:
	case MYSQL_TYPE_TIMESTAMP:
		return AS_TIME;
	default:
		return AS_TEXT;
	}
}

/* The N digits of V at P (leading zeros kept); P + N. */
static char *digits(char *p, unsigned long v, int n)
{
	for (int i = n - 1; i >= 0; i--, v /= 10)
		p[i] = (char)('0' + v % 10);
	return p + n;
}

/* COL's cell as text in A: "-12", "2026-12-07", "2026-12-07 09:30:00[.fff]". */
static char *cell_text(struct arena *a, const struct column *col, unsigned long *len)
{
	char tmp[24], *s, *p;
	if (col->kind == AS_INT) {
		unsigned long long v = col->is_unsigned || col->num >= 0
					       ? (unsigned long long)col->num
					       : -(unsigned long long)col->num;
		p = tmp + sizeof tmp;
		do
			*--p = (char)('0' + v % 10);
		while (v /= 10);
		if (!col->is_unsigned && col->num < 0)
			*--p = '-';
		*len = (unsigned long)(tmp + sizeof tmp - p);
		return arena_strndup(a, p, *len);
	}
	const MYSQL_TIME *t = &col->tm;
	s = p = arena_alloc(a, 27);
	p = digits(p, t->year, 4);
	*p++ = '-';
	p = digits(p, t->month, 2);
	*p++ = '-';
	p = digits(p, t->day, 2);
	if (col->type != MYSQL_TYPE_DATE) {
		*p++ = ' ';
		p = digits(p, t->hour, 2);
		*p++ = ':';
		p = digits(p, t->minute, 2);
		*p++ = ':';
		p = digits(p, t->second, 2);
		if (col->decimals >= 1 && col->decimals <= 6) {
			char frac[6];
			digits(frac, t->second_part, 6);
			*p++ = '.';
			memcpy(p, frac, col->decimals);
			p += col->decimals;
		}
	}
	*p = '\0';
	*len = (unsigned long)(p - s);
	return s;
}

/* Where the cells of column F go: COL's number or time, or a text buffer. */
static void bind_column(struct arena *a, const MYSQL_FIELD *f, struct column *col, MYSQL_BIND *b)
{
	*col = (struct column){ kind_of(f), f->type, f->decimals, (f->flags & UNSIGNED_FLAG) != 0,
				0, { 0 } };
	if (col->kind == AS_INT) {
		b->buffer_type = MYSQL_TYPE_LONGLONG;
		b->buffer = &col->num;
		b->is_unsigned = col->is_unsigned;
	} else if (col->kind == AS_TIME) {
		b->buffer_type = MYSQL_TYPE_DATETIME;
		b->buffer = &col->tm;
	} else {
		size_t size = f->max_length + 1;
		if (size < 64)
			size = 64;   /* other numbers converted to text */
		b->buffer_type = MYSQL_TYPE_STRING;
		b->buffer = arena_alloc(a, size);
		b->buffer_length = size;
	}
}

/* The rows of ST into OUT; 0, or -1 with the error in *ERR (0: truncated). */
static int fetch_rows(MYSQL_STMT *st, struct arena *a, struct db_rows *out, unsigned *err)
{
	MYSQL_RES *meta = mysql_stmt_result_metadata(st);
	memset(out, 0, sizeof(*out));
	if (!meta)
		return 0;
	my_bool update_max = 1;
	mysql_stmt_attr_set(st, STMT_ATTR_UPDATE_MAX_LENGTH, &update_max);
	int rc = -1;
	if (mysql_stmt_store_result(st))
		goto done;
	size_t ncols = mysql_num_fields(meta);
	MYSQL_FIELD *fields = mysql_fetch_fields(meta);
	MYSQL_BIND *bind = arena_calloc(a, ncols, sizeof(*bind));
	struct column *col = arena_calloc(a, ncols, sizeof(*col));
	unsigned long *len = arena_calloc(a, ncols, sizeof(*len));
	my_bool *isnull = arena_calloc(a, ncols, sizeof(*isnull));
	out->ncols = ncols;
	out->cols = arena_calloc(a, ncols, sizeof(*out->cols));
	out->memo = arena_calloc(a, 1, sizeof(*out->memo));
	for (size_t c = 0; c < ncols; c++) {
		out->cols[c] = arena_strdup(a, fields[c].name);
		bind_column(a, &fields[c], &col[c], &bind[c]);
		bind[c].length = &len[c];
		bind[c].is_null = &isnull[c];
	}
	if (mysql_stmt_bind_result(st, bind))
		goto done;
	out->nrows = mysql_stmt_num_rows(st);
	out->cells = arena_calloc(a, out->nrows * ncols + 1, sizeof(*out->cells));
	out->lens = arena_calloc(a, out->nrows * ncols + 1, sizeof(*out->lens));
	size_t r = 0;
	int f;
	while ((f = mysql_stmt_fetch(st)) == 0 && r < out->nrows) {
		char **cell = out->cells + r * ncols;
		unsigned long *cell_len = out->lens + r * ncols;
		for (size_t c = 0; c < ncols; c++) {
			if (isnull[c])
				continue;   /* NULL, length 0 */
			if (col[c].kind == AS_TEXT)
				cell[c] = arena_strndup(a, bind[c].buffer, cell_len[c] = len[c]);
			else
				cell[c] = cell_text(a, &col[c], &cell_len[c]);
		}
		r++;
	}
	rc = (f == MYSQL_NO_DATA || f == 0) ? 0 : -1;
	if (f == MYSQL_DATA_TRUNCATED)
		log_error("db fetch: truncated column");
done:
	*err = rc ? mysql_stmt_errno(st) : 0;  /* before free_result resets it */
	mysql_stmt_free_result(st);
	mysql_free_result(meta);
	return rc;
}

/* The connection is gone (or going): nothing more can run on it. */
static bool gone(unsigned err)
{
	return err == CR_SERVER_GONE_ERROR || err == CR_SERVER_LOST || err == CR_CONNECTION_ERROR ||
	       err == CR_CONN_HOST_ERROR || err == ER_CONNECTION_KILLED || err == ER_SERVER_SHUTDOWN;
}

/* A SELECT reads only: running it a second time changes nothing. */
static bool read_only(const char *sql)
{
	while (isspace((unsigned char)*sql))
		sql++;
	return strncasecmp(sql, "SELECT", 6) == 0 && !isalnum((unsigned char)sql[6]);
}

/*
 * After a statement failed (its error in db->last_errno): drop a lost
 * connection, fail the transaction it was in, and tell whether running the
 * statement again on a new connection is safe. Only outside a transaction,
 * and only when the server cannot have run it (EXECUTED false: the prepare
 * failed; 2006: the command could not be written; 1243: the server did not
 * know the statement) or running it twice is harmless (a SELECT). A 2013 after
 * an INSERT is not retried: the server may have run it.
 */
static bool may_retry(struct db *db, const char *sql, bool executed)
{
	unsigned e = db->last_errno;
	bool lost = gone(e), drops = lost || e == ER_UNKNOWN_STMT_HANDLER;
	if (drops)
		drop(db);
	if (db->in_tx) {
		if (drops || e == ER_LOCK_DEADLOCK) {   /* the server rolls it back */
			log_error("db: transaction failed (error %u): every statement until "
				  "db_rollback fails", e);
			db->tx_failed = true;
		}
		return false;
	}
	if (!executed)
		return lost || !db->conn;
	if (e == CR_SERVER_GONE_ERROR || e == ER_UNKNOWN_STMT_HANDLER)
		return true;
	return lost && read_only(sql);
}

/* Bind, execute and read the rows of the prepared ST; 0 or -1 (last_errno set). */
static int execute(struct db *db, MYSQL_STMT *st, const char *sql, struct params *p,
		   struct arena *a, struct db_rows *out)
{
	if (mysql_stmt_bind_param(st, p->bind) || mysql_stmt_execute(st)) {
		db->last_errno = mysql_stmt_errno(st);
		if (db->last_errno != 1062)
			log_error("db execute: %s [%.80s]", mysql_stmt_error(st), sql);
		return -1;
	}
	db->last_errno = 0;
	db->insert_id = mysql_stmt_insert_id(st);
	db->affected = mysql_stmt_affected_rows(st);
	if (out && fetch_rows(st, a, out, &db->last_errno) < 0) {
		log_error("db fetch: error %u [%.80s]", db->last_errno, sql);
		return -1;
	}
	if (!out)
		mysql_stmt_free_result(st);
	return 0;
}

static int run(struct db *db, struct arena *a, struct db_rows *out, const char *sql,
	       const char *types, va_list ap)
{
	struct params p;
	if (bind_params(&p, types, ap)) {
		log_error("db: bad parameter types \"%s\"", types);
		return -1;
	}
	if (db->tx_failed || (db->in_tx && !db->conn))
		return -1;      /* the transaction is lost: only db_rollback remains */
	for (int attempt = 0; attempt < 2; attempt++) {
		MYSQL_STMT *st = prepare(db, sql);
		if (!st) {
			if (may_retry(db, sql, false) && attempt == 0)
				continue;
			return -1;
		}
		if (strlen(types) != mysql_stmt_param_count(st)) {
			log_error("db: %zu parameters for %lu placeholders [%.80s]", strlen(types),
				  mysql_stmt_param_count(st), sql);
			return -1;
		}
		if (execute(db, st, sql, &p, a, out) == 0)
			return 0;
		if (!may_retry(db, sql, true) || attempt > 0)
			break;
		log_warn("db: connection lost; the statement runs again on a new one");
	}
	return -1;
}

int db_query(struct db *db, struct arena *a, struct db_rows *out, const char *sql,
	     const char *types, ...)
{
	va_list ap;
	va_start(ap, types);
	int rc = run(db, a, out, sql, types, ap);
	va_end(ap);
	if (rc < 0)
		memset(out, 0, sizeof(*out));
	return rc;
}

int db_exec(struct db *db, const char *sql, const char *types, ...)
{
	va_list ap;
	va_start(ap, types);
	int rc = run(db, NULL, NULL, sql, types, ap);
	va_end(ap);
	return rc;
}

/* The index of column NAME, or -1. */
static long find_col(const struct db_rows *r, const char *name)
{
	struct db_memo *m = r->memo;
	size_t h = ((uintptr_t)name >> 3) % 16;
	if (m && m->name[h] == name && strcmp(r->cols[m->col[h]], name) == 0)
		return (long)m->col[h];
	for (size_t c = 0; c < r->ncols; c++)
		if (strcmp(r->cols[c], name) == 0) {
			if (m) {
				m->name[h] = name;
				m->col[h] = (unsigned)c;
			}
			return (long)c;
		}
	return -1;
}

static size_t col_of(const struct db_rows *r, size_t row, const char *name)
{
	long c = row < r->nrows ? find_col(r, name) : -1;
	if (c < 0) {
		log_error("db: no column \"%s\" in row %zu of %zu", name, row, r->nrows);
		abort();
	}
	return (size_t)c;
}

const char *db_get(const struct db_rows *r, size_t row, const char *name)
{
	return r->cells[row * r->ncols + col_of(r, row, name)];
}

const char *db_get_opt(const struct db_rows *r, size_t row, const char *name)
{
	long c = row < r->nrows ? find_col(r, name) : -1;
	return c < 0 ? NULL : r->cells[row * r->ncols + (size_t)c];
}

long long db_get_ll(const struct db_rows *r, size_t row, const char *name)
{
	const char *v = db_get(r, row, name);
	return v ? strtoll(v, NULL, 10) : 0;
}

int db_get_int(const struct db_rows *r, size_t row, const char *name)
{
	return (int)db_get_ll(r, row, name);
}

unsigned long db_get_len(const struct db_rows *r, size_t row, const char *name)
{
	return r->lens[row * r->ncols + col_of(r, row, name)];
}

unsigned db_errno(const struct db *db)
{
	return db->last_errno;
}

unsigned long long db_insert_id(const struct db *db)
{
	return db->insert_id;
}

unsigned long long db_affected_rows(const struct db *db)
{
	return db->affected;
}

/* START TRANSACTION on the current connection (opened if absent): a real
 * round-trip, so a connection that died while idle shows up here. */
static int begin_once(struct db *db)
{
	static const char sql[] = "START TRANSACTION";
	if (!db->conn && connect(db) < 0)
		return -1;
	if (mysql_real_query(db->conn, sql, sizeof(sql) - 1) == 0)
		return 0;
	db->last_errno = mysql_errno(db->conn);
	return -1;
}

int db_begin(struct db *db)
{
	if (db->in_tx) {
		log_error("db_begin: the previous transaction was left open; rolled back");
		db_rollback(db);
	}
	if (begin_once(db) < 0) {
		if (!db->conn || !gone(db->last_errno))
			goto fail;
		log_warn("db begin: the connection was lost while idle (error %u): a new one",
			 db->last_errno);
		drop(db);       /* nothing has run in it yet: a new connection is safe */
		if (begin_once(db) < 0)
			goto fail;
	}
	db->in_tx = true;
	db->tx_failed = false;
	return 0;
fail:
	log_error("db begin: error %u", db->last_errno);
	return -1;
}

/* Ends the transaction after a failed COMMIT: rolled back on a live
 * connection, or the connection dropped (the server rolls back). */
static void end_failed(struct db *db)
{
	db->in_tx = false;
	db->tx_failed = false;
	if (!db->conn || gone(db->last_errno) || mysql_rollback(db->conn))
		drop(db);
}

int db_commit(struct db *db)
{
	if (!db->in_tx) {
		log_error("db_commit without db_begin");
		return -1;
	}
	if (db->tx_failed || !db->conn) {
		end_failed(db);
		return -1;
	}
	if (mysql_commit(db->conn)) {
		db->last_errno = mysql_errno(db->conn);
		log_error("db commit: %s", mysql_error(db->conn));
		end_failed(db);
		return -1;
	}
	db->in_tx = false;
	return 0;
}

void db_rollback(struct db *db)
{
	if (!db->in_tx)
		return;         /* none open, or db_commit has ended it */
	db->in_tx = false;
	db->tx_failed = false;
	if (!db->conn || mysql_rollback(db->conn))
		drop(db);       /* lost: the next statement connects again */
}

int db_in_transaction(const struct db *db)
{
	return db->in_tx;
}
