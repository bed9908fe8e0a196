/* arena.h - request-scoped memory: bump allocation plus deferred cleanups.
 *
 * Every per-request allocation comes from one arena; objects with their own
 * destructors (HDF, MYSQL_RES, xmlDoc...) are registered with arena_defer()
 * so that arena_reset() frees them on every exit path. Out of memory aborts
 * the worker (the master respawns it). */
#ifndef CORE_ARENA_H
#define CORE_ARENA_H

#include <stdarg.h>
#include <stddef.h>

struct arena;

struct arena *arena_new(void);
void arena_free(struct arena *a);
/* Run deferred cleanups (last registered first) and release all but the first chunk. */
void arena_reset(struct arena *a);

void *arena_alloc(struct arena *a, size_t n);          /* 16-byte aligned, uninitialised */
void *arena_calloc(struct arena *a, size_t n, size_t size);
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *arena_vprintf(struct arena *a, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
void arena_defer(struct arena *a, void (*fn)(void *), void *p);
size_t arena_used(const struct arena *a);               /* bytes handed out since the last reset */

#endif
