/* test_ical.c - iCalendar text: TEXT escaping, folding at 75 octets without
 * splitting UTF-8, CRLF everywhere, the event's required properties. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "core/buf.h"
#include "core/ical.h"

/* Every physical line ends in CRLF, has no bare CR or LF and at most 75 octets. */
static void assert_lines_ok(const struct buf *b)
{
	const char *p = b->p, *end = b->p + b->len;
	assert_true(b->len >= 2);
	assert_memory_equal(end - 2, "\r\n", 2);
	while (p < end) {
		const char *crlf = strstr(p, "\r\n");
		assert_non_null(crlf);
		assert_true(crlf - p <= 75);
		for (const char *q = p; q < crlf; q++)
			assert_true(*q != '\r' && *q != '\n');
		p = crlf + 2;
	}
}

/* The logical line: folding undone (CRLF + one space removed). */
static void unfold(const struct buf *b, char *out, size_t cap)
{
	size_t n = 0;
	for (size_t i = 0; i < b->len && n + 1 < cap; i++) {
		if (b->p[i] == '\r' && i + 2 < b->len && b->p[i + 1] == '\n' && b->p[i + 2] == ' ') {
			i += 2;
			continue;
		}
		out[n++] = b->p[i];
	}
	out[n] = '\0';
}

static void test_text_escaping(void **state)
{
	(void)state;
	struct buf b = { 0 };
	ical_text(&b, "SUMMARY", "Sagra, musica; \\ e\r\nballo\nfinale\x01");
	assert_string_equal(b.p, "SUMMARY:Sagra\\, musica\\; \\\\ e\\nballo\\nfinale\r\n");
	buf_fini(&b);
}

static void test_folding_ascii(void **state)
{
	(void)state;
	struct buf b = { 0 };
	char text[301];
	memset(text, 'a', 300);
	text[300] = '\0';
	ical_text(&b, "DESCRIPTION", text);
	assert_lines_ok(&b);
	assert_memory_equal(b.p + 75, "\r\n a", 4);   /* first line exactly 75 octets */
	char logical[512];
	unfold(&b, logical, sizeof logical);
	assert_int_equal(strlen(logical), strlen("DESCRIPTION:") + 300 + 2);
	assert_memory_equal(logical, "DESCRIPTION:", 12);
	buf_fini(&b);
}

static void test_folding_utf8(void **state)
{
	(void)state;
	struct buf b = { 0 };
	char text[400] = "";
	for (int i = 0; i < 60; i++)
		strcat(text, "è");   /* two octets each */
	ical_text(&b, "LOCATION", text);
	assert_lines_ok(&b);
	/* no physical line starts (after its space) with a continuation byte */
	for (const char *p = strstr(b.p, "\r\n "); p; p = strstr(p + 1, "\r\n "))
		assert_true(((unsigned char)p[3] & 0xC0) != 0x80);
	char logical[512];
	unfold(&b, logical, sizeof logical);
	assert_string_equal(logical + strlen("LOCATION:"), strcat(text, "\r\n"));
	buf_fini(&b);
}

static void test_local_time(void **state)
{
	(void)state;
	char t[16];
	assert_int_equal(ical_local_time("2026-12-12 21:30:05", t), 0);
	assert_string_equal(t, "20261212T213005");
	assert_int_equal(ical_local_time("2026-12-12", t), -1);
	assert_int_equal(ical_local_time("2026/12/12 21:30:05", t), -1);
	assert_int_equal(ical_local_time(NULL, t), -1);
}

static void test_event(void **state)
{
	(void)state;
	struct buf b = { 0 };
	struct ical_event e = {
		.uid = "evento-3@valdimonte.example",
		.dtstamp = "20261201T080000Z",
		.start = "2026-12-12 21:00:00",
		.end = "2026-12-12 23:00:00",
		.summary = "Concerto di Natale, coro \"Voci di Valdimonte\"",
		.description = "Ingresso libero; posti limitati.\nPrenotazione consigliata.",
		.location = "Teatro comunale, piazza Garibaldi 1",
		.url = "http://127.0.0.1:8080/eventi/concerto-di-natale",
	};
	assert_int_equal(ical_write_event(&b, "-//Comune di Valdimonte//Portale//IT", &e), 0);
	assert_lines_ok(&b);
	assert_memory_equal(b.p, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", 37);
	assert_non_null(strstr(b.p, "\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Rome\r\n"));
	assert_non_null(strstr(b.p, "\r\nUID:evento-3@valdimonte.example\r\n"));
	assert_non_null(strstr(b.p, "\r\nDTSTAMP:20261201T080000Z\r\n"));
	assert_non_null(strstr(b.p, "\r\nDTSTART;TZID=Europe/Rome:20261212T210000\r\n"));
	assert_non_null(strstr(b.p, "\r\nDTEND;TZID=Europe/Rome:20261212T230000\r\n"));
	assert_non_null(strstr(b.p, "\r\nSUMMARY:Concerto di Natale\\, coro \"Voci di Valdimonte\"\r\n"));
	assert_non_null(strstr(b.p, "\r\nLOCATION:Teatro comunale\\, piazza Garibaldi 1\r\n"));
	assert_non_null(strstr(b.p, "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
	buf_fini(&b);
}

static void test_event_bad_or_empty_range(void **state)
{
	(void)state;
	struct buf b = { 0 };
	struct ical_event e = { .uid = "u", .dtstamp = "20261201T080000Z", .start = "ieri",
				.end = "2026-12-12 23:00:00", .summary = "x" };
	assert_int_equal(ical_write_event(&b, "p", &e), -1);
	assert_int_equal(b.len, 0);
	e.start = e.end;   /* no duration: no DTEND */
	assert_int_equal(ical_write_event(&b, "p", &e), 0);
	assert_null(strstr(b.p, "DTEND"));
	assert_null(strstr(b.p, "DESCRIPTION"));
	buf_fini(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_escaping),
		cmocka_unit_test(test_folding_ascii),
		cmocka_unit_test(test_folding_utf8),
		cmocka_unit_test(test_local_time),
		cmocka_unit_test(test_event),
		cmocka_unit_test(test_event_bad_or_empty_range),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
