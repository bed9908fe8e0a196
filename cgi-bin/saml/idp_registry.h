/* idp_registry.h - the identity providers we trust: one metadata file each
 * in the configured directories (conf/idp/ in production, plus the demo/test
 * directory where enabled). Read at worker start, so a dropped-in file and a
 * SIGHUP add an IdP. Files named cie-*.xml belong to the CIE federation, the
 * others to SPID. An IdP without a signing certificate or an SSO endpoint is
 * skipped with a warning. */
#ifndef SAML_IDP_REGISTRY_H
#define SAML_IDP_REGISTRY_H

#include <stddef.h>

#include "saml/idp.h"

struct idp_registry {
	size_t n;
	struct idp *idps;
};

/* Load every *.xml of the NDIRS directories (missing directories are fine).
 * POST_IDPS lists entityIDs to be sent requests by HTTP-POST (NULL-terminated). */
int idp_registry_load(struct idp_registry *reg, const char *const *dirs, size_t ndirs,
		      const char *const *post_idps);
void idp_registry_free(struct idp_registry *reg);
const struct idp *idp_registry_find(const struct idp_registry *reg, const char *entity_id);
/* Parse one metadata document (for tests). 0 or -1. */
int idp_parse_metadata(const char *xml, size_t len, struct idp *out);
void idp_free(struct idp *idp);

#endif
