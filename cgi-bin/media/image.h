/* image.h - what citizens upload: photos and PDF documents.
 *
 * This module owns every byte of an upload from the moment it is received
 * until it is stored: the type is judged by content only, photos are decoded
 * by libvips (never by hand), checked against size limits before any pixel is
 * decoded, and always re-encoded to a fresh metadata-free JPEG (so EXIF/GPS,
 * XMP, IPTC, ICC, comments and any trailing polyglot bytes never reach
 * storage or other citizens); PDFs are only checked structurally here. It
 * also owns the process's libvips state (media_init/media_shutdown): only the
 * JPEG, PNG and WebP buffer loaders are left enabled. */
#ifndef MEDIA_IMAGE_H
#define MEDIA_IMAGE_H

#include <stddef.h>

#define MEDIA_MAX_BYTES (10u * 1024 * 1024)  /* an uploaded photo, as received */
#define MEDIA_MAX_PDF (10u * 1024 * 1024)    /* an uploaded PDF document */
#define MEDIA_MAX_PIXELS 40000000u           /* width * height declared by the header */
#define MEDIA_MAX_SIDE 20000                 /* either side, declared by the header */
#define MEDIA_MAX_OUT_SIDE 2048              /* longest side of the stored photo */
#define MEDIA_THUMB_SIDE 320                 /* longest side of the thumbnail */
#define MEDIA_JPEG_QUALITY 85

enum media_kind { MEDIA_UNKNOWN, MEDIA_JPEG, MEDIA_PNG, MEDIA_WEBP, MEDIA_PDF };
/* By content (magic bytes), never by name or client-sent type. */
enum media_kind media_sniff(const void *data, size_t len);
int media_init(void);      /* once per process after fork: VIPS_INIT, cache off, concurrency 1 */
void media_shutdown(void);
struct media_photo {
	unsigned char *data; size_t len;      /* re-encoded JPEG (malloc'd) */
	unsigned char *thumb; size_t thumb_len; /* JPEG thumbnail, longest side 320 (malloc'd) */
	int width, height;                    /* of data */
	char sha256[65];                      /* of data, hex */
	int has_gps; double lat, lon;         /* GPS position of the ORIGINAL, for a suggestion */
};
/* Check and re-encode a citizen's photo: JPEG, PNG or WebP by magic bytes;
 * refuse (without decoding the pixels) any image whose header declares more
 * than MEDIA_MAX_PIXELS (40 megapixels) or a side over 20000; decode for
 * real (a truncated or corrupt file is refused: use fail-on=error / fail
 * flags so a truncated JPEG fails), auto-orient from EXIF, strip ALL
 * metadata (EXIF incl. GPS, XMP, IPTC, ICC comments), cap the longest side
 * at 2048 px, re-encode as JPEG quality 85 (strip=true), make the thumbnail.
 * Returns 0, or -1 with *WHY an Italian sentence for the citizen
 * ("Il file non è un'immagine JPEG, PNG o WebP.", "L'immagine è troppo grande
 * (al massimo 40 megapixel).", "L'immagine è danneggiata o incompleta."). */
int media_photo_process(const void *data, size_t len, struct media_photo *out, const char **why);
void media_photo_free(struct media_photo *p);
/* A PDF document: %PDF- header, an %%EOF marker in the last 1 KiB, no more
 * than MEDIA_MAX_PDF bytes (10 MiB). 0 or -1 with *WHY. */
int media_pdf_check(const void *data, size_t len, const char **why);

#endif
