/* image.c - see image.h.
 *
 * The pipeline of media_photo_process, all of it libvips:
 *   1. sniff the magic bytes; open with the one matching *buffer* loader
 *      (never the generic vips_image_new_from_buffer, which would try every
 *      loader libvips has, ImageMagick and poppler included);
 *   2. the open is lazy: only the header has been parsed, so the declared
 *      size is judged here, before a single pixel is decoded; the GPS
 *      position (for a suggestion) and the EXIF orientation are read from
 *      this header too;
 *   3. colour to 8-bit sRGB (embedded ICC profile applied, then dropped),
 *      alpha flattened on white, longest side capped (a JPEG is reopened
 *      with shrink-on-load when that saves work);
 *   4. the whole pipeline is run into memory (at most 2048x2048x3 bytes):
 *      this is the real decode, with fail-on=error so truncated or corrupt
 *      input fails here;
 *   5. the pixels are wrapped in a brand-new image that carries no metadata
 *      at all, rotated upright, and saved as JPEG with strip=true (twice
 *      sure: nothing of the input but its pixels can reach the output). */
#include "media/image.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <vips/vips.h>

#include "core/log.h"

static const char WHY_TYPE[] = "Il file non è un'immagine JPEG, PNG o WebP.";
static const char WHY_PIXELS[] = "L'immagine è troppo grande (al massimo 40 megapixel).";
static const char WHY_CORRUPT[] = "L'immagine è danneggiata o incompleta.";
static const char WHY_BYTES[] = "Il file è troppo grande (al massimo 10 MB).";
static const char WHY_INTERNAL[] = "Non è stato possibile elaborare l'immagine: riprova più tardi.";
static const char WHY_PDF_TYPE[] = "Il file non è un documento PDF.";
static const char WHY_PDF_BYTES[] = "Il documento è troppo grande (al massimo 10 MB).";
static const char WHY_PDF_CORRUPT[] = "Il documento PDF è danneggiato o incompleto.";

enum media_kind media_sniff(const void *data, size_t len)
{
	const unsigned char *p = data;
	if (!p)
		return MEDIA_UNKNOWN;
	if (len >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF)
		return MEDIA_JPEG;
	if (len >= 8 && !memcmp(p, "\x89PNG\r\n\x1a\n", 8))
		return MEDIA_PNG;
	if (len >= 12 && !memcmp(p, "RIFF", 4) && !memcmp(p + 8, "WEBP", 4))
		return MEDIA_WEBP;
	if (len >= 5 && !memcmp(p, "%PDF-", 5))
		return MEDIA_PDF;
	return MEDIA_UNKNOWN;
}

/* ---- libvips state ---------------------------------------------------- */

static int initialised;

/* libvips and glib warnings ("VipsJpeg: Premature end of JPEG file", ...)
 * become ordinary log lines instead of raw stderr. */
static void vips_log_handler(const char *domain, GLogLevelFlags level, const char *message,
			     void *user)
{
	(void)user;
	size_t n = message ? strlen(message) : 0;
	while (n && (message[n - 1] == '\n' || message[n - 1] == ' '))
		n--;
	log_msg((level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL)) ? "error" : "warn", "%s: %.*s",
		domain ? domain : "glib", (int)n, n ? message : "");
}

int media_init(void)
{
	if (initialised)
		return 0;
	if (VIPS_INIT("portale")) {
		log_error("media: libvips init failed: %s", vips_error_buffer());
		vips_error_clear();
		return -1;
	}
	g_log_set_handler("VIPS", G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING |
			  G_LOG_LEVEL_MESSAGE | G_LOG_FLAG_FATAL, vips_log_handler, NULL);
	/* One request at a time per worker: no operation cache (it would keep
	 * citizens' pixels around), no thread fan-out. */
	vips_cache_set_max(0);
	vips_cache_set_max_mem(0);
	vips_cache_set_max_files(0);
	vips_concurrency_set(1);
	/* Defence in depth: every loader off but the three buffer loaders we
	 * call by name; the "untrusted" ones (ImageMagick, matlab, ...) too. */
	vips_block_untrusted_set(TRUE);
	vips_operation_block_set("VipsForeignLoad", TRUE);
	vips_operation_block_set("VipsForeignLoadJpegBuffer", FALSE);
	vips_operation_block_set("VipsForeignLoadPngBuffer", FALSE);
	vips_operation_block_set("VipsForeignLoadWebpBuffer", FALSE);
	initialised = 1;
	return 0;
}

void media_shutdown(void)
{
	if (!initialised)
		return;
	vips_shutdown();
	initialised = 0;
}

/* ---- photos ------------------------------------------------------------ */

/* Log why libvips failed, on one line, and forget it. */
static void vips_failed(const char *what)
{
	char msg[400];
	const char *e = vips_error_buffer();
	size_t n = 0;
	for (; e && *e && n < sizeof msg - 1; e++)
		msg[n++] = (*e == '\n' || *e == '\r') ? ' ' : *e;
	while (n && msg[n - 1] == ' ')
		n--;
	msg[n] = '\0';
	log_info("media: %s: %s", what, n ? msg : "(no detail)");
	vips_error_clear();
}

/* Open lazily (header only) with the loader that matches the magic bytes.
 * SHRINK (JPEG only: 1, 2, 4 or 8) is libjpeg's DCT-domain downscaling. */
static int open_photo(enum media_kind kind, const void *data, size_t len, int shrink,
		      VipsImage **out)
{
	void *buf = (void *)(uintptr_t)data;   /* libvips only reads it */
	switch (kind) {
	case MEDIA_JPEG:
		return vips_jpegload_buffer(buf, len, out, "access", VIPS_ACCESS_SEQUENTIAL,
					    "fail_on", VIPS_FAIL_ON_ERROR, "shrink", shrink, NULL);
	case MEDIA_PNG:
		return vips_pngload_buffer(buf, len, out, "access", VIPS_ACCESS_SEQUENTIAL,
					   "fail_on", VIPS_FAIL_ON_ERROR, NULL);
	case MEDIA_WEBP:
		return vips_webpload_buffer(buf, len, out, "access", VIPS_ACCESS_SEQUENTIAL,
					    "fail_on", VIPS_FAIL_ON_ERROR, NULL);
	default:
		return -1;
	}
}

/* "45/1 30/1 1234/100 (45, 30, 12.34, Rational, 3 components, 24 bytes)":
 * libvips's rendering of an EXIF rational triple; degrees, minutes, seconds. */
static int parse_dms(const char *s, double *deg)
{
	double part[3];
	for (int i = 0; i < 3; i++) {
		unsigned long long num = 0, den = 0;
		int digits = 0;
		while (*s == ' ')
			s++;
		for (; *s >= '0' && *s <= '9' && digits < 12; s++, digits++)
			num = num * 10 + (unsigned)(*s - '0');
		if (!digits || *s++ != '/')
			return -1;
		for (digits = 0; *s >= '0' && *s <= '9' && digits < 12; s++, digits++)
			den = den * 10 + (unsigned)(*s - '0');
		if (!digits || !den || (*s != ' ' && *s != '\0'))
			return -1;
		part[i] = (double)num / (double)den;
	}
	if (part[1] >= 60 || part[2] >= 60)
		return -1;
	*deg = part[0] + part[1] / 60 + part[2] / 3600;
	return 0;
}

static int gps_coord(VipsImage *im, const char *value_field, const char *ref_field,
		     char positive, char negative, double limit, double *out)
{
	const char *v, *ref;
	if (vips_image_get_typeof(im, value_field) == 0 || vips_image_get_typeof(im, ref_field) == 0)
		return -1;
	if (vips_image_get_string(im, value_field, &v) || vips_image_get_string(im, ref_field, &ref)) {
		vips_error_clear();
		return -1;
	}
	double d;
	if (parse_dms(v, &d) || d > limit || !isfinite(d))
		return -1;
	if (ref[0] == negative)
		d = -d;
	else if (ref[0] != positive)
		return -1;
	*out = d;
	return 0;
}

static void read_gps(VipsImage *im, struct media_photo *out)
{
	double lat, lon;
	if (gps_coord(im, "exif-ifd3-GPSLatitude", "exif-ifd3-GPSLatitudeRef", 'N', 'S', 90, &lat) ||
	    gps_coord(im, "exif-ifd3-GPSLongitude", "exif-ifd3-GPSLongitudeRef", 'E', 'W', 180, &lon))
		return;
	if (lat == 0 && lon == 0)   /* "Null Island": a camera without a fix, not a place */
		return;
	out->has_gps = 1;
	out->lat = lat;
	out->lon = lon;
}

/* Resize so that the longest side is at most MAX; exact target sizes, the
 * aspect ratio rounded once. *OUT is IN (with a new reference) if no resize. */
static int fit(VipsImage *in, int max, VipsImage **out)
{
	int w = in->Xsize, h = in->Ysize;
	if (w <= max && h <= max) {
		g_object_ref(in);
		*out = in;
		return 0;
	}
	int tw, th;
	if (w >= h) {
		tw = max;
		th = (int)lround((double)h * max / w);
	} else {
		th = max;
		tw = (int)lround((double)w * max / h);
	}
	tw = tw < 1 ? 1 : tw;
	th = th < 1 ? 1 : th;
	return vips_resize(in, out, (double)tw / w, "vscale", (double)th / h, NULL);
}

/* Copy a g_malloc'd buffer into a malloc'd one (what the header promises). */
static unsigned char *to_malloc(void *gbuf, size_t len)
{
	unsigned char *p = malloc(len ? len : 1);
	if (p)
		memcpy(p, gbuf, len);
	g_free(gbuf);
	return p;
}

static int save_jpeg(VipsImage *im, unsigned char **data, size_t *len)
{
	void *buf = NULL;
	size_t n = 0;
	if (vips_jpegsave_buffer(im, &buf, &n, "Q", MEDIA_JPEG_QUALITY, "strip", TRUE,
				 "optimize_coding", TRUE, NULL))
		return -1;
	*data = to_malloc(buf, n);
	*len = n;
	return *data ? 0 : -1;
}

static void sha256_hex(const void *data, size_t len, char hex[65])
{
	unsigned char md[32];
	unsigned int mdlen = 0;
	static const char digits[] = "0123456789abcdef";
	if (!EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL) || mdlen != 32)
		abort();   /* cannot happen short of a broken libcrypto */
	for (int i = 0; i < 32; i++) {
		hex[2 * i] = digits[md[i] >> 4];
		hex[2 * i + 1] = digits[md[i] & 15];
	}
	hex[64] = '\0';
}

/* Steps 3 to 5 of the pipeline; T is a scratch array owned by the caller's
 * context, so every image made here is released in one go. */
/* 8-bit sRGB with 3 bands (or 1), at most MEDIA_MAX_OUT_SIDE: each step's
 * image goes into T[*K] (freed by the caller). NULL on failure. */
static VipsImage *to_srgb8(VipsImage *cur, VipsImage **t, int *k)
{
	/* An embedded profile is honoured if lcms accepts it. */
	if (vips_image_get_typeof(cur, VIPS_META_ICC_NAME)) {
		if (!vips_icc_transform(cur, &t[*k], "srgb", "embedded", TRUE, "depth", 8, NULL))
			cur = t[(*k)++];
		else
			vips_failed("ICC profile ignored");
	}
	if (vips_image_get_interpretation(cur) != VIPS_INTERPRETATION_sRGB) {
		if (vips_colourspace(cur, &t[*k], VIPS_INTERPRETATION_sRGB, NULL))
			return NULL;
		cur = t[(*k)++];
	}
	if (vips_image_get_format(cur) != VIPS_FORMAT_UCHAR) {
		if (vips_cast_uchar(cur, &t[*k], NULL))
			return NULL;
		cur = t[(*k)++];
	}
	if (vips_image_hasalpha(cur)) {
		VipsArrayDouble *white = vips_array_double_newv(3, 255.0, 255.0, 255.0);
		int rc = vips_flatten(cur, &t[*k], "background", white, NULL);
		vips_area_unref(VIPS_AREA(white));
		if (rc)
			return NULL;
		cur = t[(*k)++];
		if (vips_image_get_format(cur) != VIPS_FORMAT_UCHAR) {
			if (vips_cast_uchar(cur, &t[*k], NULL))
				return NULL;
			cur = t[(*k)++];
		}
	}
	if (cur->Bands != 3) {
		if (vips_extract_band(cur, &t[*k], 0, "n", cur->Bands > 3 ? 3 : 1, NULL))
			return NULL;
		cur = t[(*k)++];
	}
	if (fit(cur, MEDIA_MAX_OUT_SIDE, &t[*k]))
		return NULL;
	return t[(*k)++];
}

/* The real decode, then the pixels alone in an image with no metadata
 * whatsoever, turned upright by ORIENTATION. NULL on failure. */
static VipsImage *pixels_only(VipsImage *cur, int orientation, VipsImage **t, int *k)
{
	if (!(t[*k] = vips_image_copy_memory(cur)))   /* at most 2048 x 2048 x 3 bytes */
		return NULL;
	cur = t[(*k)++];
	int bands = cur->Bands;
	VipsInterpretation interp = bands == 3 ? VIPS_INTERPRETATION_sRGB : VIPS_INTERPRETATION_B_W;
	if (!(t[*k] = vips_image_new_from_memory(VIPS_IMAGE_ADDR(cur, 0, 0),
						 VIPS_IMAGE_SIZEOF_IMAGE(cur), cur->Xsize,
						 cur->Ysize, bands, VIPS_FORMAT_UCHAR)))
		return NULL;
	cur = t[(*k)++];
	if (vips_copy(cur, &t[*k], "interpretation", interp, NULL))
		return NULL;
	cur = t[(*k)++];
	if (orientation < 2 || orientation > 8)
		return cur;
	vips_image_set_int(cur, VIPS_META_ORIENTATION, orientation);
	if (vips_autorot(cur, &t[*k], NULL))
		return NULL;
	cur = t[(*k)++];
	if (!(t[*k] = vips_image_copy_memory(cur)))
		return NULL;
	cur = t[(*k)++];
	vips_image_remove(cur, VIPS_META_ORIENTATION);
	return cur;
}

static int decode_and_encode(VipsImage *in, int orientation, VipsImage **t, struct media_photo *out)
{
	int k = 0;
	VipsImage *cur = to_srgb8(in, t, &k);
	if (!cur || !(cur = pixels_only(cur, orientation, t, &k)))
		return -1;
	out->width = cur->Xsize;
	out->height = cur->Ysize;
	if (save_jpeg(cur, &out->data, &out->len))
		return -1;
	if (fit(cur, MEDIA_THUMB_SIDE, &t[k]))
		return -1;
	cur = t[k++];
	if (save_jpeg(cur, &out->thumb, &out->thumb_len))
		return -1;
	sha256_hex(out->data, out->len, out->sha256);
	return 0;
}

#define SCRATCH 24

/* Open the photo's header into T[0] and check its declared size; then, for a
 * JPEG far larger than needed, reopen it shrunk on load into T[1]. The image
 * to decode, or NULL with *WHY. */
static VipsImage *open_bounded(enum media_kind kind, const void *data, size_t len, VipsImage **t,
			       struct media_photo *out, const char **why)
{
	*why = WHY_CORRUPT;
	if (open_photo(kind, data, len, 1, &t[0])) {   /* header only: nothing decoded yet */
		vips_failed("photo header refused");
		return NULL;
	}
	int w = t[0]->Xsize, h = t[0]->Ysize;
	if (w < 1 || h < 1 || w > MEDIA_MAX_SIDE || h > MEDIA_MAX_SIDE ||
	    (uint64_t)w * (uint64_t)h > MEDIA_MAX_PIXELS) {
		log_info("media: photo refused: header declares %dx%d", w, h);
		*why = WHY_PIXELS;
		return NULL;
	}
	read_gps(t[0], out);
	int longest = w > h ? w : h, shrink = 1;
	if (kind == MEDIA_JPEG)
		while (shrink < 8 && longest / (shrink * 2) >= MEDIA_MAX_OUT_SIDE)
			shrink *= 2;
	if (shrink == 1)
		return t[0];
	if (open_photo(kind, data, len, shrink, &t[1])) {
		vips_failed("photo reopen refused");
		return NULL;
	}
	return t[1];
}

int media_photo_process(const void *data, size_t len, struct media_photo *out, const char **why)
{
	static const char *ignored;
	if (!why)
		why = &ignored;
	memset(out, 0, sizeof *out);
	enum media_kind kind = media_sniff(data, len);
	if (kind != MEDIA_JPEG && kind != MEDIA_PNG && kind != MEDIA_WEBP) {
		*why = WHY_TYPE;
		return -1;
	}
	if (len > MEDIA_MAX_BYTES) {
		*why = WHY_BYTES;
		return -1;
	}
	if (media_init()) {
		*why = WHY_INTERNAL;
		return -1;
	}
	VipsObject *ctx = VIPS_OBJECT(vips_image_new());
	VipsImage **t = (VipsImage **)vips_object_local_array(ctx, SCRATCH);
	int rc = -1;
	VipsImage *in = open_bounded(kind, data, len, t, out, why);
	if (in) {
		int orientation = vips_image_get_orientation(t[0]);
		rc = decode_and_encode(in, orientation, t + 2, out);
		if (rc) {
			vips_failed("photo refused");
			*why = WHY_CORRUPT;
			media_photo_free(out);
		}
	}
	g_object_unref(ctx);
	if (rc)
		memset(out, 0, sizeof *out);
	return rc;
}

void media_photo_free(struct media_photo *p)
{
	if (!p)
		return;
	free(p->data);
	free(p->thumb);
	memset(p, 0, sizeof *p);
}

/* ---- PDF documents ----------------------------------------------------- */

int media_pdf_check(const void *data, size_t len, const char **why)
{
	static const char *ignored;
	const unsigned char *p = data;
	if (!why)
		why = &ignored;
	if (media_sniff(data, len) != MEDIA_PDF) {
		*why = WHY_PDF_TYPE;
		return -1;
	}
	if (len > MEDIA_MAX_PDF) {
		*why = WHY_PDF_BYTES;
		return -1;
	}
	/* "%PDF-1.7" / "%PDF-2.0": a version number after the dash. */
	if (len < 8 || p[5] < '1' || p[5] > '9' || p[6] != '.' || p[7] < '0' || p[7] > '9') {
		*why = WHY_PDF_TYPE;
		return -1;
	}
	size_t from = len > 1024 ? len - 1024 : 0;
	for (size_t i = len - 5; i + 1 > from; i--)
		if (!memcmp(p + i, "%%EOF", 5))
			return 0;
	*why = WHY_PDF_CORRUPT;
	return -1;
}
