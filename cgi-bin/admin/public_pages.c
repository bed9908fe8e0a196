/* public_pages.c - the public pages nginx serves as files follow every change
 * made in the back office: after a write that moved the catalogue's generation
 * (the triggers of sql/003, 020, 030 and 040 bump it for every table the
 * portal reads), live points at a new, empty directory before the editor is answered,
 * so the very next request renders afresh (core/page_files.h). */
#include "admin.h"

#include "core/app.h"
#include "core/page_files.h"
#include "core/req.h"
#include "store/catalogue_store.h"

void bo_public_pages_refresh(struct req *r)
{
	const char *root = app_conf(r->app, "PageFiles.Dir", NULL);
	unsigned long long gen = 0;
	if (!root || !*root)
		return;
	/* Unknown generation: flush all the same (a stale page is the one wrong answer). */
	if (catalogue_generation(r->db, r->a, &gen) == 0) {
		gen /= 1000000ULL;   /* without the day: files are kept per day anyway */
		if (page_files_at(page_files_live(r->a, root), gen))
			return;
	}
	page_files_flush(root, gen);
}
