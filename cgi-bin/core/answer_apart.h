/* answer_apart.h - an answer computed on a dataset of its own, kept as data:
 * what a worker's answer cache stores (cases/prenota_month_cache.c,
 * dash/dash_cache.c). The kept form is NAME\0VALUE\0 for each node that has a
 * value: exact for any value, which HDF's own text is not (it trims a
 * value's spaces), and nothing of the frame's or the visitor's. */
#ifndef CORE_ANSWER_APART_H
#define CORE_ANSWER_APART_H

#include <stddef.h>

struct buf;
struct req;

typedef int answer_apart_fn(struct req *r, void *arg);

/* FN(R, ARG) run on an empty dataset, then put in the page: its status; OUT
 * then holds all it set. */
int answer_apart(struct req *r, answer_apart_fn *fn, void *arg, struct buf *out);
/* The LEN bytes at P, kept by answer_apart, into the page. */
void answer_restore(struct req *r, const char *p, size_t len);

#endif
