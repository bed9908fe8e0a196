/* tpl.c - see tpl.h. */
#include "tpl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "log.h"
#include "markdown.h"

char *tpl_json_string(const char *s)
{
	size_t n = strlen(s), cap;
	if (__builtin_mul_overflow(n, 6, &cap) || __builtin_add_overflow(cap, 3, &cap))
		return NULL;
	char *out = malloc(cap), *o = out;
	if (!out)
		return NULL;
	*o++ = '"';
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned char c = *p;
		if (c == '"' || c == '\\') {
			*o++ = '\\';
			*o++ = (char)c;
		} else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'') {
			o += snprintf(o, 7, "\\u%04x", c);   /* keeps </script> and markup inert */
		} else {
			*o++ = (char)c;
		}
	}
	*o++ = '"';
	*o = '\0';
	return out;
}

static NEOERR *json_str(const char *in, char **out)
{
	*out = tpl_json_string(in ? in : "");
	return *out ? STATUS_OK : nerr_raise(NERR_NOMEM, "json_str");
}

static NEOERR *to_buf(void *ctx, char *s)
{
	buf_puts(ctx, s);
	return STATUS_OK;
}

int tpl_render(HDF *hdf, const char *tpl_dir, const char *file, struct buf *out)
{
	CSPARSE *cs = NULL;
	NEOERR *err = hdf_set_value(hdf, "Config.VarEscapeMode", "html");
	if (!err)
		err = hdf_set_value(hdf, "hdf.loadpaths.0", tpl_dir);
	if (!err)
		err = cs_init(&cs, hdf);
	if (!err)
		err = cgi_register_strfuncs(cs);
	if (!err)
		err = cs_register_esc_strfunc(cs, "json_str", json_str);
	if (!err)
		err = cs_register_esc_strfunc(cs, "markdown", markdown_strfunc);
	if (!err)
		err = cs_parse_file(cs, file);
	size_t start = out->len;
	if (!err)
		err = cs_render(cs, out, to_buf);
	cs_destroy(&cs);
	/* the newlines of leading <?cs ... ?> lines would precede the doctype */
	size_t ws = start;
	while (ws < out->len && (out->p[ws] == '\n' || out->p[ws] == ' ' || out->p[ws] == '\t'))
		ws++;
	if (!err && ws > start) {
		memmove(out->p + start, out->p + ws, out->len - ws + 1);
		out->len -= ws - start;
	}
	if (err) {
		STRING msg;
		string_init(&msg);
		nerr_error_string(err, &msg);
		log_error("template %s: %s", file, msg.buf ? msg.buf : "?");
		string_clear(&msg);
		nerr_ignore(&err);
		return -1;
	}
	return 0;
}
