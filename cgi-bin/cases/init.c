/* init.c - the cases program's per-worker tear-down: the image library.
 * libvips is started by the first photo a worker processes
 * (media_photo_process), not when the worker starts: a worker is replaced
 * every App.MaxRequests requests, and VIPS_INIT's module loading (17-21 ms)
 * held up the requests queued on each new worker (the booking calendar's
 * p99 35-136 ms in the seconds a worker was replaced, 7 ms otherwise). */
#include "cases.h"

#include "media/image.h"

void cases_fini(struct app *app)
{
	(void)app;
	media_shutdown();
}
