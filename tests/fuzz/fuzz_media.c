/* fuzz_media.c - media_sniff, media_photo_process and media_pdf_check on
 * arbitrary bytes: libvips's JPEG, PNG and WebP loaders as the portal drives
 * them (header size check, fail-on=error decode, colour conversion, resize,
 * auto-orientation, JPEG encode) and the PDF structural check. Whatever the
 * input: no crash, no leak, and a coherent verdict - a refusal carries a
 * reason; an acceptance is a JPEG within the size caps.
 *
 * Seeds (corpus/fuzz_media/, 5 KB in all) were written with libvips 8.14 as
 * test_media.c writes its fixtures: tiny JPEGs (EXIF orientation 6 + GPS;
 * greyscale; progressive; "<script>" trailer), PNGs (RGBA, palette, 16-bit,
 * and an IHDR declaring 50000x50000 with real CRCs), WebPs (lossy; lossless
 * with alpha) and a minimal PDF.
 *
 * libvips runs as in a worker: media_init() (cache off, concurrency 1, only
 * the three buffer loaders enabled). Its warnings go through log_msg, which
 * this target replaces with a silent one (so core/log.c is not linked). */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "media/image.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

void log_msg(const char *level, const char *fmt, ...)
{
	(void)level;
	(void)fmt;
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	CHECK(media_init() == 0);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	enum media_kind kind = media_sniff(data, size);
	CHECK(kind >= MEDIA_UNKNOWN && kind <= MEDIA_PDF);

	struct media_photo p;
	const char *why = NULL;
	if (media_photo_process(data, size, &p, &why) == 0) {
		CHECK(kind == MEDIA_JPEG || kind == MEDIA_PNG || kind == MEDIA_WEBP);
		CHECK(p.data && p.len > 4 && media_sniff(p.data, p.len) == MEDIA_JPEG);
		CHECK(p.data[p.len - 2] == 0xFF && p.data[p.len - 1] == 0xD9);
		CHECK(p.thumb && p.thumb_len > 4 && media_sniff(p.thumb, p.thumb_len) == MEDIA_JPEG);
		CHECK(p.width >= 1 && p.height >= 1);
		CHECK(p.width <= MEDIA_MAX_OUT_SIDE && p.height <= MEDIA_MAX_OUT_SIDE);
		CHECK(strlen(p.sha256) == 64);
		CHECK(!p.has_gps || (p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180));
	} else {
		CHECK(why && *why);
		CHECK(!p.data && !p.thumb && !p.has_gps);
	}
	media_photo_free(&p);

	why = NULL;
	if (media_pdf_check(data, size, &why) == 0)
		CHECK(kind == MEDIA_PDF && size <= MEDIA_MAX_PDF);
	else
		CHECK(why && *why);
	return 0;
}
