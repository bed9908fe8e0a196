/* news_store.h - read queries on the published Novità (notizie, comunicati,
 * avvisi). Every function returns 0 or -1 (logged) and fills OUT with text
 * cells named after the template fields. A news card's columns are slug,
 * news_type, title, summary, published_at, image, image_alt. */
#ifndef STORE_NEWS_STORE_H
#define STORE_NEWS_STORE_H

#include "core/db.h"

struct news_filter {
	const char *type;       /* "notizia", "comunicato", "avviso" or "" (all) */
	const char *topic;      /* topic slug or "" */
	const char *from, *to;  /* "YYYY-MM-DD", both days included; "" for no bound */
};

int news_count(struct db *db, struct arena *a, const struct news_filter *f, long *total);
/* Newest first (published_at, then id). */
int news_list(struct db *db, struct arena *a, const struct news_filter *f, int offset, int limit,
	      struct db_rows *out);
/* The home's and the landing's "in evidenza": the newest featured news
 * cards, LIMIT at most, whatever their type. */
int news_featured(struct db *db, struct arena *a, int limit, struct db_rows *out);
/* Topics with at least one published news item of type TYPE ("" any): slug, name, count. */
int news_topics_used(struct db *db, struct arena *a, const char *type, struct db_rows *out);
/* One published item: id, the card's columns, body, image_caption, updated_at,
 * office_slug, office_name, office_address, office_phone, office_email (NULL without office). */
int news_item(struct db *db, struct arena *a, const char *slug, struct db_rows *out);
/* The same row of item ID, published or not (the editors' preview). */
int news_item_preview(struct db *db, struct arena *a, long long id, struct db_rows *out);
int news_item_topics(struct db *db, struct arena *a, const char *news_id, struct db_rows *out);
/* id, title, file, format, bytes, stored; in their order, not removed. STORED 1: a PDF
 * uploaded by the editors (news_attachment_data()), FILE its name; 0: FILE
 * is a path under static/. */
int news_item_attachments(struct db *db, struct arena *a, const char *news_id,
			  struct db_rows *out);
/* The stored PDF ID of published news item SLUG: data, filename (no row: none). */
int news_attachment_data(struct db *db, struct arena *a, const char *slug, long long id,
			 struct db_rows *out);
/* The same of news item NEWS_ID, published or not (the editors' preview). */
int news_attachment_data_preview(struct db *db, struct arena *a, const char *news_id, long long id,
				 struct db_rows *out);

#endif
