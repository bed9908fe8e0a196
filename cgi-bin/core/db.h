/* db.h - MariaDB access for the store modules: one connection per worker,
 * opened after fork(); prepared statements only, cached per worker by SQL
 * text pointer (pass static string literals) and re-prepared after a
 * reconnect. Results come back as text cells copied into the request arena.
 * Only the store layer includes this header. */
#ifndef CORE_DB_H
#define CORE_DB_H

#include <stddef.h>

struct arena;
struct db;
struct db_memo;

struct db_config {
	const char *socket;     /* unix socket, or NULL to use host:port */
	const char *host;
	unsigned port;
	const char *user;
	const char *password;
	const char *database;
};

struct db_rows {
	size_t nrows, ncols;
	const char **cols;      /* column names */
	char **cells;           /* nrows * ncols, row-major; NULL for SQL NULL */
	unsigned long *lens;    /* their lengths in bytes (for BLOBs) */
	struct db_memo *memo;   /* db.c's: where the names read were found */
};

/* Never NULL: when the server cannot be reached yet, each query tries to connect. */
struct db *db_open(const struct db_config *cfg);
void db_close(struct db *db);

/*
 * Run SQL (a static literal) with parameters described by TYPES, one char per
 * '?': 's' const char * (NULL binds SQL NULL), 'i' int, 'L' long long,
 * 'b' a BLOB given as two arguments (const void *, size_t).
 * db_query stores the result rows in OUT; db_exec is for statements without
 * rows. Both return 0, or -1 after logging (the request should answer 500 /
 * 503); db_errno() tells why (e.g. 1062 duplicate key).
 *
 * A lost connection: outside a transaction, the statement runs again once on
 * a new connection only when that is safe: the server never got it (the
 * prepare failed, 2006 while sending the command, 1243 unknown statement) or
 * it is a SELECT. A write that lost its connection after it was sent (2013:
 * the server may have run it) is NOT run again: -1, the request answers 503
 * and the user decides to retry. Inside a transaction nothing is ever retried
 * or reconnected (see db_begin).
 */
int db_query(struct db *db, struct arena *a, struct db_rows *out, const char *sql,
	     const char *types, ...);
int db_exec(struct db *db, const char *sql, const char *types, ...);
unsigned db_errno(const struct db *db);
unsigned long long db_insert_id(const struct db *db);
unsigned long long db_affected_rows(const struct db *db);

/*
 * Transactions: nothing half-saved. db_begin starts one with a round-trip to
 * the server; a connection that died while idle is replaced first (nothing
 * has run yet). Inside it a lost connection (or a deadlock, 1213, which the
 * server rolls back) fails the statement and the transaction: every later
 * statement and db_commit return -1 without touching the server, until
 * db_rollback ends it (the next statement connects again). db_commit ends the
 * transaction either way: when it fails (-1) the transaction is rolled back
 * or its connection dropped, never left open; a db_rollback after it does
 * nothing. A COMMIT that loses its connection may or may not have been saved.
 * db_rollback without a transaction does nothing. db_in_transaction tells
 * whether one is open (db_begin without its db_commit / db_rollback).
 */
int db_begin(struct db *db);
int db_commit(struct db *db);
void db_rollback(struct db *db);
int db_in_transaction(const struct db *db);

/* Typed rows: the cell of ROW under column NAME, NULL for SQL NULL. A name
 * the result does not have is a bug of the store (a SELECT edited without its
 * reader): it is logged and the worker aborts, so it fails in the first test
 * instead of reading the wrong column. */
const char *db_get(const struct db_rows *r, size_t row, const char *name);
/* The same as a number: SQL NULL reads as 0. */
long long db_get_ll(const struct db_rows *r, size_t row, const char *name);
int db_get_int(const struct db_rows *r, size_t row, const char *name);
/* The length in bytes of a BLOB cell. */
unsigned long db_get_len(const struct db_rows *r, size_t row, const char *name);
/* For a reader shared by results of several shapes: the cell, or NULL when
 * it is SQL NULL or the result has no column NAME. */
const char *db_get_opt(const struct db_rows *r, size_t row, const char *name);

#endif
