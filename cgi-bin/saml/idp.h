/* idp.h - a trusted identity provider, as read from its metadata file in
 * conf/idp/ (or the demo/test directory): the only source of IdP keys. */
#ifndef SAML_IDP_H
#define SAML_IDP_H

#include <stddef.h>

enum saml_federation { FED_SPID, FED_CIE };
enum saml_binding { BIND_REDIRECT, BIND_POST };

#define IDP_MAX_CERTS 4

struct idp {
	char *entity_id;
	char *display_name;        /* mdui:DisplayName or OrganizationDisplayName */
	char *logo;                /* mdui:Logo URL or a path under /static, may be "" */
	enum saml_federation federation;
	char *sso_redirect, *sso_post;   /* SingleSignOnService Locations ("" when absent) */
	char *slo_redirect, *slo_post;   /* SingleLogoutService Locations ("" when absent) */
	enum saml_binding binding;       /* the binding we use to send requests */
	size_t ncerts;
	char *certs_pem[IDP_MAX_CERTS];  /* signing certificates, PEM */
};

#endif
