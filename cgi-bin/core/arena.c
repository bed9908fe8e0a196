/* arena.c - see arena.h. Chunks are malloc'd; the first chunk is kept across
 * resets so a steady-state request does no malloc for its arena at all. */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_CHUNK (64 * 1024)
#define ARENA_ALIGN 16

struct chunk {
	struct chunk *next;
	size_t size, used;
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

struct defer {
	struct defer *next;
	void (*fn)(void *);
	void *p;
};

struct arena {
	struct chunk *head;     /* current chunk; the first one is last in the list */
	struct defer *defers;
	size_t used;
};

static void *xmalloc(size_t n)
{
	void *p = malloc(n);
	if (!p) {
		fputs("arena: out of memory\n", stderr);
		abort();
	}
	return p;
}

static struct chunk *chunk_new(size_t size)
{
	struct chunk *c = xmalloc(sizeof(*c) + size);
	c->next = NULL;
	c->size = size;
	c->used = 0;
	return c;
}

struct arena *arena_new(void)
{
	struct arena *a = xmalloc(sizeof(*a));
	a->head = chunk_new(ARENA_CHUNK);
	a->defers = NULL;
	a->used = 0;
	return a;
}

void arena_reset(struct arena *a)
{
	while (a->defers) {
		struct defer *d = a->defers;
		a->defers = d->next;     /* unlink first: the cleanup may not re-enter */
		d->fn(d->p);
	}
	while (a->head->next) {
		struct chunk *c = a->head;
		a->head = c->next;
		free(c);
	}
	a->head->used = 0;
	a->used = 0;
}

void arena_free(struct arena *a)
{
	if (!a)
		return;
	arena_reset(a);
	free(a->head);
	free(a);
}

void *arena_alloc(struct arena *a, size_t n)
{
	size_t need;
	if (__builtin_add_overflow(n, ARENA_ALIGN - 1, &need))
		abort();
	need &= ~(size_t)(ARENA_ALIGN - 1);
	if (need == 0)
		need = ARENA_ALIGN;
	struct chunk *c = a->head;
	if (c->size - c->used < need) {
		size_t size = need > ARENA_CHUNK ? need : ARENA_CHUNK;
		c = chunk_new(size);
		c->next = a->head;
		a->head = c;
	}
	void *p = c->data + c->used;
	c->used += need;
	a->used += need;
	return p;
}

void *arena_calloc(struct arena *a, size_t n, size_t size)
{
	size_t total;
	if (__builtin_mul_overflow(n, size, &total))
		abort();
	void *p = arena_alloc(a, total);
	memset(p, 0, total);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

/* Formatted once into a stack buffer: most strings (HDF paths, dates) are
 * short, and formatting was a good part of a page's CPU when done twice. */
char *arena_vprintf(struct arena *a, const char *fmt, va_list ap)
{
	char small[256];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(small, sizeof small, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		abort();
	char *p = arena_alloc(a, (size_t)n + 1);
	if ((size_t)n < sizeof small)
		memcpy(p, small, (size_t)n + 1);
	else
		vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

void arena_defer(struct arena *a, void (*fn)(void *), void *p)
{
	struct defer *d = arena_alloc(a, sizeof(*d));
	d->fn = fn;
	d->p = p;
	d->next = a->defers;
	a->defers = d;
}

size_t arena_used(const struct arena *a)
{
	return a->used;
}
