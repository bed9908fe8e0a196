/* metadata.c - GET /auth/metadata (SPID) and /auth/metadata/cie: our signed
 * SP metadata. Signed once per worker and generation of the configuration:
 * the document changes only with the configuration or the key. */
#include "auth.h"

#include <stdlib.h>
#include <string.h>

#include "auth/sp.h"
#include "core/buf.h"
#include "core/req.h"

static int serve(struct req *r, struct buf *cached,
		 char *(*make)(struct arena *, const struct saml_sp *))
{
	if (!cached->len) {
		const char *xml = make(r->a, &sp_state.sp);
		if (!xml)
			return 500;
		buf_puts(cached, xml);
	}
	r->body = cached;
	r->content_type = "application/samlmetadata+xml";
	r->cache_control = "public, max-age=3600";
	return 200;
}

int auth_metadata_spid(struct req *r)
{
	static struct buf doc;
	return serve(r, &doc, saml_metadata_spid);
}

int auth_metadata_cie(struct req *r)
{
	static struct buf doc;
	return serve(r, &doc, saml_metadata_cie);
}
