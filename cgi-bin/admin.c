/* admin.c - the back office: staff sign in with a password and a TOTP code;
 * editors publish content, operators work the cases of their offices,
 * managers see the dashboard. Its own database account and sessions. */
#include "admin/admin.h"
#include "content/content.h"
#include "dash/dash.h"
#include "desk/desk.h"
#include "ops/ops.h"
#include "setup/setup.h"
#include "core/app.h"

/* Who may call what: the staff roles of each room, and every form CSRF-checked. */
#define OPS_READ (R_STAFF | R_ROLE_OPERATOR | R_ROLE_MANAGER | R_ROLE_ADMIN)
#define OPS      (R_STAFF | R_ROLE_OPERATOR | R_ROLE_ADMIN)
#define EDITOR   (R_STAFF | R_ROLE_EDITOR | R_ROLE_ADMIN)
#define MANAGER  (R_STAFF | R_ROLE_MANAGER | R_ROLE_ADMIN)
#define ADMIN    (R_STAFF | R_ROLE_ADMIN)
#define FORM     (R_POST_BODY | R_CSRF)

static const struct route routes[] = {
	/* method pattern                             handler                 flags */
	{ "GET",  "/admin",                             page_admin_home,        R_STAFF },
	{ "GET",  "/admin/login",                       page_admin_login_form,  0 },
	{ "POST", "/admin/login",                       page_admin_login,       R_POST_BODY | R_NO_CSRF },
	{ "POST", "/admin/logout",                      page_admin_logout,      R_STAFF | FORM },
	/* operators (ops.c) */
	{ "GET",  "/admin/pratiche",                    bo_pratiche_list,       OPS_READ },
	{ "POST", "/admin/pratiche",                    bo_pratiche_bulk,       OPS | FORM },
	{ "GET",  "/admin/pratiche/nuova",              bo_pratiche_new_form,   OPS },
	{ "POST", "/admin/pratiche/nuova",              bo_pratiche_new,        OPS | FORM },
	{ "GET",  "/admin/pratiche/:code",              bo_pratica_show,        OPS_READ },
	{ "POST", "/admin/pratiche/:code/azione",       bo_pratica_action,      OPS | FORM },
	{ "GET",  "/admin/pratiche/:code/allegati/:id", bo_pratica_allegato,    OPS_READ },
	{ "GET",  "/admin/cittadini",                   bo_cittadini,           OPS_READ },
	/* the appointments' counter (desk/): operators of the office and admins; managers read */
	{ "GET",  "/admin/sportello",                   bo_sportello_list,      OPS_READ },
	{ "GET",  "/admin/sportello/:office",           bo_sportello_day,       OPS_READ },
	{ "POST", "/admin/sportello/:office/presenze",  bo_sportello_checkin,   OPS | FORM },
	{ "POST", "/admin/sportello/:office/accesso",   bo_sportello_walkin,    OPS | FORM },
	{ "GET",  "/admin/sportello/:office/impostazioni", bo_sportello_settings, OPS },
	{ "POST", "/admin/sportello/:office/impostazioni", bo_sportello_save,   OPS | FORM },
	{ "GET",  "/admin/profilo/notifiche",           bo_profilo_notifiche,   OPS_READ },
	{ "POST", "/admin/profilo/notifiche",           bo_profilo_notifiche_save, OPS_READ | FORM },
	/* editors (content.c) */
	{ "GET",  "/admin/contenuti",                   bo_contenuti,           EDITOR },
	{ "POST", "/admin/anteprima-testo",             bo_anteprima_testo,     EDITOR | FORM },
	{ "GET",  "/admin/servizi/:id",                 bo_servizio_form,       EDITOR },
	{ "POST", "/admin/servizi/:id",                 bo_servizio_save,       EDITOR | FORM },
	{ "GET",  "/admin/servizi/:id/anteprima",       bo_servizio_preview,    EDITOR },
	{ "GET",  "/admin/servizi/:id/revisioni",       bo_servizio_revisions,  EDITOR },
	{ "GET",  "/admin/servizi/:id/revisioni/:rev",  bo_servizio_revision,   EDITOR },
	{ "POST", "/admin/servizi/:id/revisioni/:rev",  bo_servizio_restore,    EDITOR | FORM },
	{ "GET",  "/admin/argomenti/:id",               bo_argomento_form,      EDITOR },
	{ "POST", "/admin/argomenti/:id",               bo_argomento_save,      EDITOR | FORM },
	{ "GET",  "/admin/uffici/:id",                  bo_ufficio_form,        EDITOR },
	{ "POST", "/admin/uffici/:id",                  bo_ufficio_save,        EDITOR | FORM },
	{ "GET",  "/admin/faq/:id",                     bo_faq_form,            EDITOR },
	{ "POST", "/admin/faq/:id",                     bo_faq_save,            EDITOR | FORM },
	{ "GET",  "/admin/notizie",                     bo_notizie,             EDITOR },
	{ "GET",  "/admin/notizie/:id",                 bo_notizia_form,        EDITOR },
	{ "POST", "/admin/notizie/:id",                 bo_notizia_save,        EDITOR | FORM },
	{ "GET",  "/admin/notizie/:id/anteprima",       bo_notizia_preview,     EDITOR },
	{ "GET",  "/admin/notizie/:id/revisioni",       bo_notizia_revisions,   EDITOR },
	{ "GET",  "/admin/notizie/:id/revisioni/:rev",  bo_notizia_revision,    EDITOR },
	{ "POST", "/admin/notizie/:id/revisioni/:rev",  bo_notizia_restore,     EDITOR | FORM },
	{ "GET",  "/admin/eventi",                      bo_eventi,              EDITOR },
	{ "GET",  "/admin/eventi/:id",                  bo_evento_form,         EDITOR },
	{ "POST", "/admin/eventi/:id",                  bo_evento_save,         EDITOR | FORM },
	{ "GET",  "/admin/eventi/:id/anteprima",        bo_evento_preview,      EDITOR },
	{ "GET",  "/admin/eventi/:id/revisioni",        bo_evento_revisions,    EDITOR },
	{ "GET",  "/admin/eventi/:id/revisioni/:rev",   bo_evento_revision,     EDITOR },
	{ "POST", "/admin/eventi/:id/revisioni/:rev",   bo_evento_restore,      EDITOR | FORM },
	{ "GET",  "/admin/luoghi",                      bo_luoghi,              EDITOR },
	{ "GET",  "/admin/luoghi/:id",                  bo_luogo_form,          EDITOR },
	{ "POST", "/admin/luoghi/:id",                  bo_luogo_save,          EDITOR | FORM },
	{ "GET",  "/admin/luoghi/:id/anteprima",        bo_luogo_preview,       EDITOR },
	{ "GET",  "/admin/luoghi/:id/revisioni",        bo_luogo_revisions,     EDITOR },
	{ "GET",  "/admin/luoghi/:id/revisioni/:rev",   bo_luogo_revision,      EDITOR },
	{ "POST", "/admin/luoghi/:id/revisioni/:rev",   bo_luogo_restore,       EDITOR | FORM },
	{ "GET",  "/admin/persone",                     bo_persone,             EDITOR },
	{ "GET",  "/admin/persone/:id",                 bo_persona_form,        EDITOR },
	{ "POST", "/admin/persone/:id",                 bo_persona_save,        EDITOR | FORM },
	{ "GET",  "/admin/persone/:id/anteprima",       bo_persona_preview,     EDITOR },
	{ "GET",  "/admin/persone/:id/revisioni",       bo_persona_revisions,   EDITOR },
	{ "GET",  "/admin/persone/:id/revisioni/:rev",  bo_persona_revision,    EDITOR },
	{ "POST", "/admin/persone/:id/revisioni/:rev",  bo_persona_restore,     EDITOR | FORM },
	{ "GET",  "/admin/documenti",                   bo_documenti,           EDITOR },
	{ "GET",  "/admin/documenti/:id",               bo_documento_form,      EDITOR },
	{ "POST", "/admin/documenti/:id",               bo_documento_save,      EDITOR | FORM },
	{ "GET",  "/admin/documenti/:id/anteprima",     bo_documento_preview,   EDITOR },
	{ "GET",  "/admin/documenti/:id/revisioni",     bo_documento_revisions, EDITOR },
	{ "GET",  "/admin/documenti/:id/revisioni/:rev", bo_documento_revision,  EDITOR },
	{ "POST", "/admin/documenti/:id/revisioni/:rev", bo_documento_restore,   EDITOR | FORM },
	{ "POST", "/admin/notizie/:id/allegati",        bo_notizia_file_add,    EDITOR | R_UPLOAD | R_CSRF },
	{ "GET",  "/admin/notizie/:id/allegati/:file",  bo_notizia_file,        EDITOR },
	{ "POST", "/admin/notizie/:id/allegati/:file",  bo_notizia_file_delete, EDITOR | FORM },
	{ "POST", "/admin/persone/:id/ruoli",           bo_persona_role_add,    EDITOR | FORM },
	{ "POST", "/admin/persone/:id/ruoli/:role",     bo_persona_role_delete, EDITOR | FORM },
	{ "POST", "/admin/documenti/:id/allegati",      bo_documento_file_add,  EDITOR | R_UPLOAD | R_CSRF },
	{ "GET",  "/admin/documenti/:id/allegati/:file", bo_documento_file,     EDITOR },
	{ "POST", "/admin/documenti/:id/allegati/:file", bo_documento_file_delete, EDITOR | FORM },
	{ "GET",  "/admin/aree-amministrative",         bo_aree_amm,            EDITOR },
	{ "GET",  "/admin/aree-amministrative/:id",     bo_area_amm_form,       EDITOR },
	{ "POST", "/admin/aree-amministrative/:id",     bo_area_amm_save,       EDITOR | FORM },
	{ "GET",  "/admin/aree-amministrative/:id/anteprima", bo_area_amm_preview,    EDITOR },
	{ "GET",  "/admin/aree-amministrative/:id/revisioni", bo_area_amm_revisions,  EDITOR },
	{ "GET",  "/admin/aree-amministrative/:id/revisioni/:rev", bo_area_amm_revision,   EDITOR },
	{ "POST", "/admin/aree-amministrative/:id/revisioni/:rev", bo_area_amm_restore,    EDITOR | FORM },
	{ "GET",  "/admin/enti",                        bo_enti,                EDITOR },
	{ "GET",  "/admin/enti/:id",                    bo_ente_form,           EDITOR },
	{ "POST", "/admin/enti/:id",                    bo_ente_save,           EDITOR | FORM },
	{ "GET",  "/admin/enti/:id/anteprima",          bo_ente_preview,        EDITOR },
	{ "GET",  "/admin/enti/:id/revisioni",          bo_ente_revisions,      EDITOR },
	{ "GET",  "/admin/enti/:id/revisioni/:rev",     bo_ente_revision,       EDITOR },
	{ "POST", "/admin/enti/:id/revisioni/:rev",     bo_ente_restore,        EDITOR | FORM },
	{ "GET",  "/admin/categorie-servizi",           bo_categorie_servizi,   EDITOR },
	{ "GET",  "/admin/categorie-servizi/:id",       bo_categoria_servizi_form, EDITOR },
	{ "POST", "/admin/categorie-servizi/:id",       bo_categoria_servizi_save, EDITOR | FORM },
	{ "GET",  "/admin/categorie-servizi/:id/revisioni", bo_categoria_servizi_revisions, EDITOR },
	{ "GET",  "/admin/categorie-servizi/:id/revisioni/:rev", bo_categoria_servizi_revision, EDITOR },
	{ "POST", "/admin/categorie-servizi/:id/revisioni/:rev", bo_categoria_servizi_restore, EDITOR | FORM },
	{ "GET",  "/admin/valutazioni",                 bo_valutazioni,         EDITOR },
	/* managers (dash.c) */
	{ "GET",  "/admin/cruscotto",                   bo_cruscotto,           MANAGER },
	{ "GET",  "/admin/cruscotto.csv",               bo_cruscotto_csv,       MANAGER },
	/* administrators (accounts.c, routing.c) */
	{ "GET",  "/admin/account",                     bo_accounts,            ADMIN },
	{ "GET",  "/admin/account/:id",                 bo_account_form,        ADMIN },
	{ "POST", "/admin/account/:id",                 bo_account_save,        ADMIN | FORM },
	{ "GET",  "/admin/categorie",                   bo_categorie,           ADMIN },
	{ "GET",  "/admin/categorie/:id",               bo_categoria_form,      ADMIN },
	{ "POST", "/admin/categorie/:id",               bo_categoria_save,      ADMIN | FORM },
	{ "GET",  "/admin/aree",                        bo_aree,                ADMIN },
	{ "POST", "/admin/aree",                        bo_aree_post,           ADMIN | FORM },
	{ "GET",  "/admin/aree/:id",                    bo_area_form,           ADMIN },
	{ "POST", "/admin/aree/:id",                    bo_area_save,           ADMIN | FORM },
};

int main(int argc, char **argv)
{
	static struct app app = {
		.name = "admin",
		.routes = routes,
		.nroutes = sizeof routes / sizeof routes[0],
		.access = admin_access,
		.csrf_token = staff_csrf_token,
		.after_write = bo_public_pages_refresh,
	};
	return app_main(&app, argc, argv);
}
