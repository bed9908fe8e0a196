/* ops.h - the operators' pages: the queue, a case and its actions, cases
 * registered on behalf of a citizen, the citizen's 360° view. An operator
 * sees only the cases of their offices; managers read every case. */
#ifndef OPS_OPS_H
#define OPS_OPS_H

struct req;

int bo_pratiche_list(struct req *r);       /* GET  /admin/pratiche */
int bo_pratiche_bulk(struct req *r);       /* POST /admin/pratiche */
int bo_pratiche_new_form(struct req *r);   /* GET  /admin/pratiche/nuova */
int bo_pratiche_new(struct req *r);        /* POST /admin/pratiche/nuova */
int bo_pratica_show(struct req *r);        /* GET  /admin/pratiche/:code */
int bo_pratica_action(struct req *r);      /* POST /admin/pratiche/:code/azione */
int bo_pratica_allegato(struct req *r);    /* GET  /admin/pratiche/:code/allegati/:id */
int bo_cittadini(struct req *r);           /* GET  /admin/cittadini?cf= */

#endif
