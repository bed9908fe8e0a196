/* fuzz_markdown.c - markdown_html on arbitrary text: never crashes, and its
 * HTML never carries raw markup from the input (no "<script", no event
 * handler attribute, no javascript: URL), whatever the input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/markdown.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

static int contains_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (const char *p = hay; *p; p++)
		if (strncasecmp(p, needle, n) == 0)
			return 1;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	char *html = markdown_html(text);
	if (html) {
		CHECK(!contains_ci(html, "<script"));
		CHECK(!contains_ci(html, "<img src=x onerror"));
		CHECK(!contains_ci(html, "href=\"javascript:"));
		CHECK(!contains_ci(html, "src=\"javascript:"));
		free(html);
	}
	free(text);
	return 0;
}
