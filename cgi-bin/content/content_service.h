/* content_service.h - a service as the editors' pages load it (content.c,
 * content_revisions.c): the live row, the options of its form, the form. */
#ifndef CONTENT_CONTENT_SERVICE_H
#define CONTENT_CONTENT_SERVICE_H

#include "admin/form.h"
#include "content_internal.h"
#include "store/content_store.h"

struct svc {
	struct req *r;
	long long id;                  /* 0: a new service */
	struct db_rows live;           /* its services row (content_service) */
	struct db_rows topics, offices, categories;
	struct form f;
};

/* The id of route argument 0 ("nuovo"
 * when NEW_OK), the live row and the options: 0 or the status to return. */
int svc_load(struct svc *c, struct req *r, bool new_ok);
/* An empty form of the scheda servizio with C's options. */
void svc_form(struct svc *c, struct form *f);
/* Column COL of the live row ("" when none). */
const char *svc_live(const struct svc *c, const char *col);
/* The live row as a revision's snapshot. */
const char *svc_live_json(struct svc *c);
/* "/admin/servizi/ID". */
const char *svc_base(const struct svc *c);
/* Page frame, breadcrumbs, Service.{id,slug,title,published}, Notice.text, template. */
void svc_page(struct svc *c, const char *title, const char *tpl);
/* A revision's SNAPSHOT into F, over the live row: a field the snapshot
 * lacks (saved before the field existed, like category_id and booking of
 * sql/040) keeps the live value. 0 or -1 (not a snapshot). */
int svc_snapshot(struct svc *c, struct form *f, const char *snapshot);
/* The latest revision (or the live row before the first edit) into F; its row in LAST. */
int svc_latest(struct svc *c, struct form *f, struct db_rows *last);
/* In one transaction: the service row when new, a revision with the
 * content of C->f (unless the latest has it already), and when PUBLISH that
 * revision into the live row. Audited (ACTION for the revision,
 * "service-publish"); the answer is a redirect to the form with
 * ?esito=pubblicato or ?esito=ESITO. */
/* The id of the revision the portal shows now (the newest published one of
 * a published service), 0 for none, -1 on a database error. */
long long svc_live_revision(struct svc *c);
int svc_store(struct svc *c, bool publish, const char *action, const char *esito);

#endif
