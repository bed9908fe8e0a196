/* req_fixture.h - a request with an arena and an empty HDF for the unit tests
 * of code that fills a page's data (cmocka setup/teardown). */
#ifndef REQ_FIXTURE_H
#define REQ_FIXTURE_H

#include <string.h>
#include "core/arena.h"
#include "core/req.h"

static struct req r;

static int setup(void **state)
{
	(void)state;
	memset(&r, 0, sizeof r);
	r.a = arena_new();
	return hdf_init(&r.hdf) ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	hdf_destroy(&r.hdf);
	arena_free(r.a);
	return 0;
}

#endif
