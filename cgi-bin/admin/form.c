/* form.c - see form.h. */
#include "form.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/query.h"
#include "core/req.h"
#include "core/tpl.h"
#include "core/view.h"

static const char *const kind_names[] = {
	[FK_TEXT] = "text", [FK_SLUG] = "slug", [FK_URL] = "url", [FK_EMAIL] = "email",
	[FK_INT] = "int", [FK_BOOL] = "bool", [FK_CHOICE] = "choice", [FK_REF] = "ref",
	[FK_MULTI] = "multi", [FK_MARKDOWN] = "markdown", [FK_LINES] = "lines",
};

/* Short texts up to this limit show a character counter beside the field. */
#define FORM_COUNTER_MAX 400

static bool long_text(enum field_kind k)
{
	return k == FK_MARKDOWN || k == FK_LINES;
}

void form_init(struct form *f, struct req *r, const struct field *fields, size_t n)
{
	memset(f, 0, sizeof(*f));
	f->r = r;
	f->fields = fields;
	f->n = n < FORM_MAX_FIELDS ? n : FORM_MAX_FIELDS;
	for (size_t i = 0; i < f->n; i++)
		f->v[i] = fields[i].kind == FK_BOOL ? "0" : "";
}

int form_index(const struct form *f, const char *name)
{
	for (size_t i = 0; i < f->n; i++)
		if (strcmp(f->fields[i].name, name) == 0)
			return (int)i;
	return -1;
}

const char *form_get(const struct form *f, const char *name)
{
	int i = form_index(f, name);
	return i >= 0 ? f->v[i] : "";
}

void form_set(struct form *f, const char *name, const char *value)
{
	int i = form_index(f, name);
	if (i >= 0)
		f->v[i] = value ? value : "";
}

void form_options(struct form *f, const char *name, const struct db_rows *rows,
		  const char *label_col)
{
	int i = form_index(f, name);
	if (i >= 0) {
		f->options[i] = rows;
		f->label_col[i] = label_col;
	}
}

/* No CR; one line for short fields; no blank lines or spaces around. */
static const char *normalise(struct arena *a, const char *s, enum field_kind kind)
{
	char *out = arena_strdup(a, s), *o = out;
	for (const char *p = s; *p; p++) {
		if (*p == '\r')
			continue;
		*o++ = !long_text(kind) && (*p == '\n' || *p == '\t') ? ' ' : *p;
	}
	while (o > out && (o[-1] == ' ' || o[-1] == '\n' || o[-1] == '\t'))
		o--;
	*o = '\0';
	while (*out == '\n' || (!long_text(kind) && *out == ' '))
		out++;
	return out;
}

void form_from_request(struct form *f)
{
	struct req *r = f->r;
	for (size_t i = 0; i < f->n; i++) {
		const struct field *fd = &f->fields[i];
		const char *v = req_form(r, fd->name);
		if (fd->kind == FK_BOOL) {
			f->v[i] = v && *v ? "1" : "0";
		} else if (fd->kind == FK_MULTI) {   /* every value of the name, "3,1" */
			const char *csv = "";
			for (size_t k = 0; k < r->form.n; k++)
				if (strcmp(r->form.v[k].name, fd->name) == 0)
					csv = arena_printf(r->a, "%s%s%s", csv, *csv ? "," : "",
							   r->form.v[k].value);
			f->v[i] = csv;
		} else {
			f->v[i] = normalise(r->a, v ? v : "", fd->kind);
		}
	}
}

void form_from_row(struct form *f, const struct db_rows *rows)
{
	for (size_t i = 0; i < f->n && rows->nrows; i++) {
		const char *v = db_get_opt(rows, 0, f->fields[i].name);
		if (v)
			f->v[i] = v;
	}
}

/* ---- JSON: the flat objects of form_json, strings only ---- */

static int hex4(const char *s)
{
	int v = 0;
	for (int k = 0; k < 4; k++) {
		char c = s[k];
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
		      : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (d < 0)
			return -1;
		v = v << 4 | d;
	}
	return v;
}

static char *utf8_put(char *o, unsigned cp)
{
	if (cp < 0x80) {
		*o++ = (char)cp;
	} else if (cp < 0x800) {
		*o++ = (char)(0xC0 | cp >> 6);
		*o++ = (char)(0x80 | (cp & 0x3F));
	} else if (cp < 0x10000) {
		*o++ = (char)(0xE0 | cp >> 12);
		*o++ = (char)(0x80 | (cp >> 6 & 0x3F));
		*o++ = (char)(0x80 | (cp & 0x3F));
	} else {
		*o++ = (char)(0xF0 | cp >> 18);
		*o++ = (char)(0x80 | (cp >> 12 & 0x3F));
		*o++ = (char)(0x80 | (cp >> 6 & 0x3F));
		*o++ = (char)(0x80 | (cp & 0x3F));
	}
	return o;
}

/* The string literal whose opening quote *P is past; *P ends past the closing one. */
static const char *json_string(struct arena *a, const char **p)
{
	const char *s = *p, *end = s;
	while (*end && *end != '"')
		end += end[0] == '\\' && end[1] ? 2 : 1;
	char *out = arena_alloc(a, (size_t)(end - s) + 1), *o = out;
	static const char esc[] = "\"\"\\\\//b\bf\fn\nr\rt\t";
	for (; s < end; s++) {
		if (*s != '\\') {
			*o++ = *s;
			continue;
		}
		if (++s >= end)
			return NULL;
		const char *e = *s == 'u' ? NULL : strchr(esc, *s);
		if (e && ((e - esc) & 1) == 0) {
			*o++ = e[1];
			continue;
		}
		int cp = *s == 'u' && end - s > 4 ? hex4(s + 1) : -1;
		if (cp < 0 || (cp >= 0xDC00 && cp < 0xE000))
			return NULL;
		s += 4;
		if (cp >= 0xD800 && cp < 0xDC00) {   /* a surrogate pair */
			int lo = end - s > 6 && s[1] == '\\' && s[2] == 'u' ? hex4(s + 3) : -1;
			if (lo < 0xDC00 || lo >= 0xE000)
				return NULL;
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			s += 6;
		}
		o = utf8_put(o, (unsigned)cp);
	}
	if (*end != '"')
		return NULL;
	*o = '\0';
	*p = end + 1;
	return out;
}

static const char *skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
		p++;
	return p;
}

int form_from_json(struct form *f, const char *json)
{
	const char *p = skip_ws(json ? json : "");
	if (*p++ != '{')
		return -1;
	p = skip_ws(p);
	if (*p == '}')
		return 0;
	for (;;) {
		if (*p++ != '"')
			return -1;
		const char *key = json_string(f->r->a, &p);
		p = skip_ws(p);
		if (!key || *p++ != ':')
			return -1;
		p = skip_ws(p);
		if (*p++ != '"')
			return -1;
		const char *value = json_string(f->r->a, &p);
		if (!value)
			return -1;
		form_set(f, key, value);
		p = skip_ws(p);
		if (*p == '}')
			return 0;
		if (*p++ != ',')
			return -1;
		p = skip_ws(p);
	}
}

const char *form_json(const struct form *f)
{
	struct arena *a = f->r->a;
	const char *part[FORM_MAX_FIELDS];
	size_t len = 2;
	for (size_t i = 0; i < f->n; i++) {
		char *lit = tpl_json_string(f->v[i]);
		if (!lit)
			abort();   /* out of memory, as the arena does */
		part[i] = arena_printf(a, "%s\"%s\": %s", i ? ", " : "", f->fields[i].name, lit);
		free(lit);
		len += strlen(part[i]);
	}
	char *out = arena_alloc(a, len + 1), *o = out;
	*o++ = '{';
	for (size_t i = 0; i < f->n; i++) {
		size_t n = strlen(part[i]);
		memcpy(o, part[i], n);
		o += n;
	}
	*o++ = '}';
	*o = '\0';
	return out;
}

/* ---- checks ---- */

void form_error(struct form *f, const char *name, const char *msg)
{
	struct req *r = f->r;
	const char *key = arena_printf(r->a, "Form.errors.%s", name);
	if (!hdf_get_value(r->hdf, key, NULL))
		req_set(r, key, msg);
	req_set(r, arena_printf(r->a, "Form.error_list.%d", f->errors++), msg);
}

const char *form_slugify(struct arena *a, const char *text, unsigned max)
{
	/* the letters U+00C0..U+00FF (UTF-8 C3 80..C3 BF) without their accent */
	static const char latin[] = "aaaaaa-ceeeeiiiidnooooo-ouuuuy-saaaaaa-ceeeeiiiidnooooo-ouuuuy-y";
	char *out = arena_alloc(a, strlen(text) + 1), *o = out;
	for (const unsigned char *p = (const unsigned char *)text; *p && (unsigned)(o - out) < max;
	     p++) {
		char c = '-';
		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
			c = (char)*p;
		else if (*p >= 'A' && *p <= 'Z')
			c = (char)(*p - 'A' + 'a');
		else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF)
			c = latin[*++p - 0x80];
		if (c != '-' || (o > out && o[-1] != '-'))
			*o++ = c;
	}
	while (o > out && o[-1] == '-')
		o--;
	*o = '\0';
	return out;
}

static bool option_ok(const struct form *f, size_t i, const char *id)
{
	const struct db_rows *o = f->options[i];
	for (size_t k = 0; o && k < o->nrows; k++)
		if (strcmp(db_get(o, k, "id"), id) == 0)
			return true;
	return false;
}

static int cmp_ll(const void *x, const void *y)
{
	long long a = *(const long long *)x, b = *(const long long *)y;
	return (a > b) - (a < b);
}

/* "3,1,3" -> "1,3", or NULL when an id is not an option. */
static const char *multi_canonical(const struct form *f, size_t i)
{
	struct arena *a = f->r->a;
	const char *v = f->v[i];
	size_t n = 0, cap = strlen(v) / 2 + 1;
	long long *ids = arena_calloc(a, cap, sizeof *ids);
	for (const char *p = v; *p;) {
		size_t len = strcspn(p, ",");
		const char *id = arena_strndup(a, p, len);
		if (!option_ok(f, i, id))
			return NULL;
		ids[n++] = atoll(id);
		p += len + (p[len] == ',');
	}
	qsort(ids, n, sizeof *ids, cmp_ll);
	const char *out = "";
	for (size_t k = 0; k < n; k++)
		if (!k || ids[k] != ids[k - 1])
			out = arena_printf(a, "%s%s%lld", out, *out ? "," : "", ids[k]);
	return out;
}

static bool url_ok(const char *v)
{
	return (strncmp(v, "https://", 8) == 0 || strncmp(v, "http://", 7) == 0) &&
	       strlen(v) > 8 && !strpbrk(v, " \"<>\\`");
}

static bool email_ok(const char *v)
{
	const char *at = strchr(v, '@');
	return at && at > v && !strchr(at + 1, '@') && strchr(at + 1, '.') && at[1] != '.' &&
	       v[strlen(v) - 1] != '.' && !strpbrk(v, " \"<>,;:()[]\\");
}

static bool int_ok(const char *v)
{
	const char *d = v + (*v == '-');
	size_t n = strlen(d);
	return n >= 1 && n <= 5 && strspn(d, "0123456789") == n && labs(atol(v)) <= 32767;
}

static bool choice_ok(const struct field *fd, const char *v)
{
	for (const char *const *c = fd->choices; c && c[0]; c += 2)
		if (strcmp(c[0], v) == 0)
			return true;
	return false;
}

/* The message for field FD with value V (already normalised), or NULL. */
static const char *check_one(struct form *f, size_t i)
{
	const struct field *fd = &f->fields[i];
	struct arena *a = f->r->a;
	const char *v = f->v[i];
	if (fd->kind == FK_SLUG && !*v && fd->from)
		v = f->v[i] = form_slugify(a, form_get(f, fd->from), fd->max);
	if (fd->kind == FK_MULTI) {
		v = multi_canonical(f, i);
		if (!v)
			return arena_printf(a, "«%s»: scegli tra le voci dell'elenco.", fd->label);
		f->v[i] = v;
	}
	if (!*v && fd->required)
		return fd->kind == FK_CHOICE || fd->kind == FK_REF || fd->kind == FK_MULTI
			       ? arena_printf(a, "«%s»: scegli almeno una voce.", fd->label)
			       : arena_printf(a, "Il campo «%s» è obbligatorio.", fd->label);
	size_t chars = fd->max ? utf8_chars(v) : 0;
	if (chars > fd->max)   /* never cut: the editor sees how much to shorten */
		return arena_printf(a, "«%s»: al massimo %u caratteri, ne hai scritti %zu.", fd->label,
				    fd->max, chars);
	switch (fd->kind) {
	case FK_SLUG:
		if (*v && (strspn(v, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen(v) ||
			   v[0] == '-' || v[strlen(v) - 1] == '-'))
			return arena_printf(a, "«%s»: solo lettere minuscole senza accenti, cifre e "
					       "trattini (non all'inizio né alla fine).", fd->label);
		break;
	case FK_URL:
		if (*v && !url_ok(v))
			return arena_printf(a, "«%s»: un indirizzo completo che inizia con https://.",
					    fd->label);
		break;
	case FK_EMAIL:
		if (*v && !email_ok(v))
			return arena_printf(a, "«%s»: un indirizzo e-mail valido.", fd->label);
		break;
	case FK_INT:
		if (!*v)
			f->v[i] = "0";
		else if (!int_ok(v))
			return arena_printf(a, "«%s»: un numero intero (da -32767 a 32767).", fd->label);
		break;
	case FK_CHOICE:
		if (*v && !choice_ok(fd, v))
			return arena_printf(a, "«%s»: scegli una delle voci.", fd->label);
		break;
	case FK_REF:
		if (*v && !option_ok(f, i, v))
			return arena_printf(a, "«%s»: scegli una delle voci dell'elenco.", fd->label);
		break;
	default:
		break;
	}
	return NULL;
}

int form_check(struct form *f)
{
	for (size_t i = 0; i < f->n; i++) {
		const char *msg = check_one(f, i);
		if (msg)
			form_error(f, f->fields[i].name, msg);
	}
	return f->errors;
}

/* ---- shown ---- */

bool form_preview_requested(struct req *r)
{
	const char *action = req_form(r, "azione");
	if (!action || strcmp(action, "anteprima"))
		return false;
	req_set_int(r, "Form.preview", 1);
	return true;
}

bool form_csv_has(const char *csv, const char *id)
{
	size_t n = strlen(id);
	for (const char *p = csv; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (strncmp(p, id, n) == 0 && (p[n] == ',' || !p[n]))
			return true;
	return false;
}

static void show_options(struct form *f, size_t i, const char *base)
{
	struct req *r = f->r;
	const struct field *fd = &f->fields[i];
	int m = 0;
	for (const char *const *c = fd->choices; c && c[0]; c += 2, m++) {
		req_set(r, arena_printf(r->a, "%s.Options.%d.value", base, m), c[0]);
		req_set(r, arena_printf(r->a, "%s.Options.%d.label", base, m), c[1]);
		req_set_int(r, arena_printf(r->a, "%s.Options.%d.selected", base, m),
			    strcmp(c[0], f->v[i]) == 0);
	}
	const struct db_rows *o = f->options[i];
	for (size_t k = 0; o && k < o->nrows; k++, m++) {
		const char *id = db_get(o, k, "id");
		req_set(r, arena_printf(r->a, "%s.Options.%d.value", base, m), id);
		req_set(r, arena_printf(r->a, "%s.Options.%d.label", base, m),
			db_get(o, k, f->label_col[i]));
		req_set_int(r, arena_printf(r->a, "%s.Options.%d.selected", base, m),
			    fd->kind == FK_MULTI ? form_csv_has(f->v[i], id) : strcmp(id, f->v[i]) == 0);
	}
}

void form_show(struct form *f)
{
	struct req *r = f->r;
	int g = -1, n = 0;
	for (size_t i = 0; i < f->n; i++) {
		const struct field *fd = &f->fields[i];
		if (fd->group || g < 0) {
			req_set(r, arena_printf(r->a, "Form.Groups.%d.legend", ++g),
				fd->group ? fd->group : "");
			n = 0;
		}
		const char *base = arena_printf(r->a, "Form.Groups.%d.Fields.%d", g, n++);
		req_set(r, arena_printf(r->a, "%s.name", base), fd->name);
		req_set(r, arena_printf(r->a, "%s.label", base), fd->label);
		if (fd->help)
			req_set(r, arena_printf(r->a, "%s.help", base), fd->help);
		req_set(r, arena_printf(r->a, "%s.kind", base), kind_names[fd->kind]);
		if (fd->max)
			req_set_int(r, arena_printf(r->a, "%s.max", base), fd->max);
		if (fd->kind == FK_TEXT && fd->max && fd->max <= FORM_COUNTER_MAX)
			req_set_int(r, arena_printf(r->a, "%s.counter", base), 1);
		if (fd->kind == FK_MARKDOWN)
			req_set_int(r, "Form.markdown", 1);
		req_set_int(r, arena_printf(r->a, "%s.required", base), fd->required);
		req_set(r, arena_printf(r->a, "%s.value", base), f->v[i]);
		const char *err = hdf_get_value(r->hdf, arena_printf(r->a, "Form.errors.%s", fd->name),
						NULL);
		if (err)
			req_set(r, arena_printf(r->a, "%s.error", base), err);
		show_options(f, i, base);
	}
}

const char *form_display(const struct form *f, size_t i)
{
	const struct field *fd = &f->fields[i];
	const char *v = f->v[i];
	if (fd->kind == FK_BOOL)
		return strcmp(v, "1") == 0 ? "sì" : "no";
	for (const char *const *c = fd->choices; c && c[0]; c += 2)
		if (strcmp(c[0], v) == 0)
			return c[1];
	const struct db_rows *o = f->options[i];
	if (!o)
		return v;
	const char *out = "";
	for (size_t k = 0; k < o->nrows; k++)
		if (form_csv_has(v, db_get(o, k, "id")))
			out = arena_printf(f->r->a, "%s%s%s", out, *out ? "\n" : "",
					   db_get(o, k, f->label_col[i]));
	return out;
}

/* ---- ids of the pages ---- */

long long form_route_id(struct req *r, int i, bool new_ok)
{
	const char *a = req_arg(r, i);
	if (!a)
		return -1;
	if (new_ok && strcmp(a, "nuovo") == 0)
		return 0;
	size_t n = strlen(a);
	if (n < 1 || n > 10 || strspn(a, "0123456789") != n || a[0] == '0')
		return -1;
	return atoll(a);
}

long long form_param_id(struct req *r, const char *name)
{
	const char *v = req_param(r, name);
	size_t n = v ? strlen(v) : 0;
	return n && n <= 18 && strspn(v, "0123456789") == n ? atoll(v) : -1;
}
