/* init.c - the cases program's per-worker set-up: the image library. */
#include "cases.h"

#include "media/image.h"

int cases_init(struct app *app)
{
	(void)app;
	return media_init();
}

void cases_fini(struct app *app)
{
	(void)app;
	media_shutdown();
}
