/* fuzz_json.c - tpl_json_string on arbitrary NUL-terminated text: the output
 * is one JSON string literal, inert inside <script>, that decodes back to the
 * input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/tpl.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

static int hex(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
	     : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *in = malloc(size + 1);
	memcpy(in, data, size);
	in[size] = '\0';
	char *out = tpl_json_string(in);
	CHECK(out != NULL);
	size_t len = strlen(out);
	CHECK(len >= 2 && out[0] == '"' && out[len - 1] == '"');

	/* decode the literal; it must end exactly at the closing quote */
	char *dec = malloc(len), *d = dec;
	size_t i = 1;
	for (; i < len - 1; i++) {
		unsigned char c = (unsigned char)out[i];
		CHECK(c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '\'' && c != '"');
		if (c != '\\') {
			*d++ = (char)c;
			continue;
		}
		CHECK(i + 1 < len - 1);
		char e = out[++i];
		if (e == '"' || e == '\\' || e == '/') {
			*d++ = e;
		} else if (e == 'u') {
			CHECK(i + 4 < len - 1);
			int v = 0;
			for (int k = 1; k <= 4; k++) {
				int x = hex(out[i + k]);
				CHECK(x >= 0);
				v = v * 16 + x;
			}
			CHECK(v > 0 && v < 0x80);    /* only ASCII is escaped this way */
			*d++ = (char)v;
			i += 4;
		} else {
			CHECK(e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't');
			*d++ = e == 'b' ? '\b' : e == 'f' ? '\f' : e == 'n' ? '\n' : e == 'r' ? '\r' : '\t';
		}
	}
	*d = '\0';
	CHECK(strcmp(dec, in) == 0);
	free(dec);
	free(out);
	free(in);
	return 0;
}
