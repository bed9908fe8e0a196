/* setup.h - the administrators' pages (ROLE_ADMIN): staff accounts
 * (accounts.c) and the routing of the citizens' cases: categories, areas,
 * routes (routing.c). Routes in cgi-bin/admin.c. */
#ifndef SETUP_SETUP_H
#define SETUP_SETUP_H

struct req;

/* accounts.c: "?esito=WORD" of a redirect after a change: Notice.text. */
void setup_notice(struct req *r);
/* accounts.c */
int bo_accounts(struct req *r);            /* GET  /admin/account */
int bo_account_form(struct req *r);        /* GET  /admin/account/:id ("nuovo" or an id) */
int bo_account_save(struct req *r);        /* POST /admin/account/:id (azione=...) */

/* routing.c */
int bo_categorie(struct req *r);           /* GET  /admin/categorie */
int bo_categoria_form(struct req *r);      /* GET  /admin/categorie/:id */
int bo_categoria_save(struct req *r);      /* POST /admin/categorie/:id */
int bo_aree(struct req *r);                /* GET  /admin/aree: areas and routes */
int bo_aree_post(struct req *r);           /* POST /admin/aree (azione=percorso|rimuovi) */
int bo_area_form(struct req *r);           /* GET  /admin/aree/:id */
int bo_area_save(struct req *r);           /* POST /admin/aree/:id */

#endif
