/* message.c - see message.h. */
#include "message.h"

#include <stdio.h>
#include <string.h>

#include "core/arena.h"
#include "core/query.h"     /* utf8_valid */
#include "core/token.h"

#define LINE_MAX_ENC 76     /* RFC 2045 (quoted-printable), RFC 2047 (encoded-words) */
#define LINE_MAX_HDR 78     /* RFC 5322 2.1.1 (recommended) */

/* A string growing in the arena (old blocks stay there until the reset). */
struct sb {
	struct arena *a;
	char *p;
	size_t len, cap;
};

static void sb_add(struct sb *b, const void *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 256;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *p = arena_alloc(b->a, cap);
		if (b->len)
			memcpy(p, b->p, b->len);
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void sb_puts(struct sb *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

static char *sb_str(struct sb *b)
{
	return b->p ? b->p : arena_strdup(b->a, "");
}

/* ------------------------------------------------------------ addresses */

static bool atext(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       (c && strchr("!#$%&'*+-/=?^_`{|}~", c));
}

static bool host_ok(const char *d)
{
	size_t n = strlen(d), label = 0;
	if (n == 0 || n > 253)
		return false;
	for (size_t i = 0; i <= n; i++) {
		unsigned char c = (unsigned char)d[i];
		if (c == '.' || c == '\0') {
			/* a label: 1-63 letters, digits and hyphens, no hyphen at either end */
			if (label == 0 || label > 63 || d[i - 1] == '-' || d[i - label] == '-')
				return false;
			label = 0;
		} else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			   (c >= '0' && c <= '9') || c == '-') {
			label++;
		} else {
			return false;
		}
	}
	return true;
}

bool mail_addr_valid(const char *addr)
{
	if (!addr)
		return false;
	const char *at = strrchr(addr, '@');
	size_t n = strlen(addr);
	if (!at || n > 254)
		return false;
	size_t local = (size_t)(at - addr);
	if (local == 0 || local > 64 || addr[0] == '.' || addr[local - 1] == '.')
		return false;
	for (size_t i = 0; i < local; i++) {
		unsigned char c = (unsigned char)addr[i];
		if (c == '.' ? addr[i + 1] == '.' : !atext(c))
			return false;
	}
	return host_ok(at + 1);
}

static bool has_crlf(const char *s)
{
	return strpbrk(s, "\r\n") != NULL;
}

static const char *trim(struct arena *a, const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return arena_strndup(a, s, n);
}

int mail_parse_from(struct arena *a, const char *spec, const char **name, const char **addr)
{
	*name = "";
	*addr = "";
	if (!spec || has_crlf(spec) || !utf8_valid(spec, strlen(spec)))
		return -1;
	const char *lt = strrchr(spec, '<');
	if (!lt) {
		*addr = trim(a, spec, strlen(spec));
		return mail_addr_valid(*addr) ? 0 : -1;
	}
	const char *gt = strchr(lt, '>');
	if (!gt || *trim(a, gt + 1, strlen(gt + 1)))
		return -1;
	*addr = arena_strndup(a, lt + 1, (size_t)(gt - lt - 1));
	const char *n = trim(a, spec, (size_t)(lt - spec));
	size_t len = strlen(n);
	if (len >= 2 && n[0] == '"' && n[len - 1] == '"') {   /* a quoted-string: unquote */
		char *u = arena_alloc(a, len), *o = u;
		for (size_t i = 1; i + 1 < len; i++) {
			if (n[i] == '\\' && i + 2 < len)
				i++;
			*o++ = n[i];
		}
		*o = '\0';
		n = u;
	}
	*name = n;
	return mail_addr_valid(*addr) ? 0 : -1;
}

/* ------------------------------------------------------------- headers */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void base64(struct sb *b, const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		char q[4] = { b64[v >> 18 & 63], b64[v >> 12 & 63],
			      i + 1 < n ? b64[v >> 6 & 63] : '=', i + 2 < n ? b64[v & 63] : '=' };
		sb_add(b, q, 4);
	}
}

static size_t utf8_seq_len(unsigned char c)
{
	return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
}

/* S as encoded-words starting at column COL of the current line; each line
 * (the folding space included) stays within 76 characters and no character
 * is split between two words (RFC 2047 5). Returns the final column. */
static size_t encode_words(struct sb *b, size_t col, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	static const char pre[] = "=?UTF-8?B?", post[] = "?=";
	const size_t overhead = sizeof pre - 1 + sizeof post - 1;
	size_t i = 0;
	while (i < n) {
		if (i > 0) {    /* each further word on a folded line of its own */
			sb_add(b, "\r\n ", 3);
			col = 1;
		}
		size_t take;
		for (;;) {
			size_t room = col + overhead < LINE_MAX_ENC ? LINE_MAX_ENC - col - overhead : 0;
			size_t max = room / 4 * 3;
			take = 0;
			while (i + take < n && take + utf8_seq_len(s[i + take]) <= max)
				take += utf8_seq_len(s[i + take]);
			if (take > 0 || col <= 1)
				break;
			sb_add(b, "\r\n ", 3);   /* the line is already too full */
			col = 1;
		}
		if (take == 0)
			return col;     /* cannot happen: a folded line holds 45 bytes */
		sb_add(b, pre, sizeof pre - 1);
		base64(b, s + i, take);
		sb_add(b, post, sizeof post - 1);
		col += overhead + (take + 2) / 3 * 4;
		i += take;
	}
	return col;
}

/* Printable ASCII that cannot be taken for an encoded-word. */
static bool plain_ascii(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p > 0x7E)
			return false;
	return strstr(s, "=?") == NULL;
}

static bool value_ok(const char *v)
{
	return v && !has_crlf(v) && utf8_valid(v, strlen(v));
}

char *mail_header_text(struct arena *a, const char *name, const char *value)
{
	if (!value_ok(value) || !value_ok(name))
		return NULL;
	struct sb b = { .a = a };
	sb_puts(&b, name);
	sb_puts(&b, ": ");
	size_t n = strlen(value);
	if (plain_ascii(value) && b.len + n <= LINE_MAX_HDR)
		sb_add(&b, value, n);
	else
		encode_words(&b, b.len, value, n);
	return sb_str(&b);
}

/* The From header: the display name as atoms, a quoted-string or
 * encoded-words, then the address. */
static char *from_header(struct arena *a, const char *name, const char *addr)
{
	struct sb b = { .a = a };
	sb_puts(&b, "From: ");
	size_t col = b.len;
	if (*name) {
		bool atoms = plain_ascii(name);
		for (const char *p = name; atoms && *p; p++)
			atoms = *p == ' ' || atext((unsigned char)*p);
		if (atoms) {
			sb_puts(&b, name);
			col += strlen(name);
		} else if (plain_ascii(name)) {
			sb_puts(&b, "\"");
			for (const char *p = name; *p; p++) {
				if (*p == '"' || *p == '\\')
					sb_puts(&b, "\\");
				sb_add(&b, p, 1);
			}
			sb_puts(&b, "\"");
			col = b.len;
		} else {
			col = encode_words(&b, col, name, strlen(name));
		}
		if (col + 3 + strlen(addr) > LINE_MAX_HDR) {
			sb_puts(&b, "\r\n");
			col = 0;
		}
		sb_puts(&b, " <");
		sb_puts(&b, addr);
		sb_puts(&b, ">");
	} else {
		sb_puts(&b, addr);
	}
	return sb_str(&b);
}

/* -------------------------------------------------------------- body */

static void qp_line(struct sb *b, const unsigned char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t col = 0;
	for (size_t k = 0; k < n; k++) {
		unsigned char c = s[k];
		bool last = k + 1 == n;
		char tok[3];
		size_t len = 1;
		if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
			tok[0] = (char)c;
		} else {
			tok[0] = '=';
			tok[1] = hex[c >> 4];
			tok[2] = hex[c & 15];
			len = 3;
		}
		/* leave room for the "=" of a soft break unless this ends the line */
		if (col + len > (last ? LINE_MAX_ENC : LINE_MAX_ENC - 1)) {
			sb_add(b, "=\r\n", 3);
			col = 0;
		}
		sb_add(b, tok, len);
		col += len;
	}
}

char *mail_qp_encode(struct arena *a, const char *text, size_t len)
{
	struct sb b = { .a = a };
	size_t i = 0;
	while (i < len) {
		size_t e = i;
		while (e < len && text[e] != '\n')
			e++;
		size_t end = e;
		if (end > i && text[end - 1] == '\r')
			end--;
		qp_line(&b, (const unsigned char *)text + i, end - i);
		sb_add(&b, "\r\n", 2);
		i = e + 1;     /* past the LF (or past the end) */
	}
	return sb_str(&b);
}

/* ------------------------------------------------------------- message */

char *mail_date(struct arena *a, time_t t)
{
	static const char days[7][4] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char months[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm tm;
	gmtime_r(&t, &tm);
	return arena_printf(a, "%s, %02d %s %04d %02d:%02d:%02d +0000", days[tm.tm_wday],
			    tm.tm_mday, months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
			    tm.tm_sec);
}

char *mail_message_id(struct arena *a, const char *domain)
{
	return arena_printf(a, "<%s@%s>", token_hex(a, 16), domain);
}

char *mail_outbox_message_id(struct arena *a, long long id, const char *key, const char *domain)
{
	if (!key || !*key || id <= 0)
		return NULL;
	for (const char *p = key; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
			return NULL;
	return arena_printf(a, "<outbox-%lld.%s@%s>", id, key, domain);
}

/* ---------------------------------------------------------- attachment */

/* DATA as base64 lines of 76 characters (57 bytes each), CRLF after each. */
static void base64_lines(struct sb *b, const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i += 57) {
		base64(b, s + i, n - i < 57 ? n - i : 57);
		sb_add(b, "\r\n", 2);
	}
}

/* A file name we put in a header as is: letters, digits, '.', '-', '_'. */
static bool file_name_ok(const char *s)
{
	size_t n = strlen(s);
	return n > 0 && n <= 60 && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
				   "0123456789.-_") == n && s[0] != '.';
}

/* A media type with its parameters: printable ASCII, no quotes or backslashes;
 * short enough, like the file name, for its header line to stay within 78. */
static bool media_type_ok(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 64 || !strchr(s, '/'))
		return false;
	for (; *s; s++)
		if (*s < 32 || *s > 126 || *s == '"' || *s == '\\')
			return false;
	return true;
}

/* What makes the message unsafe to build, or NULL. */
static const char *message_refused(const struct mail_message *m)
{
	if (!mail_addr_valid(m->to))
		return "invalid recipient address";
	if (m->body && !utf8_valid(m->body, strlen(m->body)))
		return "body not UTF-8";
	if (!m->attachment)
		return NULL;
	if (!m->attachment_name || !file_name_ok(m->attachment_name))
		return "invalid attachment file name";
	if (!m->attachment_type || !media_type_ok(m->attachment_type))
		return "invalid attachment media type";
	return NULL;
}

static void text_part(struct arena *a, struct sb *b, const char *body)
{
	sb_puts(b, "Content-Type: text/plain; charset=UTF-8\r\n"
		   "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
	sb_puts(b, mail_qp_encode(a, body, strlen(body)));
}

/* The body and the attachment as multipart/mixed. The boundary begins with
 * "=_", which neither quoted-printable nor base64 can produce. */
static void mixed_parts(struct arena *a, struct sb *b, const struct mail_message *m,
			const char *body)
{
	const char *boundary = arena_printf(a, "=_vm_%s", token_hex(a, 12));
	sb_puts(b, arena_printf(a, "Content-Type: multipart/mixed; boundary=\"%s\"\r\n"
				"Auto-Submitted: auto-generated\r\n\r\n"
				"This is a multipart message in MIME format.\r\n\r\n--%s\r\n",
				boundary, boundary));
	text_part(a, b, body);
	sb_puts(b, arena_printf(a, "\r\n--%s\r\nContent-Type: %s;\r\n\tname=\"%s\"\r\n"
				"Content-Transfer-Encoding: base64\r\n"
				"Content-Disposition: attachment;\r\n\tfilename=\"%s\"\r\n\r\n",
				boundary, m->attachment_type, m->attachment_name,
				m->attachment_name));
	base64_lines(b, (const unsigned char *)m->attachment, strlen(m->attachment));
	sb_puts(b, arena_printf(a, "\r\n--%s--\r\n", boundary));
}

char *mail_build(struct arena *a, const struct mail_message *m, size_t *len, const char **err)
{
	const char *name, *from_addr;
	*len = 0;
	if (mail_parse_from(a, m->from, &name, &from_addr) < 0) {
		*err = "invalid From address (Mail.From)";
		return NULL;
	}
	if ((*err = message_refused(m)))
		return NULL;
	char *subject = mail_header_text(a, "Subject", m->subject ? m->subject : "");
	if (!subject) {
		*err = "subject with CR/LF or not UTF-8";
		return NULL;
	}
	const char *body = m->body ? m->body : "";
	const char *mid = m->message_id ? m->message_id
					: mail_message_id(a, strrchr(from_addr, '@') + 1);
	if (has_crlf(mid)) {
		*err = "Message-ID with CR/LF";
		return NULL;
	}
	struct sb b = { .a = a };
	sb_puts(&b, from_header(a, name, from_addr));
	sb_puts(&b, "\r\nTo: ");
	sb_puts(&b, m->to);
	sb_puts(&b, "\r\n");
	sb_puts(&b, subject);
	sb_puts(&b, "\r\nDate: ");
	sb_puts(&b, mail_date(a, m->date));
	/* a msg-id cannot be folded inside: a long one goes on a line of its own */
	sb_puts(&b, strlen(mid) > 78 - sizeof "Message-ID: " + 1 ? "\r\nMessage-ID:\r\n " : "\r\nMessage-ID: ");
	sb_puts(&b, mid);
	sb_puts(&b, "\r\nMIME-Version: 1.0\r\n");
	if (m->attachment) {
		mixed_parts(a, &b, m, body);
	} else {
		sb_puts(&b, "Auto-Submitted: auto-generated\r\n");
		text_part(a, &b, body);
	}
	*len = b.len;
	return sb_str(&b);
}
