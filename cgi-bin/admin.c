/* admin.c - the back office: staff sign in with a password and a TOTP code;
 * editors publish content, operators work the cases of their offices,
 * managers see the dashboard. Its own database account and sessions. */
#include "admin/admin.h"
#include "admin/content.h"
#include "admin/dash.h"
#include "admin/ops.h"
#include "admin/setup.h"
#include "core/app.h"

static const struct route routes[] = {
	/* method  pattern              handler                  flags */
	{ "GET",  "/admin",             page_admin_home,         0 },
	{ "GET",  "/admin/login",       page_admin_login_form,   0 },
	{ "POST", "/admin/login",       page_admin_login,        R_POST_BODY },
	{ "POST", "/admin/logout",      page_admin_logout,       R_POST_BODY },
	/* operators (ops.c) */
	{ "GET",  "/admin/pratiche",                  bo_pratiche_list,      0 },
	{ "POST", "/admin/pratiche",                  bo_pratiche_bulk,      R_POST_BODY },
	{ "GET",  "/admin/pratiche/nuova",            bo_pratiche_new_form,  0 },
	{ "POST", "/admin/pratiche/nuova",            bo_pratiche_new,       R_POST_BODY },
	{ "GET",  "/admin/pratiche/:code",            bo_pratica_show,       0 },
	{ "POST", "/admin/pratiche/:code/azione",     bo_pratica_action,     R_POST_BODY },
	{ "GET",  "/admin/pratiche/:code/allegati/:id", bo_pratica_allegato, 0 },
	{ "GET",  "/admin/cittadini",                 bo_cittadini,          0 },
	/* editors (content.c) */
	{ "GET",  "/admin/contenuti",                 bo_contenuti,          0 },
	{ "GET",  "/admin/servizi/:id",               bo_servizio_form,      0 },
	{ "POST", "/admin/servizi/:id",               bo_servizio_save,      R_POST_BODY },
	{ "GET",  "/admin/servizi/:id/anteprima",     bo_servizio_preview,   0 },
	{ "GET",  "/admin/servizi/:id/revisioni",     bo_servizio_revisions, 0 },
	{ "GET",  "/admin/servizi/:id/revisioni/:rev", bo_servizio_revision, 0 },
	{ "POST", "/admin/servizi/:id/revisioni/:rev", bo_servizio_restore,  R_POST_BODY },
	{ "GET",  "/admin/argomenti/:id",             bo_argomento_form,     0 },
	{ "POST", "/admin/argomenti/:id",             bo_argomento_save,     R_POST_BODY },
	{ "GET",  "/admin/uffici/:id",                bo_ufficio_form,       0 },
	{ "POST", "/admin/uffici/:id",                bo_ufficio_save,       R_POST_BODY },
	{ "GET",  "/admin/faq/:id",                   bo_faq_form,           0 },
	{ "POST", "/admin/faq/:id",                   bo_faq_save,           R_POST_BODY },
	/* managers (dash.c) */
	{ "GET",  "/admin/cruscotto",                 bo_cruscotto,          0 },
	{ "GET",  "/admin/cruscotto.csv",             bo_cruscotto_csv,      0 },
	/* administrators (accounts.c, routing.c) */
	{ "GET",  "/admin/account",                   bo_accounts,           0 },
	{ "GET",  "/admin/account/:id",               bo_account_form,       0 },
	{ "POST", "/admin/account/:id",               bo_account_save,       R_POST_BODY },
	{ "GET",  "/admin/categorie",                 bo_categorie,          0 },
	{ "GET",  "/admin/categorie/:id",             bo_categoria_form,     0 },
	{ "POST", "/admin/categorie/:id",             bo_categoria_save,     R_POST_BODY },
	{ "GET",  "/admin/aree",                      bo_aree,               0 },
	{ "POST", "/admin/aree",                      bo_aree_post,          R_POST_BODY },
	{ "GET",  "/admin/aree/:id",                  bo_area_form,          0 },
	{ "POST", "/admin/aree/:id",                  bo_area_save,          R_POST_BODY },
};

int main(int argc, char **argv)
{
	static struct app app = {
		.name = "admin",
		.routes = routes,
		.nroutes = sizeof routes / sizeof routes[0],
	};
	return app_main(&app, argc, argv);
}
