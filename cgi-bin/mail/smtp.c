/* smtp.c - see smtp.h. */
#include "smtp.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct smtp {
	CURL *curl;
	struct smtp_config cfg;
	void (*progress)(void *ctx);
	void *progress_ctx;
};

struct source {
	const char *p;
	size_t left;
};

static size_t read_cb(char *buf, size_t size, size_t nitems, void *userdata)
{
	struct source *src = userdata;
	size_t n = size * nitems;
	if (n > src->left)
		n = src->left;
	memcpy(buf, src->p, n);
	src->p += n;
	src->left -= n;
	return n;
}

struct smtp *smtp_new(const struct smtp_config *cfg)
{
	static int global_done;
	if (!global_done) {
		if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
			return NULL;
		global_done = 1;
	}
	struct smtp *s = calloc(1, sizeof(*s));
	if (!s)
		abort();
	s->cfg = *cfg;
	s->curl = curl_easy_init();
	if (!s->curl) {
		free(s);
		return NULL;
	}
	return s;
}

void smtp_free(struct smtp *s)
{
	if (!s)
		return;
	curl_easy_cleanup(s->curl);
	free(s);
}

void smtp_on_progress(struct smtp *s, void (*fn)(void *ctx), void *ctx)
{
	s->progress = fn;
	s->progress_ctx = ctx;
}

static int xferinfo_cb(void *userdata, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
		       curl_off_t ulnow)
{
	struct smtp *s = userdata;
	(void)dltotal, (void)dlnow, (void)ultotal, (void)ulnow;
	s->progress(s->progress_ctx);
	return 0;
}

/* ERR as one printable ASCII line. */
static void clean(char *err)
{
	for (char *p = err; *p; p++)
		if (*p < 0x20 || *p > 0x7E)
			*p = ' ';
}

int smtp_send(struct smtp *s, const char *rcpt, const char *msg, size_t len, char *err,
	      size_t errlen, long *smtp_code)
{
	CURL *c = s->curl;
	struct source src = { msg, len };
	char from[300], errbuf[CURL_ERROR_SIZE] = "";
	snprintf(from, sizeof from, "<%s>", s->cfg.from);
	struct curl_slist *rcpts = curl_slist_append(NULL, rcpt);
	*smtp_code = 0;
	if (!rcpts) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	/* the handle (and its open connection) is reused; options are set anew */
	curl_easy_reset(c);
	curl_easy_setopt(c, CURLOPT_URL, s->cfg.url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
	curl_easy_setopt(c, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpts);
	curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(c, CURLOPT_READFUNCTION, read_cb);
	curl_easy_setopt(c, CURLOPT_READDATA, &src);
	curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, (curl_off_t)len);   /* SIZE= */
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, s->cfg.connect_timeout);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, s->cfg.timeout);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	if (s->cfg.tls != SMTP_TLS_NONE)
		curl_easy_setopt(c, CURLOPT_USE_SSL, s->cfg.tls == SMTP_TLS_REQUIRED
							     ? (long)CURLUSESSL_ALL
							     : (long)CURLUSESSL_TRY);
	if (s->progress) {
		curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, xferinfo_cb);
		curl_easy_setopt(c, CURLOPT_XFERINFODATA, s);
		curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
	}
	if (s->cfg.ca_file)
		curl_easy_setopt(c, CURLOPT_CAINFO, s->cfg.ca_file);
	if (s->cfg.user) {
		curl_easy_setopt(c, CURLOPT_USERNAME, s->cfg.user);
		curl_easy_setopt(c, CURLOPT_PASSWORD, s->cfg.password ? s->cfg.password : "");
	}
	CURLcode rc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, smtp_code);
	curl_easy_setopt(c, CURLOPT_MAIL_RCPT, NULL);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, NULL);
	curl_slist_free_all(rcpts);
	if (rc == CURLE_OK)
		return 0;
	snprintf(err, errlen, "%s%s%s (smtp %ld)", curl_easy_strerror(rc), errbuf[0] ? ": " : "",
		 errbuf, *smtp_code);
	clean(err);
	return -1;
}
