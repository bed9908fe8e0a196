/* idp_registry.c - see idp_registry.h. Metadata is parsed like any outside
 * XML: no network, no DTD, no entities. */
#include "idp_registry.h"

#include <dirent.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"

#define NS_MD "urn:oasis:names:tc:SAML:2.0:metadata"
#define NS_DS "http://www.w3.org/2000/09/xmldsig#"
#define NS_MDUI "urn:oasis:names:tc:SAML:metadata:ui"
#define BINDING_REDIRECT "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
#define BINDING_POST "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
#define MAX_METADATA (1 << 20)

static bool is(const xmlNode *n, const char *ns, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns && strcmp((const char *)n->ns->href, ns) == 0 &&
	       strcmp((const char *)n->name, name) == 0;
}

static const xmlNode *child(const xmlNode *n, const char *ns, const char *name)
{
	for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
		if (is(c, ns, name))
			return c;
	return NULL;
}

/* First element named NS:NAME anywhere below N, depth first. */
static const xmlNode *find(const xmlNode *n, const char *ns, const char *name)
{
	for (const xmlNode *c = n ? n->children : NULL; c; c = c->next) {
		if (is(c, ns, name))
			return c;
		const xmlNode *d = find(c, ns, name);
		if (d)
			return d;
	}
	return NULL;
}

static char *attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s = strdup(v ? (const char *)v : "");
	xmlFree(v);
	if (!s)
		abort();
	return s;
}

static char *text(const xmlNode *n)
{
	xmlChar *v = n ? xmlNodeGetContent(n) : NULL;
	const char *t = v ? (const char *)v : "";
	t += strspn(t, " \t\r\n");
	size_t len = strlen(t);
	while (len && strchr(" \t\r\n", t[len - 1]))
		len--;
	char *s = strndup(t, len);
	xmlFree(v);
	if (!s)
		abort();
	return s;
}

/* base64 body of <ds:X509Certificate> -> PEM with 64-character lines */
static char *to_pem(const char *b64)
{
	size_t n = 0, cap = strlen(b64) * 2 + 128;
	char *pem = malloc(cap);
	if (!pem)
		abort();
	n += (size_t)snprintf(pem, cap, "-----BEGIN CERTIFICATE-----\n");
	int col = 0;
	for (const char *p = b64; *p; p++) {
		if (strchr(" \t\r\n", *p))
			continue;
		pem[n++] = *p;
		if (++col == 64) {
			pem[n++] = '\n';
			col = 0;
		}
	}
	if (col)
		pem[n++] = '\n';
	snprintf(pem + n, cap - n, "-----END CERTIFICATE-----\n");
	return pem;
}

static void read_endpoints(const xmlNode *sso, struct idp *out)
{
	for (const xmlNode *c = sso->children; c; c = c->next) {
		bool s = is(c, NS_MD, "SingleSignOnService"), l = is(c, NS_MD, "SingleLogoutService");
		if (!s && !l)
			continue;
		char *binding = attr(c, "Binding");
		char **slot = NULL;
		if (strcmp(binding, BINDING_REDIRECT) == 0)
			slot = s ? &out->sso_redirect : &out->slo_redirect;
		else if (strcmp(binding, BINDING_POST) == 0)
			slot = s ? &out->sso_post : &out->slo_post;
		if (slot && !**slot) {
			free(*slot);
			*slot = attr(c, "Location");
		}
		free(binding);
	}
}

static void read_certs(const xmlNode *sso, struct idp *out)
{
	for (const xmlNode *c = sso->children; c && out->ncerts < IDP_MAX_CERTS; c = c->next) {
		if (!is(c, NS_MD, "KeyDescriptor"))
			continue;
		char *use = attr(c, "use");
		const xmlNode *x = find(c, NS_DS, "X509Certificate");
		if (x && (!*use || strcmp(use, "signing") == 0)) {
			char *b64 = text(x);
			if (*b64)
				out->certs_pem[out->ncerts++] = to_pem(b64);
			free(b64);
		}
		free(use);
	}
}

static char *display_name(const xmlNode *root, const xmlNode *sso, const char *entity_id)
{
	const xmlNode *n = find(sso, NS_MDUI, "DisplayName");
	if (!n)
		n = find(child(root, NS_MD, "Organization"), NS_MD, "OrganizationDisplayName");
	char *s = n ? text(n) : NULL;
	if (s && *s)
		return s;
	free(s);
	return strdup(entity_id);
}

int idp_parse_metadata(const char *xml, size_t len, struct idp *out)
{
	memset(out, 0, sizeof(*out));
	if (len > MAX_METADATA)
		return -1;
	xmlDoc *doc = xmlReadMemory(xml, (int)len, "idp.xml", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
				    XML_PARSE_NOWARNING);
	if (!doc)
		return -1;
	int rc = -1;
	const xmlNode *root = xmlDocGetRootElement(doc);
	const xmlNode *sso = child(root, NS_MD, "IDPSSODescriptor");
	if (xmlGetIntSubset(doc) || !root || !is(root, NS_MD, "EntityDescriptor") || !sso)
		goto done;
	out->entity_id = attr(root, "entityID");
	out->sso_redirect = strdup("");
	out->sso_post = strdup("");
	out->slo_redirect = strdup("");
	out->slo_post = strdup("");
	read_endpoints(sso, out);
	read_certs(sso, out);
	out->display_name = display_name(root, sso, out->entity_id);
	const xmlNode *logo = find(sso, NS_MDUI, "Logo");
	out->logo = logo ? text(logo) : strdup("");
	out->binding = *out->sso_redirect ? BIND_REDIRECT : BIND_POST;
	rc = *out->entity_id && out->ncerts && (*out->sso_redirect || *out->sso_post) ? 0 : -1;
done:
	xmlFreeDoc(doc);
	if (rc < 0)
		idp_free(out);
	return rc;
}

void idp_free(struct idp *idp)
{
	free(idp->entity_id);
	free(idp->display_name);
	free(idp->logo);
	free(idp->sso_redirect);
	free(idp->sso_post);
	free(idp->slo_redirect);
	free(idp->slo_post);
	for (size_t i = 0; i < idp->ncerts; i++)
		free(idp->certs_pem[i]);
	memset(idp, 0, sizeof(*idp));
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = malloc(MAX_METADATA + 1);
	if (!buf)
		abort();
	*len = fread(buf, 1, MAX_METADATA + 1, f);
	fclose(f);
	return buf;
}

static void load_file(struct idp_registry *reg, const char *dir, const char *name,
		      const char *const *post_idps)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	size_t len = 0;
	char *xml = slurp(path, &len);
	struct idp idp;
	if (!xml || idp_parse_metadata(xml, len, &idp) < 0) {
		log_warn("IdP metadata %s skipped: unreadable, or no entityID, certificate or SSO", path);
		free(xml);
		return;
	}
	free(xml);
	if (idp_registry_find(reg, idp.entity_id)) {
		log_warn("IdP metadata %s skipped: %s already loaded", path, idp.entity_id);
		idp_free(&idp);
		return;
	}
	idp.federation = strncmp(name, "cie", 3) == 0 ? FED_CIE : FED_SPID;
	for (const char *const *p = post_idps; p && *p; p++)
		if (strcmp(*p, idp.entity_id) == 0 && *idp.sso_post)
			idp.binding = BIND_POST;
	struct idp *grown = realloc(reg->idps, (reg->n + 1) * sizeof(*grown));
	if (!grown)
		abort();
	reg->idps = grown;
	reg->idps[reg->n++] = idp;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int xml_file(const struct dirent *d)
{
	size_t n = strlen(d->d_name);
	return d->d_name[0] != '.' && n > 4 && strcmp(d->d_name + n - 4, ".xml") == 0;
}

int idp_registry_load(struct idp_registry *reg, const char *const *dirs, size_t ndirs,
		      const char *const *post_idps)
{
	memset(reg, 0, sizeof(*reg));
	for (size_t i = 0; i < ndirs; i++) {
		struct dirent **list;
		int n = scandir(dirs[i], &list, xml_file, by_name);
		for (int k = 0; k < n; k++) {
			load_file(reg, dirs[i], list[k]->d_name, post_idps);
			free(list[k]);
		}
		if (n >= 0)
			free(list);
	}
	log_info("%zu identity providers trusted", reg->n);
	return 0;
}

void idp_registry_free(struct idp_registry *reg)
{
	for (size_t i = 0; i < reg->n; i++)
		idp_free(&reg->idps[i]);
	free(reg->idps);
	memset(reg, 0, sizeof(*reg));
}

const struct idp *idp_registry_find(const struct idp_registry *reg, const char *entity_id)
{
	for (size_t i = 0; i < reg->n; i++)
		if (strcmp(reg->idps[i].entity_id, entity_id) == 0)
			return &reg->idps[i];
	return NULL;
}
