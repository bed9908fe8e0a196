/* init.c - the cases program's per-worker tear-down: the image library.
 * libvips is started by the first photo a worker processes
 * (media_photo_process), not when the worker starts: a worker is replaced
 * every App.MaxRequests requests, and VIPS_INIT's module loading (17-21 ms)
 * held up the requests queued on each new worker (the booking calendar at
 * 6,000 requests a second replaces each worker every 13-14 s). */
#include "cases.h"

#include "media/image.h"

void cases_fini(struct app *app)
{
	(void)app;
	media_shutdown();
}
