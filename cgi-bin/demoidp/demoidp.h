/* demoidp.h - the demo identity provider's pages (demo and tests only). */
#ifndef DEMOIDP_DEMOIDP_H
#define DEMOIDP_DEMOIDP_H

struct app;
struct req;

int demoidp_init(struct app *app);
void demoidp_fini(struct app *app);
int demoidp_sso_form(struct req *r);     /* GET  /demo-idp/sso: who do you want to be? */
int demoidp_sso_answer(struct req *r);   /* POST /demo-idp/sso: the signed Response */
int demoidp_slo(struct req *r);          /* GET  /demo-idp/slo: answer a LogoutRequest */

#endif
