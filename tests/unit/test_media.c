/* test_media.c - media/image.c: sniffing by content, the photo pipeline
 * (re-encode, cap, auto-orient, metadata and trailer stripping, GPS read from
 * the original, refusal of truncated, fake and oversized images, the last
 * judged from the header alone) and the PDF structural check.
 *
 * Every fixture is made here, at test time, with libvips itself (or, for the
 * oversized PNG, a hand-assembled header with real CRCs): no binary files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>
#include <openssl/evp.h>
#include <vips/vips.h>
#include <zlib.h>

#include "media/image.h"

#define WHY_TYPE "Il file non è un'immagine JPEG, PNG o WebP."
#define WHY_PIXELS "L'immagine è troppo grande (al massimo 40 megapixel)."
#define WHY_CORRUPT "L'immagine è danneggiata o incompleta."
#define WHY_BYTES "Il file è troppo grande (al massimo 10 MB)."

/* ---- fixtures ------------------------------------------------------------ */

struct blob {
	unsigned char *p;
	size_t n;
};

static void blob_free(struct blob *b)
{
	g_free(b->p);
	b->p = NULL;
	b->n = 0;
}

/* A W x H picture with real content: R = x, G = y (both mod 256), B = 128,
 * plus a pure red 8x8 square in the top-left corner (to follow rotations).
 * BANDS 1 (grey), 3 (sRGB) or 4 (sRGB + alpha: left half opaque, right half
 * fully transparent). A new memory image: draw on it freely. */
static VipsImage *picture(int w, int h, int bands)
{
	VipsImage *xy, *x, *y, *b, *rgb, *u, *out;
	assert_int_equal(vips_xyz(&xy, w, h, NULL), 0);
	assert_int_equal(vips_extract_band(xy, &x, 0, NULL), 0);
	assert_int_equal(vips_extract_band(xy, &y, 1, NULL), 0);
	double zero = 0, blue = 128;
	assert_int_equal(vips_linear(x, &b, &zero, &blue, 1, NULL), 0);
	VipsImage *parts[3] = { x, y, b };
	assert_int_equal(vips_bandjoin(parts, &rgb, 3, NULL), 0);
	VipsImage *m;
	assert_int_equal(vips_remainder_const1(rgb, &m, 256, NULL), 0);
	assert_int_equal(vips_cast_uchar(m, &u, NULL), 0);
	VipsImage *shaped;
	if (bands == 1) {
		assert_int_equal(vips_extract_band(u, &shaped, 0, NULL), 0);
	} else if (bands == 4) {
		VipsImage *ax, *alpha;
		/* alpha = x < w/2 ? 255 : 0 */
		assert_int_equal(vips_less_const1(x, &ax, w / 2, NULL), 0);
		assert_int_equal(vips_cast_uchar(ax, &alpha, NULL), 0);
		VipsImage *p4[2] = { u, alpha };
		assert_int_equal(vips_bandjoin(p4, &shaped, 2, NULL), 0);
		g_object_unref(ax);
		g_object_unref(alpha);
	} else {
		shaped = u;
		g_object_ref(u);
	}
	out = vips_image_copy_memory(shaped);
	assert_non_null(out);
	out->Type = bands == 1 ? VIPS_INTERPRETATION_B_W : VIPS_INTERPRETATION_sRGB;
	double red[4] = { 255, 0, 0, 255 };
	assert_int_equal(vips_draw_rect(out, red, bands, 0, 0, 8, 8, "fill", TRUE, NULL), 0);
	VipsImage *all[] = { xy, x, y, b, rgb, m, u, shaped };
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		g_object_unref(all[i]);
	return out;
}

static struct blob jpeg_of(VipsImage *im)
{
	struct blob b = { 0 };
	void *p;
	assert_int_equal(vips_jpegsave_buffer(im, &p, &b.n, "Q", 90, NULL), 0);
	b.p = p;
	return b;
}

static struct blob png_of(VipsImage *im)
{
	struct blob b = { 0 };
	void *p;
	assert_int_equal(vips_pngsave_buffer(im, &p, &b.n, NULL), 0);
	b.p = p;
	return b;
}

static struct blob webp_of(VipsImage *im)
{
	struct blob b = { 0 };
	void *p;
	assert_int_equal(vips_webpsave_buffer(im, &p, &b.n, "Q", 90, NULL), 0);
	b.p = p;
	return b;
}

static struct blob jpeg_picture(int w, int h)
{
	VipsImage *im = picture(w, h, 3);
	struct blob b = jpeg_of(im);
	g_object_unref(im);
	return b;
}

/* Input plus N bytes of TAIL, as one malloc'd blob (freed with g_free). */
static struct blob with_trailer(const struct blob *in, const void *tail, size_t n)
{
	struct blob b = { g_malloc(in->n + n), in->n + n };
	memcpy(b.p, in->p, in->n);
	memcpy(b.p + in->n, tail, n);
	return b;
}

static int contains(const unsigned char *p, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; k <= n && i <= n - k; i++)
		if (!memcmp(p + i, needle, k))
			return 1;
	return 0;
}

static VipsImage *load_jpeg(const unsigned char *p, size_t n)
{
	VipsImage *im;
	assert_int_equal(vips_jpegload_buffer((void *)p, n, &im, NULL), 0);
	return im;
}

/* What every successful output must be: a JPEG, nothing after its EOI, and
 * among its segments no APPn but APP0 (JFIF), no COM: no EXIF, XMP, ICC,
 * IPTC, comment... And libvips, reading it back, finds no metadata either. */
static void assert_clean_jpeg(const unsigned char *p, size_t n)
{
	assert_int_equal(media_sniff(p, n), MEDIA_JPEG);
	assert_true(n > 4 && p[n - 2] == 0xFF && p[n - 1] == 0xD9);
	size_t i = 2;
	while (i + 4 <= n) {
		assert_int_equal(p[i], 0xFF);
		unsigned m = p[i + 1];
		if (m == 0xDA)   /* start of scan: entropy-coded data follows */
			break;
		size_t seglen = (size_t)p[i + 2] << 8 | p[i + 3];
		assert_true(m != 0xFE);                            /* COM */
		assert_true(m < 0xE1 || m > 0xEF);                 /* APP1..APP15 */
		if (m == 0xE0)
			assert_memory_equal(p + i + 4, "JFIF\0", 5);
		i += 2 + seglen;
	}
	assert_true(i + 4 <= n);
	assert_false(contains(p, n, "Exif"));
	assert_false(contains(p, n, "GPS"));
	assert_false(contains(p, n, "http://ns.adobe.com"));
	VipsImage *im = load_jpeg(p, n);
	static const char *const fields[] = { VIPS_META_EXIF_NAME, VIPS_META_XMP_NAME,
					      VIPS_META_IPTC_NAME, VIPS_META_ICC_NAME,
					      VIPS_META_ORIENTATION, "jpeg-comment",
					      "exif-ifd3-GPSLatitude" };
	for (size_t f = 0; f < sizeof fields / sizeof *fields; f++)
		assert_int_equal(vips_image_get_typeof(im, fields[f]), 0);
	g_object_unref(im);
}

/* Pixel (X, Y) of a decoded JPEG, first three bands. */
static void pixel_at(const unsigned char *p, size_t n, int x, int y, double rgb[3])
{
	VipsImage *im = load_jpeg(p, n);
	double *v;
	int nv;
	assert_int_equal(vips_getpoint(im, &v, &nv, x, y, NULL), 0);
	assert_true(nv >= 1);
	for (int i = 0; i < 3; i++)
		rgb[i] = v[i < nv ? i : 0];
	g_free(v);
	g_object_unref(im);
}

static void process_ok(const struct blob *in, struct media_photo *out)
{
	const char *why = NULL;
	int rc = media_photo_process(in->p, in->n, out, &why);
	if (rc)
		fail_msg("refused: %s", why ? why : "(null)");
	assert_non_null(out->data);
	assert_non_null(out->thumb);
	assert_clean_jpeg(out->data, out->len);
	assert_clean_jpeg(out->thumb, out->thumb_len);
}

static void process_refused(const void *p, size_t n, const char *expect_why)
{
	struct media_photo out;
	const char *why = NULL;
	memset(&out, 0x5a, sizeof out);
	assert_int_equal(media_photo_process(p, n, &out, &why), -1);
	assert_non_null(why);
	assert_string_equal(why, expect_why);
	assert_null(out.data);
	assert_null(out.thumb);
	assert_int_equal(out.has_gps, 0);
	media_photo_free(&out);   /* harmless on a refused result */
}

/* ---- sniffing ------------------------------------------------------------ */

static void test_sniff(void **state)
{
	(void)state;
	assert_int_equal(media_sniff("\xFF\xD8\xFF\xE0", 4), MEDIA_JPEG);
	assert_int_equal(media_sniff("\xFF\xD8\xFF", 3), MEDIA_JPEG);
	assert_int_equal(media_sniff("\xFF\xD8", 2), MEDIA_UNKNOWN);
	assert_int_equal(media_sniff("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), MEDIA_PNG);
	assert_int_equal(media_sniff("\x89PNG\r\n\x1a", 7), MEDIA_UNKNOWN);
	assert_int_equal(media_sniff("\x89PNG\n\n\x1a\n", 8), MEDIA_UNKNOWN);   /* mangled by FTP */
	assert_int_equal(media_sniff("RIFF\x24\0\0\0WEBPVP8 ", 16), MEDIA_WEBP);
	assert_int_equal(media_sniff("RIFF\x24\0\0\0WAVEfmt ", 16), MEDIA_UNKNOWN);
	assert_int_equal(media_sniff("RIFF\x24\0\0\0WEB", 11), MEDIA_UNKNOWN);
	assert_int_equal(media_sniff("%PDF-1.7\n", 9), MEDIA_PDF);
	assert_int_equal(media_sniff("%PDF", 4), MEDIA_UNKNOWN);
	assert_int_equal(media_sniff(" %PDF-1.7\n", 10), MEDIA_UNKNOWN);
	assert_int_equal(media_sniff("GIF89a", 6), MEDIA_UNKNOWN);
	assert_int_equal(media_sniff("<svg xmlns=", 11), MEDIA_UNKNOWN);
	assert_int_equal(media_sniff("<html><script>", 14), MEDIA_UNKNOWN);
	assert_int_equal(media_sniff("PK\x03\x04", 4), MEDIA_UNKNOWN);
	assert_int_equal(media_sniff("", 0), MEDIA_UNKNOWN);
	assert_int_equal(media_sniff(NULL, 0), MEDIA_UNKNOWN);
	assert_int_equal(media_sniff(NULL, 10), MEDIA_UNKNOWN);

	/* and on what libvips really writes */
	VipsImage *im = picture(16, 16, 3);
	struct blob j = jpeg_of(im), p = png_of(im), w = webp_of(im);
	assert_int_equal(media_sniff(j.p, j.n), MEDIA_JPEG);
	assert_int_equal(media_sniff(p.p, p.n), MEDIA_PNG);
	assert_int_equal(media_sniff(w.p, w.n), MEDIA_WEBP);
	blob_free(&j);
	blob_free(&p);
	blob_free(&w);
	g_object_unref(im);
}

/* ---- the photo pipeline ------------------------------------------------- */

static void test_jpeg_processed(void **state)
{
	(void)state;
	struct blob in = jpeg_picture(640, 480);
	struct media_photo out;
	process_ok(&in, &out);
	assert_int_equal(out.width, 640);
	assert_int_equal(out.height, 480);
	assert_int_equal(out.has_gps, 0);

	VipsImage *o = load_jpeg(out.data, out.len);
	assert_int_equal(o->Xsize, 640);
	assert_int_equal(o->Ysize, 480);
	assert_int_equal(o->Bands, 3);
	g_object_unref(o);
	VipsImage *t = load_jpeg(out.thumb, out.thumb_len);
	assert_int_equal(t->Xsize, 320);
	assert_int_equal(t->Ysize, 240);
	g_object_unref(t);

	/* the content survived: red square top-left, a gradient elsewhere */
	double rgb[3];
	pixel_at(out.data, out.len, 2, 2, rgb);
	assert_true(rgb[0] > 200 && rgb[1] < 60 && rgb[2] < 60);
	pixel_at(out.data, out.len, 200, 100, rgb);
	assert_true(rgb[0] > 190 && rgb[0] < 210 && rgb[1] > 90 && rgb[1] < 110);

	/* sha256 is that of data, in lower-case hex */
	unsigned char md[32];
	unsigned int mdlen;
	char hex[65];
	assert_true(EVP_Digest(out.data, out.len, md, &mdlen, EVP_sha256(), NULL));
	for (int i = 0; i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", md[i]);
	assert_string_equal(out.sha256, hex);

	media_photo_free(&out);
	assert_null(out.data);
	media_photo_free(&out);   /* twice is fine */
	media_photo_free(NULL);
	blob_free(&in);
}

static void test_large_capped(void **state)
{
	(void)state;
	/* a JPEG: goes through shrink-on-load */
	struct blob in = jpeg_picture(4000, 3000);
	struct media_photo out;
	process_ok(&in, &out);
	assert_int_equal(out.width, 2048);
	assert_int_equal(out.height, 1536);
	VipsImage *o = load_jpeg(out.data, out.len);
	assert_int_equal(o->Xsize, 2048);
	assert_int_equal(o->Ysize, 1536);
	g_object_unref(o);
	VipsImage *t = load_jpeg(out.thumb, out.thumb_len);
	assert_int_equal(t->Xsize, 320);
	assert_int_equal(t->Ysize, 240);
	g_object_unref(t);
	media_photo_free(&out);
	blob_free(&in);

	/* a tall PNG: plain resize, aspect ratio kept */
	VipsImage *im = picture(1000, 3000, 3);
	in = png_of(im);
	g_object_unref(im);
	process_ok(&in, &out);
	assert_int_equal(out.width, 683);
	assert_int_equal(out.height, 2048);
	media_photo_free(&out);
	blob_free(&in);

	/* small stays small, thumbnail is not enlarged */
	in = jpeg_picture(200, 100);
	process_ok(&in, &out);
	assert_int_equal(out.width, 200);
	assert_int_equal(out.height, 100);
	t = load_jpeg(out.thumb, out.thumb_len);
	assert_int_equal(t->Xsize, 200);
	assert_int_equal(t->Ysize, 100);
	g_object_unref(t);
	media_photo_free(&out);
	blob_free(&in);
}

static void test_png_alpha_becomes_jpeg(void **state)
{
	(void)state;
	VipsImage *im = picture(300, 200, 4);
	struct blob in = png_of(im);
	g_object_unref(im);
	struct media_photo out;
	process_ok(&in, &out);
	assert_int_equal(out.width, 300);
	assert_int_equal(out.height, 200);
	VipsImage *o = load_jpeg(out.data, out.len);
	assert_int_equal(o->Bands, 3);
	g_object_unref(o);
	double rgb[3];
	pixel_at(out.data, out.len, 250, 100, rgb);   /* was transparent: now white */
	assert_true(rgb[0] > 245 && rgb[1] > 245 && rgb[2] > 245);
	pixel_at(out.data, out.len, 2, 2, rgb);       /* opaque red stays red */
	assert_true(rgb[0] > 200 && rgb[1] < 60 && rgb[2] < 60);
	media_photo_free(&out);
	blob_free(&in);
}

/* Process IN, expect a 3-band 8-bit sRGB JPEG of W x H; free IN. */
static void expect_rgb(struct blob *in, int w, int h)
{
	struct media_photo out;
	process_ok(in, &out);
	assert_int_equal(out.width, w);
	assert_int_equal(out.height, h);
	VipsImage *o = load_jpeg(out.data, out.len);
	assert_int_equal(o->Bands, 3);
	assert_int_equal(o->BandFmt, VIPS_FORMAT_UCHAR);
	g_object_unref(o);
	media_photo_free(&out);
	blob_free(in);
}

static void test_colour_variants(void **state)
{
	(void)state;
	struct blob in;
	void *p;
	VipsImage *im = picture(64, 48, 3), *tmp, *tmp2;

	/* 16-bit PNG */
	assert_int_equal(vips_cast_ushort(im, &tmp, NULL), 0);
	assert_int_equal(vips_copy(tmp, &tmp2, "interpretation", VIPS_INTERPRETATION_RGB16, NULL), 0);
	in = png_of(tmp2);
	g_object_unref(tmp);
	g_object_unref(tmp2);
	expect_rgb(&in, 64, 48);

	/* palette PNG */
	assert_int_equal(vips_pngsave_buffer(im, &p, &in.n, "palette", TRUE, NULL), 0);
	in.p = p;
	expect_rgb(&in, 64, 48);

	/* Display P3 profile (what phones embed): converted to sRGB, dropped */
	assert_int_equal(vips_jpegsave_buffer(im, &p, &in.n, "profile", "p3", NULL), 0);
	in.p = p;
	assert_true(contains(in.p, in.n, "ICC_PROFILE"));
	expect_rgb(&in, 64, 48);

	/* a profile that does not fit the pixels (CMYK on RGB): ignored */
	assert_int_equal(vips_jpegsave_buffer(im, &p, &in.n, "profile", "cmyk", NULL), 0);
	in.p = p;
	expect_rgb(&in, 64, 48);

	/* CMYK JPEG (print workflows, some scanners) */
	VipsImage *four = picture(64, 48, 4);
	assert_int_equal(vips_copy(four, &tmp, "interpretation", VIPS_INTERPRETATION_CMYK, NULL), 0);
	in = jpeg_of(tmp);
	g_object_unref(tmp);
	g_object_unref(four);
	VipsImage *check = load_jpeg(in.p, in.n);
	assert_int_equal(check->Bands, 4);
	g_object_unref(check);
	expect_rgb(&in, 64, 48);
	g_object_unref(im);

	/* greyscale JPEG, and grey + alpha PNG */
	im = picture(64, 48, 1);
	in = jpeg_of(im);
	expect_rgb(&in, 64, 48);
	VipsImage *alpha, *ga;
	assert_int_equal(vips_black(&tmp, 64, 48, NULL), 0);
	assert_int_equal(vips_linear1(tmp, &tmp2, 1.0, 200.0, NULL), 0);
	assert_int_equal(vips_cast_uchar(tmp2, &alpha, NULL), 0);
	VipsImage *parts[2] = { im, alpha };
	assert_int_equal(vips_bandjoin(parts, &ga, 2, NULL), 0);
	in = png_of(ga);
	expect_rgb(&in, 64, 48);
	g_object_unref(ga);
	g_object_unref(alpha);
	g_object_unref(tmp2);
	g_object_unref(tmp);
	g_object_unref(im);
}

static void test_webp(void **state)
{
	(void)state;
	VipsImage *im = picture(320, 240, 3);
	struct blob in = webp_of(im);
	g_object_unref(im);
	struct media_photo out;
	process_ok(&in, &out);
	assert_int_equal(out.width, 320);
	assert_int_equal(out.height, 240);
	media_photo_free(&out);
	blob_free(&in);

	/* with alpha too */
	im = picture(100, 50, 4);
	in = webp_of(im);
	g_object_unref(im);
	process_ok(&in, &out);
	assert_int_equal(out.width, 100);
	media_photo_free(&out);
	blob_free(&in);
}

/* The stored pixels are 64 wide, 48 high with the red square top-left;
 * orientation 6 says "rotate 90 degrees clockwise to display", so upright
 * the photo is 48 x 64 and the square is top-right. */
static void test_exif_orientation(void **state)
{
	(void)state;
	VipsImage *im = picture(64, 48, 3);
	vips_image_set_int(im, VIPS_META_ORIENTATION, 6);
	struct blob in = jpeg_of(im);
	g_object_unref(im);
	assert_true(contains(in.p, in.n, "Exif"));
	VipsImage *check = load_jpeg(in.p, in.n);
	assert_int_equal(vips_image_get_orientation(check), 6);
	g_object_unref(check);

	struct media_photo out;
	process_ok(&in, &out);
	assert_int_equal(out.width, 48);
	assert_int_equal(out.height, 64);
	double rgb[3];
	pixel_at(out.data, out.len, 44, 3, rgb);
	assert_true(rgb[0] > 200 && rgb[1] < 60 && rgb[2] < 60);
	pixel_at(out.data, out.len, 3, 3, rgb);
	assert_false(rgb[0] > 200 && rgb[1] < 60);
	VipsImage *t = load_jpeg(out.thumb, out.thumb_len);
	assert_int_equal(t->Xsize, 48);
	assert_int_equal(t->Ysize, 64);
	g_object_unref(t);
	media_photo_free(&out);
	blob_free(&in);

	/* orientation 3 (180 degrees) on a big JPEG (shrink-on-load path) */
	im = picture(4100, 1000, 3);
	vips_image_set_int(im, VIPS_META_ORIENTATION, 3);
	in = jpeg_of(im);
	g_object_unref(im);
	process_ok(&in, &out);
	assert_int_equal(out.width, 2048);
	assert_int_equal(out.height, 500);
	pixel_at(out.data, out.len, 2046, 498, rgb);
	assert_true(rgb[0] > 200 && rgb[1] < 80 && rgb[2] < 80);
	media_photo_free(&out);
	blob_free(&in);
}

/* libvips 8.14 writes the EXIF fields it finds as "exif-ifdN-Tag" strings on
 * the image (rationals as "n/d n/d n/d") when it saves a JPEG or a PNG. */
static void set_gps(VipsImage *im, const char *lat_ref, const char *lat, const char *lon_ref,
		    const char *lon)
{
	vips_image_set_string(im, "exif-ifd3-GPSLatitudeRef", lat_ref);
	vips_image_set_string(im, "exif-ifd3-GPSLatitude", lat);
	vips_image_set_string(im, "exif-ifd3-GPSLongitudeRef", lon_ref);
	vips_image_set_string(im, "exif-ifd3-GPSLongitude", lon);
}

static void test_gps_read_then_stripped(void **state)
{
	(void)state;
	/* Piazza del Duomo, Milano: 45° 27' 51.84" N, 9° 11' 28.2" E */
	VipsImage *im = picture(640, 480, 3);
	set_gps(im, "N", "45/1 27/1 5184/100", "E", "9/1 11/1 282/10");
	vips_image_set_string(im, "exif-ifd0-Make", "PhoneMaker");
	vips_image_set_string(im, "exif-ifd0-Artist", "Mario Rossi");
	static const char xmp[] = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">secret-xmp</x:xmpmeta>";
	vips_image_set_blob_copy(im, VIPS_META_XMP_NAME, xmp, sizeof xmp - 1);
	void *jp;
	size_t jn;
	assert_int_equal(vips_jpegsave_buffer(im, &jp, &jn, "profile", "srgb", NULL), 0);
	struct blob in = { jp, jn };
	assert_true(contains(in.p, in.n, "GPS") || contains(in.p, in.n, "Exif"));
	assert_true(contains(in.p, in.n, "Mario Rossi"));
	assert_true(contains(in.p, in.n, "secret-xmp"));
	assert_true(contains(in.p, in.n, "ICC_PROFILE"));
	VipsImage *check = load_jpeg(in.p, in.n);
	assert_int_not_equal(vips_image_get_typeof(check, "exif-ifd3-GPSLatitude"), 0);
	g_object_unref(check);

	struct media_photo out;
	process_ok(&in, &out);   /* asserts no Exif / GPS / XMP / ICC in the output */
	assert_int_equal(out.has_gps, 1);
	assert_true(out.lat > 45.46439 && out.lat < 45.46441);
	assert_true(out.lon > 9.19116 && out.lon < 9.19118);
	assert_false(contains(out.data, out.len, "Mario Rossi"));
	assert_false(contains(out.data, out.len, "PhoneMaker"));
	assert_false(contains(out.data, out.len, "secret-xmp"));
	assert_false(contains(out.data, out.len, "ICC_PROFILE"));
	assert_false(contains(out.thumb, out.thumb_len, "Mario Rossi"));
	media_photo_free(&out);
	blob_free(&in);
	g_object_unref(im);

	/* southern and western hemispheres (Sydney: 33° 52' S, 151° 12' 30" W) */
	im = picture(64, 48, 3);
	set_gps(im, "S", "33/1 52/1 0/1", "W", "151/1 12/1 30/1");
	in = jpeg_of(im);
	g_object_unref(im);
	process_ok(&in, &out);
	assert_int_equal(out.has_gps, 1);
	assert_true(out.lat < -33.866 && out.lat > -33.867);
	assert_true(out.lon < -151.208 && out.lon > -151.209);
	media_photo_free(&out);
	blob_free(&in);

	/* nonsense positions are no suggestion */
	static const char *const bad[][4] = {
		{ "N", "95/1 0/1 0/1", "E", "9/1 0/1 0/1" },     /* latitude > 90 */
		{ "N", "45/1 0/1 0/1", "E", "181/1 0/1 0/1" },   /* longitude > 180 */
		{ "N", "45/0 0/1 0/1", "E", "9/1 0/1 0/1" },     /* zero denominator */
		{ "N", "45/1 75/1 0/1", "E", "9/1 0/1 0/1" },    /* 75 minutes */
		{ "X", "45/1 0/1 0/1", "E", "9/1 0/1 0/1" },     /* bad reference */
		{ "N", "0/1 0/1 0/1", "E", "0/1 0/1 0/1" },      /* no fix */
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		im = picture(32, 32, 3);
		set_gps(im, bad[i][0], bad[i][1], bad[i][2], bad[i][3]);
		in = jpeg_of(im);
		g_object_unref(im);
		check = load_jpeg(in.p, in.n);   /* the nonsense did reach the file */
		assert_int_not_equal(vips_image_get_typeof(check, "exif-ifd3-GPSLatitude"), 0);
		g_object_unref(check);
		process_ok(&in, &out);
		assert_int_equal(out.has_gps, 0);
		media_photo_free(&out);
		blob_free(&in);
	}
}

static void test_truncated_refused(void **state)
{
	(void)state;
	struct blob in = jpeg_picture(640, 480);
	process_refused(in.p, in.n / 2, WHY_CORRUPT);
	process_refused(in.p, in.n - 40, WHY_CORRUPT);
	process_refused(in.p, 200, WHY_CORRUPT);   /* headers only */
	process_refused(in.p, 3, WHY_CORRUPT);
	/* a Huffman table libjpeg calls bogus (an error, not a warning) */
	struct blob bad = with_trailer(&in, "", 0);
	size_t i = 2;
	while (i + 21 < bad.n && !(bad.p[i] == 0xFF && bad.p[i + 1] == 0xC4))
		i += 2 + ((size_t)bad.p[i + 2] << 8 | bad.p[i + 3]);
	assert_true(i + 21 < bad.n);
	memset(bad.p + i + 5, 0xFF, 16);   /* code counts: far more than 256 codes */
	process_refused(bad.p, bad.n, WHY_CORRUPT);
	blob_free(&bad);
	/* Scan data damaged, length intact: libjpeg recovers with a warning
	 * ("Corrupt JPEG data..."), which fail-on=error tolerates (such files
	 * are common and harmless once re-encoded). Either way: refused, or a
	 * clean fresh JPEG. */
	bad = with_trailer(&in, "", 0);
	for (i = bad.n / 3; i < bad.n - 2; i += 7)
		bad.p[i] = 0xFF;
	struct media_photo out;
	const char *why = NULL;
	if (media_photo_process(bad.p, bad.n, &out, &why) == 0) {
		assert_clean_jpeg(out.data, out.len);
		media_photo_free(&out);
	} else {
		assert_string_equal(why, WHY_CORRUPT);
	}
	blob_free(&bad);
	blob_free(&in);

	VipsImage *im = picture(300, 200, 3);
	in = png_of(im);
	process_refused(in.p, in.n / 2, WHY_CORRUPT);
	blob_free(&in);
	in = webp_of(im);
	process_refused(in.p, in.n / 2, WHY_CORRUPT);
	blob_free(&in);
	g_object_unref(im);
}

static void test_not_an_image_refused(void **state)
{
	(void)state;
	/* "foto.jpg", type image/jpeg, as the browser says: the bytes are text */
	static const char text[] = "Gentile Comune, la buca in via Roma è ancora lì.\n";
	process_refused(text, sizeof text - 1, WHY_TYPE);
	static const char html[] = "<html><body><script>alert(1)</script></body></html>";
	process_refused(html, sizeof html - 1, WHY_TYPE);
	static const char svg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>";
	process_refused(svg, sizeof svg - 1, WHY_TYPE);
	static const char gif[] = "GIF89a\x01\0\x01\0\0\0\0;";
	process_refused(gif, sizeof gif - 1, WHY_TYPE);
	static const char pdf[] = "%PDF-1.4\n%%EOF\n";
	process_refused(pdf, sizeof pdf - 1, WHY_TYPE);
	process_refused("", 0, WHY_TYPE);
	process_refused(NULL, 0, WHY_TYPE);
	/* the right magic, then nonsense */
	static const char fake[] = "\xFF\xD8\xFF\xE0 this is not a JPEG at all, really";
	process_refused(fake, sizeof fake - 1, WHY_CORRUPT);
	static const char fakepng[] = "\x89PNG\r\n\x1a\nnot a PNG either";
	process_refused(fakepng, sizeof fakepng - 1, WHY_CORRUPT);
	static const char fakewebp[] = "RIFF\x10\0\0\0WEBPVP8 nothing";
	process_refused(fakewebp, sizeof fakewebp - 1, WHY_CORRUPT);

	/* a why pointer is optional */
	struct media_photo out;
	assert_int_equal(media_photo_process(text, sizeof text - 1, &out, NULL), -1);
}

static void test_too_many_bytes_refused(void **state)
{
	(void)state;
	struct blob in = jpeg_picture(64, 64);
	size_t big = MEDIA_MAX_BYTES + 1;
	unsigned char *p = calloc(1, big);
	assert_non_null(p);
	memcpy(p, in.p, in.n);   /* a valid JPEG, then zeros up to 10 MiB + 1 */
	process_refused(p, big, WHY_BYTES);
	/* at exactly the limit: accepted (the zeros after EOI are ignored) */
	struct media_photo out;
	const char *why;
	assert_int_equal(media_photo_process(p, MEDIA_MAX_BYTES, &out, &why), 0);
	media_photo_free(&out);
	free(p);
	blob_free(&in);
}

/* ---- oversized images, judged from the header alone --------------------- */

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* Append one PNG chunk (length, type, data, CRC over type and data). */
static size_t png_chunk(unsigned char *out, const char type[4], const void *data, uint32_t n)
{
	put32(out, n);
	memcpy(out + 4, type, 4);
	if (n)
		memcpy(out + 8, data, n);
	uLong crc = crc32(0L, out + 4, 4 + n);
	put32(out + 8 + n, (uint32_t)crc);
	return 12 + n;
}

/* A syntactically valid PNG that declares W x H (8-bit RGB) but carries
 * only a few compressed bytes of pixels. Written to OUT (>= 256 bytes). */
static size_t png_declaring(unsigned char *out, uint32_t w, uint32_t h)
{
	size_t n = 0;
	memcpy(out, "\x89PNG\r\n\x1a\n", 8);
	n += 8;
	unsigned char ihdr[13];
	put32(ihdr, w);
	put32(ihdr + 4, h);
	ihdr[8] = 8;    /* bit depth */
	ihdr[9] = 2;    /* colour type: RGB */
	ihdr[10] = 0;   /* deflate */
	ihdr[11] = 0;   /* adaptive filtering */
	ihdr[12] = 0;   /* no interlace */
	n += png_chunk(out + n, "IHDR", ihdr, sizeof ihdr);
	unsigned char raw[64] = { 0 }, z[128];
	uLongf zn = sizeof z;
	assert_int_equal(compress(z, &zn, raw, sizeof raw), Z_OK);
	n += png_chunk(out + n, "IDAT", z, (uint32_t)zn);
	n += png_chunk(out + n, "IEND", NULL, 0);
	return n;
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static void test_declared_size_refused_before_decoding(void **state)
{
	(void)state;
	unsigned char png[256];
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	/* 50000 x 50000 x 3 = 7.5 GB if anyone tried to decode it */
	size_t n = png_declaring(png, 50000, 50000);
	process_refused(png, n, WHY_PIXELS);
	n = png_declaring(png, 20001, 10);          /* a side over 20000 */
	process_refused(png, n, WHY_PIXELS);
	n = png_declaring(png, 8000, 5001);         /* 40.008 megapixels */
	process_refused(png, n, WHY_PIXELS);
	n = png_declaring(png, 1u << 30, 1u << 30); /* past every limit */
	process_refused(png, n, WHY_CORRUPT);       /* libpng itself balks: fine too */
	assert_true(seconds_since(&t0) < 2.0);

	/* and the same header just inside the limits goes on to be decoded,
	 * where its missing pixels make it fail: the size check is not all */
	n = png_declaring(png, 8000, 5000);
	process_refused(png, n, WHY_CORRUPT);

	/* a real JPEG whose SOF declares 30000 x 30000: patch the frame header */
	struct blob in = jpeg_picture(64, 64);
	size_t i = 2;
	while (i + 9 < in.n && !(in.p[i] == 0xFF && in.p[i + 1] == 0xC0))
		i += 2 + ((size_t)in.p[i + 2] << 8 | in.p[i + 3]);
	assert_true(i + 9 < in.n);
	in.p[i + 5] = 30000 >> 8;   /* height */
	in.p[i + 6] = 30000 & 0xFF;
	in.p[i + 7] = 30000 >> 8;   /* width */
	in.p[i + 8] = 30000 & 0xFF;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	process_refused(in.p, in.n, WHY_PIXELS);
	assert_true(seconds_since(&t0) < 2.0);
	blob_free(&in);
}

/* ---- polyglots ----------------------------------------------------------- */

static void test_polyglot_trailer_gone(void **state)
{
	(void)state;
	struct blob jpg = jpeg_picture(120, 80);
	static const char script[] = "<script>alert(1)</script>";
	struct blob in = with_trailer(&jpg, script, sizeof script - 1);
	struct media_photo out;
	process_ok(&in, &out);
	assert_false(contains(out.data, out.len, "<script"));
	assert_false(contains(out.data, out.len, "alert(1)"));
	assert_false(contains(out.thumb, out.thumb_len, "<script"));
	media_photo_free(&out);
	blob_free(&in);

	/* GIFAR-like: a JPEG followed by a ZIP (jar) with a manifest */
	static const char zip[] = "PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
				  "\x14\0\0\0META-INF/MANIFEST.MF"
				  "Main-Class: Evil\n"
				  "PK\x05\x06\0\0\0\0\x01\0\x01\0\0\0\0\0\0\0\0\0\0\0";
	in = with_trailer(&jpg, zip, sizeof zip - 1);
	process_ok(&in, &out);
	assert_false(contains(out.data, out.len, "PK\x03\x04"));
	assert_false(contains(out.data, out.len, "META-INF"));
	assert_false(contains(out.data, out.len, "Main-Class"));
	media_photo_free(&out);
	blob_free(&in);

	/* HTML hidden in a JPEG comment (inside the image, not after it) */
	size_t clen = 2 + sizeof script - 1;
	struct blob com = { g_malloc(jpg.n + 2 + clen), jpg.n + 2 + clen };
	memcpy(com.p, jpg.p, 2);
	com.p[2] = 0xFF;
	com.p[3] = 0xFE;
	com.p[4] = (unsigned char)(clen >> 8);
	com.p[5] = (unsigned char)clen;
	memcpy(com.p + 6, script, sizeof script - 1);
	memcpy(com.p + 6 + sizeof script - 1, jpg.p + 2, jpg.n - 2);
	assert_true(contains(com.p, com.n, "<script"));
	process_ok(&com, &out);
	assert_false(contains(out.data, out.len, "<script"));
	media_photo_free(&out);
	blob_free(&com);

	/* and after a PNG's IEND */
	VipsImage *im = picture(60, 40, 3);
	struct blob png = png_of(im);
	g_object_unref(im);
	in = with_trailer(&png, script, sizeof script - 1);
	process_ok(&in, &out);
	assert_false(contains(out.data, out.len, "<script"));
	media_photo_free(&out);
	blob_free(&in);
	blob_free(&png);
	blob_free(&jpg);
}

/* ---- PDF ----------------------------------------------------------------- */

static void test_pdf(void **state)
{
	(void)state;
	static const char good[] = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
				   "trailer\n<< /Root 1 0 R >>\nstartxref\n0\n%%EOF\n";
	const char *why = NULL;
	assert_int_equal(media_pdf_check(good, sizeof good - 1, &why), 0);
	assert_int_equal(media_pdf_check("%PDF-2.0\n%%EOF", 14, &why), 0);
	assert_int_equal(media_pdf_check(good, sizeof good - 1, NULL), 0);

	/* not a PDF */
	why = NULL;
	assert_int_equal(media_pdf_check("Ciao\n%%EOF\n", 11, &why), -1);
	assert_string_equal(why, "Il file non è un documento PDF.");
	struct blob jpg = jpeg_picture(16, 16);
	assert_int_equal(media_pdf_check(jpg.p, jpg.n, &why), -1);
	blob_free(&jpg);
	assert_int_equal(media_pdf_check(" %PDF-1.7\n%%EOF\n", 16, &why), -1);
	assert_int_equal(media_pdf_check("%PDF-x.y\n%%EOF\n", 15, &why), -1);
	assert_int_equal(media_pdf_check("%PDF-", 5, &why), -1);
	assert_int_equal(media_pdf_check("", 0, &why), -1);
	assert_int_equal(media_pdf_check(NULL, 0, &why), -1);

	/* truncated: no %%EOF, or none in the last KiB */
	why = NULL;
	assert_int_equal(media_pdf_check(good, sizeof good - 8, &why), -1);
	assert_string_equal(why, "Il documento PDF è danneggiato o incompleto.");
	size_t n = 4096;
	char *p = malloc(n);
	assert_non_null(p);
	memset(p, ' ', n);
	memcpy(p, "%PDF-1.4\n%%EOF\n", 15);
	assert_int_equal(media_pdf_check(p, n, &why), -1);
	memcpy(p + n - 1024, "%%EOF", 5);   /* exactly at the start of the last KiB */
	assert_int_equal(media_pdf_check(p, n, &why), 0);
	memset(p + n - 1024, ' ', 5);
	memcpy(p + n - 1025, "%%EOF", 5);   /* one byte too early */
	assert_int_equal(media_pdf_check(p, n, &why), -1);
	memcpy(p + n - 5, "%%EOF", 5);      /* the very end */
	assert_int_equal(media_pdf_check(p, n, &why), 0);
	free(p);

	/* too big: one byte over 10 MiB, even if well formed */
	n = MEDIA_MAX_PDF + 1;
	p = malloc(n);
	assert_non_null(p);
	memset(p, '\n', n);
	memcpy(p, "%PDF-1.4\n", 9);
	memcpy(p + n - 6, "%%EOF\n", 6);
	why = NULL;
	assert_int_equal(media_pdf_check(p, n, &why), -1);
	assert_string_equal(why, "Il documento è troppo grande (al massimo 10 MB).");
	memcpy(p + n - 7, "%%EOF\n", 6);
	assert_int_equal(media_pdf_check(p, n - 1, &why), 0);   /* exactly 10 MiB */
	free(p);
}

static int group_setup(void **state)
{
	(void)state;
	return media_init() == 0 && media_init() == 0 ? 0 : -1;   /* twice is harmless */
}

static int group_teardown(void **state)
{
	(void)state;
	media_shutdown();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sniff),
		cmocka_unit_test(test_jpeg_processed),
		cmocka_unit_test(test_large_capped),
		cmocka_unit_test(test_png_alpha_becomes_jpeg),
		cmocka_unit_test(test_colour_variants),
		cmocka_unit_test(test_webp),
		cmocka_unit_test(test_exif_orientation),
		cmocka_unit_test(test_gps_read_then_stripped),
		cmocka_unit_test(test_truncated_refused),
		cmocka_unit_test(test_not_an_image_refused),
		cmocka_unit_test(test_too_many_bytes_refused),
		cmocka_unit_test(test_declared_size_refused_before_decoding),
		cmocka_unit_test(test_polyglot_trailer_gone),
		cmocka_unit_test(test_pdf),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
