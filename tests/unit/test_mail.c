/* test_mail.c - e-mail messages (mail/message.c): quoted-printable bodies,
 * RFC 2047 subjects, addresses, header injection, CRLF, Date and Message-ID,
 * the multipart/mixed message with an attached calendar file.
 * Encoded text is decoded again here by independent decoders and compared
 * with the input. */
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/arena.h"
#include "core/query.h"
#include "mail/message.h"

#define FROM "Comune di Valdimonte <noreply@comune.valdimonte.it>"

/* ------------------------------------------------------------ helpers */

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;     /* lowercase is not what we emit */
}

/* Quoted-printable back to text (CRLF hard breaks kept); asserts the shape of
 * every line on the way: CRLF only, at most 76 characters, printable ASCII,
 * no whitespace at the end, "=" only as "=XX" or a final soft break. */
static char *qp_decode(struct arena *a, const char *qp)
{
	size_t n = strlen(qp);
	char *out = arena_alloc(a, n + 1), *o = out;
	const char *p = qp;
	while (*p) {
		const char *eol = strstr(p, "\r\n");
		assert_non_null(eol);                      /* every line ends with CRLF */
		size_t len = (size_t)(eol - p);
		assert_true(len <= 76);
		assert_null(memchr(p, '\n', len));         /* no bare LF */
		assert_null(memchr(p, '\r', len));         /* no bare CR */
		if (len)
			assert_true(p[len - 1] != ' ' && p[len - 1] != '\t');
		bool soft = false;
		for (size_t i = 0; i < len; i++) {
			unsigned char c = (unsigned char)p[i];
			assert_true((c >= 33 && c <= 126) || c == ' ' || c == '\t');
			if (c != '=') {
				*o++ = (char)c;
				continue;
			}
			if (i == len - 1) {
				soft = true;
				break;
			}
			assert_true(i + 2 < len);
			int h = hexval(p[i + 1]), l = hexval(p[i + 2]);
			assert_true(h >= 0 && l >= 0);
			*o++ = (char)(h << 4 | l);
			i += 2;
		}
		if (!soft) {
			*o++ = '\r';
			*o++ = '\n';
		}
		p = eol + 2;
	}
	*o = '\0';
	return out;
}

/* What the encoder must give back once decoded: LF or CRLF line ends as
 * CRLF, and a final CRLF. */
static char *crlf_text(struct arena *a, const char *s)
{
	size_t n = strlen(s);
	char *out = arena_alloc(a, 2 * n + 3), *o = out;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\r' && s[i + 1] == '\n')
			continue;
		if (s[i] == '\n') {
			*o++ = '\r';
			*o++ = '\n';
		} else {
			*o++ = s[i];
		}
	}
	if (n && s[n - 1] != '\n') {
		*o++ = '\r';
		*o++ = '\n';
	}
	*o = '\0';
	return out;
}

static int b64val(char c)
{
	const char *t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = c ? strchr(t, c) : NULL;
	return p ? (int)(p - t) : -1;
}

/* The value of an encoded header ("Name: =?UTF-8?B?..?=\r\n =?UTF-8?B?..?=")
 * decoded; asserts the folding and the shape of each encoded-word, and that
 * each word holds whole UTF-8 characters. */
static char *header_decode(struct arena *a, const char *header, const char *name)
{
	size_t nl = strlen(name);
	assert_memory_equal(header, name, nl);
	assert_memory_equal(header + nl, ": ", 2);
	/* lines: at most 76 characters, continuation lines start with a space */
	for (const char *p = header;;) {
		const char *eol = strstr(p, "\r\n");
		size_t len = eol ? (size_t)(eol - p) : strlen(p);
		assert_true(len <= 76);
		assert_null(memchr(p, '\n', len));
		assert_null(memchr(p, '\r', len));
		if (p != header)
			assert_true(p[0] == ' ');
		if (!eol)
			break;
		p = eol + 2;
	}
	char *out = arena_alloc(a, strlen(header) + 1), *o = out;
	const char *p = header + nl + 2;
	while (*p) {
		while (*p == ' ' || *p == '\r' || *p == '\n')
			p++;
		if (!*p)
			break;
		assert_memory_equal(p, "=?UTF-8?B?", 10);
		p += 10;
		const char *end = strstr(p, "?=");
		assert_non_null(end);
		assert_true((end - p) % 4 == 0);
		char *word = o;
		for (; p < end; p += 4) {
			int v[4];
			for (int k = 0; k < 4; k++)
				v[k] = p[k] == '=' ? 0 : b64val(p[k]);
			for (int k = 0; k < 4; k++)
				assert_true(v[k] >= 0);
			unsigned x = (unsigned)(v[0] << 18 | v[1] << 12 | v[2] << 6 | v[3]);
			*o++ = (char)(x >> 16);
			if (p[2] != '=')
				*o++ = (char)(x >> 8 & 255);
			if (p[3] != '=')
				*o++ = (char)(x & 255);
		}
		assert_true(utf8_valid(word, (size_t)(o - word)));   /* no split character */
		p = end + 2;
	}
	*o = '\0';
	return out;
}

/* The value of header NAME in MSG (first line only), or NULL. */
static char *header_line(struct arena *a, const char *msg, const char *name)
{
	size_t nl = strlen(name);
	for (const char *p = msg; p && *p && !(p[0] == '\r' && p[1] == '\n');) {
		const char *eol = strstr(p, "\r\n");
		if (strncmp(p, name, nl) == 0 && p[nl] == ':')
			return arena_strndup(a, p + nl + 2, (size_t)(eol - p) - nl - 2);
		p = eol ? eol + 2 : NULL;
	}
	return NULL;
}

/* ---------------------------------------------------- quoted-printable */

static void test_qp_basic(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	assert_string_equal(mail_qp_encode(a, "Città", strlen("Città")), "Citt=C3=A0\r\n");
	assert_string_equal(mail_qp_encode(a, "a=b", 3), "a=3Db\r\n");
	assert_string_equal(mail_qp_encode(a, "", 0), "");
	assert_string_equal(mail_qp_encode(a, "uno\ndue\r\ntre\n", 13), "uno\r\ndue\r\ntre\r\n");
	assert_string_equal(mail_qp_encode(a, "\n\n", 2), "\r\n\r\n");
	/* a lone CR is data, not a line break */
	assert_string_equal(mail_qp_encode(a, "a\rb", 3), "a=0Db\r\n");
	/* 8-bit bytes and controls escaped, upper-case hex */
	assert_string_equal(mail_qp_encode(a, "\x01\x7f\xff", 3), "=01=7F=FF\r\n");
	arena_free(a);
}

static void test_qp_trailing_space(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	assert_string_equal(mail_qp_encode(a, "a b \nc\t\n", 8), "a b=20\r\nc=09\r\n");
	assert_string_equal(mail_qp_encode(a, "  ", 2), " =20\r\n");
	assert_string_equal(mail_qp_encode(a, "x \r\ny", 5), "x=20\r\ny\r\n");
	arena_free(a);
}

static void test_qp_exactly_76(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	char line[200];
	memset(line, 'a', 76);
	line[76] = '\0';
	char *qp = mail_qp_encode(a, line, 76);
	assert_int_equal(strlen(qp), 78);               /* one line, no soft break */
	assert_memory_equal(qp + 76, "\r\n", 2);

	memset(line, 'a', 77);                           /* one more: a soft break */
	line[77] = '\0';
	qp = mail_qp_encode(a, line, 77);
	assert_int_equal(strlen(qp), 75 + 3 + 2 + 2);
	assert_memory_equal(qp + 75, "=\r\naa\r\n", 7);

	/* 75 characters then an escape: the escape goes on the next line */
	memset(line, 'b', 75);
	strcpy(line + 75, "=");
	qp = mail_qp_encode(a, line, 76);
	assert_string_equal(qp + 75, "=\r\n=3D\r\n");

	/* 73 + an escape ending the line: 76 exactly, allowed */
	memset(line, 'c', 73);
	strcpy(line + 73, "=");
	qp = mail_qp_encode(a, line, 74);
	assert_int_equal(strlen(qp), 78);

	/* a trailing space at column 76 becomes =20 and no longer fits */
	memset(line, 'd', 75);
	strcpy(line + 75, " ");
	qp = mail_qp_encode(a, line, 76);
	assert_string_equal(qp + 75, "=\r\n=20\r\n");
	assert_string_equal(qp_decode(a, qp), crlf_text(a, line));
	arena_free(a);
}

static void test_qp_long_lines(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	/* long lines of every kind: plain, accented (escapes never split), '='
	 * and spaces at the soft-break positions */
	const char *pieces[] = { "Città ", "perché ", "a=b ", "x", "  ", "\t", "€", "😀", "=" };
	for (int seed = 1; seed <= 300; seed++) {
		char text[4096];
		size_t n = 0;
		unsigned r = (unsigned)seed * 2654435761u;
		while (n < 3000) {
			r = r * 1103515245u + 12345u;
			const char *p = (r >> 16) % 23 == 0 ? ((r >> 8) & 1 ? "\n" : "\r\n")
							      : pieces[(r >> 16) % 9];
			size_t len = strlen(p);
			memcpy(text + n, p, len);
			n += len;
		}
		text[n] = '\0';
		char *qp = mail_qp_encode(a, text, n);
		assert_string_equal(qp_decode(a, qp), crlf_text(a, text));
		arena_reset(a);
	}
	/* one 1000-byte line of escapes only */
	char big[1001];
	memset(big, '\xE9', 1000);
	big[1000] = '\0';
	char *qp = mail_qp_encode(a, big, 1000);
	assert_string_equal(qp_decode(a, qp), crlf_text(a, big));
	assert_int_equal(strncmp(qp, "=E9=E9", 6), 0);
	/* 25 escapes (75 characters) then the soft break */
	assert_memory_equal(qp + 75, "=\r\n", 3);
	arena_free(a);
}

/* ------------------------------------------------------------- headers */

static void test_subject_ascii(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	assert_string_equal(mail_header_text(a, "Subject", "Pratica 2025/000123 ricevuta"),
			    "Subject: Pratica 2025/000123 ricevuta");
	assert_string_equal(mail_header_text(a, "Subject", ""), "Subject: ");
	/* looks like an encoded-word: encoded, so that it is read as typed */
	char *h = mail_header_text(a, "Subject", "=?UTF-8?B?abc?=");
	assert_memory_equal(h, "Subject: =?UTF-8?B?", 19);
	assert_string_equal(header_decode(a, h, "Subject"), "=?UTF-8?B?abc?=");
	/* too long for one line: encoded (and folded) rather than over 78 */
	char longer[200];
	memset(longer, 'x', 150);
	longer[150] = '\0';
	h = mail_header_text(a, "Subject", longer);
	assert_non_null(strstr(h, "\r\n "));
	assert_string_equal(header_decode(a, h, "Subject"), longer);
	/* a control character (tab) is not sent raw */
	h = mail_header_text(a, "Subject", "a\tb");
	assert_string_equal(header_decode(a, h, "Subject"), "a\tb");
	arena_free(a);
}

static void test_subject_rfc2047(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	char *h = mail_header_text(a, "Subject", "Città");
	assert_string_equal(h, "Subject: =?UTF-8?B?Q2l0dMOg?=");

	const char *subjects[] = {
		"La pratica n. 2025/000123 è stata presa in carico dall'Ufficio Tecnico — Città di Valdimonte",
		"àèéìòù àèéìòù àèéìòù àèéìòù àèéìòù àèéìòù àèéìòù àèéìòù àèéìòù àèéìòù àèéìòù",
		"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
		"a€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€",
		"ab€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€",
		"Perché?",
	};
	for (size_t i = 0; i < sizeof subjects / sizeof *subjects; i++) {
		h = mail_header_text(a, "Subject", subjects[i]);
		assert_non_null(h);
		assert_string_equal(header_decode(a, h, "Subject"), subjects[i]);
	}
	/* 300 characters (the column's maximum), all 2-byte */
	char big[700] = "";
	for (int i = 0; i < 300; i++)
		strcat(big, "à");
	h = mail_header_text(a, "Subject", big);
	assert_string_equal(header_decode(a, h, "Subject"), big);
	/* not UTF-8 */
	assert_null(mail_header_text(a, "Subject", "Citt\xE0"));
	arena_free(a);
}

static void test_header_injection(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	assert_null(mail_header_text(a, "Subject", "Ciao\r\nBcc: victim@example.org"));
	assert_null(mail_header_text(a, "Subject", "Ciao\nBcc: victim@example.org"));
	assert_null(mail_header_text(a, "Subject", "Ciao\r"));
	assert_null(mail_header_text(a, "Subject", "\n"));
	assert_null(mail_header_text(a, "Subject", "Città\r\n"));

	size_t len;
	const char *err = NULL;
	struct mail_message m = { .from = FROM, .to = "mario.rossi@example.org", .subject = "Ciao",
				  .body = "x", .date = 0 };
	assert_non_null(mail_build(a, &m, &len, &err));
	m.subject = "Ciao\r\nBcc: victim@example.org";
	assert_null(mail_build(a, &m, &len, &err));
	assert_non_null(err);
	m.subject = "Ciao";
	const char *bad_to[] = { "mario@example.org\r\nBcc: victim@example.org",
				 "mario@example.org\nRCPT TO:<victim@example.org>",
				 "mario@example.org>\r\nRCPT TO:<victim@example.org",
				 "<mario@example.org>", "Mario <mario@example.org>",
				 "mario rossi@example.org", "mario@example.org, victim@example.org", "" };
	for (size_t i = 0; i < sizeof bad_to / sizeof *bad_to; i++) {
		m.to = bad_to[i];
		err = NULL;
		assert_null(mail_build(a, &m, &len, &err));
		assert_non_null(err);
	}
	m.to = "mario.rossi@example.org";
	m.from = "Comune\r\nBcc: victim@example.org <noreply@comune.valdimonte.it>";
	assert_null(mail_build(a, &m, &len, &err));
	m.from = FROM;
	m.message_id = "<a@b>\r\nBcc: victim@example.org";
	assert_null(mail_build(a, &m, &len, &err));
	arena_free(a);
}

static void test_addresses(void **state)
{
	(void)state;
	const char *good[] = { "mario.rossi@example.org", "a@b", "x+tag@sub.example.it",
			       "o'brien@example.ie", "UFFICIO_tecnico-1@comune.valdimonte.it" };
	const char *bad[] = { "", "@example.org", "mario@", "mario", "mario..rossi@example.org",
			      ".mario@example.org", "mario.@example.org", "mario@-example.org",
			      "mario@example-.org", "mario@example..org", "mario@exa mple.org",
			      "mar\"io@example.org", "mario@example.org.", "mário@example.org",
			      "mario@exämple.org", "a@b@c", "mario@example.org\r\n", "<a@b>",
			      "a\x01@example.org" };
	for (size_t i = 0; i < sizeof good / sizeof *good; i++)
		assert_true(mail_addr_valid(good[i]));
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_false(mail_addr_valid(bad[i]));
	char longlocal[80];
	memset(longlocal, 'a', 65);
	strcpy(longlocal + 65, "@b.it");
	assert_false(mail_addr_valid(longlocal));

	struct arena *a = arena_new();
	const char *name, *addr;
	assert_int_equal(mail_parse_from(a, FROM, &name, &addr), 0);
	assert_string_equal(name, "Comune di Valdimonte");
	assert_string_equal(addr, "noreply@comune.valdimonte.it");
	assert_int_equal(mail_parse_from(a, "noreply@comune.valdimonte.it", &name, &addr), 0);
	assert_string_equal(name, "");
	assert_int_equal(mail_parse_from(a, "\"Comune, Ufficio \\\"URP\\\"\" <urp@x.it>", &name, &addr), 0);
	assert_string_equal(name, "Comune, Ufficio \"URP\"");
	assert_int_equal(mail_parse_from(a, "Comune <urp@x.it> trailing", &name, &addr), -1);
	assert_int_equal(mail_parse_from(a, "Comune <not an address>", &name, &addr), -1);
	arena_free(a);
}

/* ------------------------------------------------------------- message */

static void assert_crlf_only(const char *msg, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (msg[i] == '\n')
			assert_true(i > 0 && msg[i - 1] == '\r');
		if (msg[i] == '\r')
			assert_true(i + 1 < len && msg[i + 1] == '\n');
	}
	assert_true(len >= 2 && msg[len - 2] == '\r' && msg[len - 1] == '\n');
}

/* No line over 78 characters, headers and body alike. */
static void assert_lines_within_78(const char *msg)
{
	for (const char *p = msg; *p;) {
		const char *eol = strstr(p, "\r\n");
		assert_true(eol - p <= 78);
		p = eol + 2;
	}
}

static void test_build(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	const char *body = "Gentile cittadino,\n\nla sua segnalazione è stata registrata con il "
			   "numero di protocollo 2025/000123 e assegnata all'Ufficio Tecnico, che "
			   "risponderà entro 30 giorni.\n.\nUna riga con = e spazi finali   \n"
			   "Comune di Valdimonte";
	struct mail_message m = { .from = FROM, .to = "mario.rossi@example.org",
				  .subject = "Segnalazione registrata: è in attesa di presa in carico",
				  .body = body, .date = 1751360703 /* 2025-07-01 09:05:03 UTC */ };
	size_t len;
	const char *err = NULL;
	char *msg = mail_build(a, &m, &len, &err);
	assert_non_null(msg);
	assert_int_equal(strlen(msg), len);
	assert_crlf_only(msg, len);
	assert_lines_within_78(msg);
	assert_string_equal(header_line(a, msg, "From"), FROM);
	assert_string_equal(header_line(a, msg, "To"), "mario.rossi@example.org");
	assert_string_equal(header_line(a, msg, "Date"), "Tue, 01 Jul 2025 09:05:03 +0000");
	assert_string_equal(header_line(a, msg, "MIME-Version"), "1.0");
	assert_string_equal(header_line(a, msg, "Content-Type"), "text/plain; charset=UTF-8");
	assert_string_equal(header_line(a, msg, "Content-Transfer-Encoding"), "quoted-printable");
	assert_string_equal(header_line(a, msg, "Auto-Submitted"), "auto-generated");
	/* the subject, unfolded and decoded */
	const char *s = strstr(msg, "\r\nSubject: ") + 2;
	const char *end = strstr(s, "\r\nDate: ");
	assert_string_equal(header_decode(a, arena_strndup(a, s, (size_t)(end - s)), "Subject"),
			    m.subject);
	/* the body after the first empty line, decoded */
	const char *sep = strstr(msg, "\r\n\r\n");
	assert_non_null(sep);
	assert_string_equal(qp_decode(a, sep + 4), crlf_text(a, body));
	assert_non_null(strstr(sep, "=C3=A8"));          /* è */
	assert_non_null(strstr(sep, "finali  =20\r\n"));
	arena_free(a);
}

static void test_date(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	assert_string_equal(mail_date(a, 0), "Thu, 01 Jan 1970 00:00:00 +0000");
	assert_string_equal(mail_date(a, 951782400), "Tue, 29 Feb 2000 00:00:00 +0000");
	assert_string_equal(mail_date(a, 1767225599), "Wed, 31 Dec 2025 23:59:59 +0000");
	arena_free(a);
}

static void test_message_id(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	char *ids[50];
	for (int i = 0; i < 50; i++) {
		char *id = ids[i] = mail_message_id(a, "comune.valdimonte.it");
		/* <32 hex digits@domain> */
		assert_int_equal(strlen(id), 1 + 32 + 1 + strlen("comune.valdimonte.it") + 1);
		assert_int_equal(id[0], '<');
		for (int k = 1; k <= 32; k++)
			assert_non_null(strchr("0123456789abcdef", id[k]));
		assert_string_equal(id + 33, "@comune.valdimonte.it>");
		for (int j = 0; j < i; j++)
			assert_string_not_equal(ids[j], id);
	}
	/* mail_build puts a fresh one at the From domain */
	struct mail_message m = { .from = FROM, .to = "a@b.it", .subject = "x", .body = "y" };
	size_t len;
	const char *err;
	char *one = header_line(a, mail_build(a, &m, &len, &err), "Message-ID");
	char *two = header_line(a, mail_build(a, &m, &len, &err), "Message-ID");
	assert_non_null(strstr(one, "@comune.valdimonte.it>"));
	assert_string_not_equal(one, two);
	/* an outbox row's id grows: a long Message-ID goes on a folded line of
	 * its own rather than over 78 characters */
	m.message_id = mail_outbox_message_id(a, 123456789012LL, "0123456789abcdef0123456789abcdef",
					      "comune.valdimonte.it");
	char *msg = mail_build(a, &m, &len, &err);
	assert_non_null(msg);
	assert_lines_within_78(msg);
	const char *at = strstr(msg, "\r\nMessage-ID:\r\n <outbox-123456789012.");
	assert_non_null(at);
	arena_free(a);
}

static void test_from_header(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct mail_message m = { .to = "a@b.it", .subject = "x", .body = "y" };
	size_t len;
	const char *err;
	m.from = "noreply@comune.valdimonte.it";
	assert_string_equal(header_line(a, mail_build(a, &m, &len, &err), "From"),
			    "noreply@comune.valdimonte.it");
	m.from = "Comune di Valdimonte, URP <urp@comune.valdimonte.it>";
	assert_string_equal(header_line(a, mail_build(a, &m, &len, &err), "From"),
			    "\"Comune di Valdimonte, URP\" <urp@comune.valdimonte.it>");
	m.from = "Città di Valdimonte <noreply@comune.valdimonte.it>";
	char *h = header_line(a, mail_build(a, &m, &len, &err), "From");
	assert_string_equal(h, "=?UTF-8?B?Q2l0dMOgIGRpIFZhbGRpbW9udGU=?= <noreply@comune.valdimonte.it>");
	arena_free(a);
}

static void test_invalid_utf8_body(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct mail_message m = { .from = FROM, .to = "a@b.it", .subject = "x", .body = "Citt\xE0" };
	size_t len;
	const char *err = NULL;
	assert_null(mail_build(a, &m, &len, &err));
	assert_non_null(err);
	arena_free(a);
}

/* Base64 lines back to bytes; asserts every line is CRLF-ended and at most 76. */
static char *b64_decode(struct arena *a, const char *p, const char *end)
{
	static const char al[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char *out = arena_alloc(a, (size_t)(end - p) + 1), *o = out;
	unsigned v = 0;
	int bits = 0;
	while (p < end) {
		const char *eol = strstr(p, "\r\n");
		assert_non_null(eol);
		assert_true(eol - p <= 76);
		for (; p < eol && *p != '='; p++) {
			const char *k = strchr(al, *p);
			assert_non_null(k);
			v = v << 6 | (unsigned)(k - al);
			if ((bits += 6) >= 8)
				*o++ = (char)(v >> (bits -= 8) & 255);
		}
		p = eol + 2;
	}
	*o = '\0';
	return out;
}

static void test_attachment(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	const char *ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\n"
			  "DTSTART;TZID=Europe/Rome:20261215T092000\r\nSUMMARY:Appuntamento: "
			  "carta d'identità elettronica, una riga lunga più di settantasei "
			  "caratteri\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
	struct mail_message m = { .from = FROM, .to = "mario.rossi@example.org",
				  .subject = "Appuntamento confermato", .body = "Gentile Mario,\nè confermato.",
				  .date = 1751360703, .attachment = ics,
				  .attachment_name = "appuntamento-ABC123.ics",
				  .attachment_type = "text/calendar; charset=UTF-8; method=PUBLISH" };
	size_t len;
	const char *err = NULL;
	char *msg = mail_build(a, &m, &len, &err);
	assert_non_null(msg);
	assert_crlf_only(msg, len);
	assert_lines_within_78(msg);
	const char *ct = header_line(a, msg, "Content-Type");
	assert_true(strncmp(ct, "multipart/mixed; boundary=\"=_", 29) == 0);
	const char *bnd = arena_strndup(a, ct + 27, strlen(ct) - 28);
	const char *open = arena_printf(a, "\r\n--%s\r\n", bnd), *close = arena_printf(a, "\r\n--%s--\r\n", bnd);
	/* two parts, then the closing delimiter at the very end */
	const char *p1 = strstr(msg, open);
	assert_non_null(p1);
	const char *p2 = strstr(p1 + 1, open);
	assert_non_null(p2);
	assert_null(strstr(p2 + 1, open));
	const char *fin = strstr(msg, close);
	assert_non_null(fin);
	assert_string_equal(fin + strlen(close), "");
	/* the text part: quoted-printable, decodes to the body */
	const char *h1 = p1 + strlen(open), *b1 = strstr(h1, "\r\n\r\n") + 4;
	assert_non_null(strstr(arena_strndup(a, h1, (size_t)(b1 - h1)), "Content-Type: text/plain; charset=UTF-8\r\n"));
	assert_string_equal(qp_decode(a, arena_strndup(a, b1, (size_t)(p2 - b1))),
			    "Gentile Mario,\r\nè confermato.\r\n");
	/* the calendar part: base64, decodes to the file byte for byte */
	const char *h2 = p2 + strlen(open), *b2 = strstr(h2, "\r\n\r\n") + 4;
	const char *hdr = arena_strndup(a, h2, (size_t)(b2 - h2));
	assert_non_null(strstr(hdr, "Content-Type: text/calendar; charset=UTF-8; method=PUBLISH;\r\n"
				    "\tname=\"appuntamento-ABC123.ics\"\r\n"));
	assert_non_null(strstr(hdr, "Content-Transfer-Encoding: base64\r\n"));
	assert_non_null(strstr(hdr, "Content-Disposition: attachment;\r\n"
				    "\tfilename=\"appuntamento-ABC123.ics\"\r\n"));
	assert_string_equal(b64_decode(a, b2, fin), ics);
	/* a name or a type that would break the header is refused */
	m.attachment_name = "x\".ics";
	assert_null(mail_build(a, &m, &len, &err));
	m.attachment_name = "a.ics";
	m.attachment_type = "text/calendar\r\nBcc: x@example.org";
	assert_null(mail_build(a, &m, &len, &err));
	arena_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_qp_basic),
		cmocka_unit_test(test_qp_trailing_space),
		cmocka_unit_test(test_qp_exactly_76),
		cmocka_unit_test(test_qp_long_lines),
		cmocka_unit_test(test_subject_ascii),
		cmocka_unit_test(test_subject_rfc2047),
		cmocka_unit_test(test_header_injection),
		cmocka_unit_test(test_addresses),
		cmocka_unit_test(test_build),
		cmocka_unit_test(test_date),
		cmocka_unit_test(test_message_id),
		cmocka_unit_test(test_from_header),
		cmocka_unit_test(test_invalid_utf8_body),
		cmocka_unit_test(test_attachment),
	};
	return cmocka_run_group_tests_name("mail", tests, NULL, NULL);
}
