/* answer_files.c - see answer_files.h. A file: the line "<gen> <key's hash>
 * <key length> <body length>\n", the ETag and the content type each on a
 * line, then the key and the body. A miss, mostly another key's file, costs
 * the read of that line only. */
#include "answer_files.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#define SLOTS 1024               /* at most as many answers (~30 KB each) */
#define FILE_MAX (4u << 20)      /* a bigger one is not kept */
#define HEAD_MAX 96              /* the first line's most */

static uint64_t hash_of(const char *key)
{
	uint64_t h = 14695981039346656037ull;   /* FNV-1a */
	for (const unsigned char *p = (const unsigned char *)key; *p; p++)
		h = (h ^ *p) * 1099511628211ull;
	return h;
}

int answer_file_put(const char *dir, const char *key, unsigned long long gen,
		    const struct cache_page *p)
{
	char head[512], tmp[4096], path[4096];
	uint64_t h = hash_of(key);
	int hl = snprintf(head, sizeof head, "%llu %016" PRIx64 " %zu %zu\n%s\n%s\n", gen, h,
			  strlen(key), p->len, p->etag, p->content_type);
	if (hl < 0 || (size_t)hl >= sizeof head || strchr(p->etag, '\n') ||
	    strchr(p->content_type, '\n') || hl + strlen(key) + p->len > FILE_MAX) {
		errno = EFBIG;   /* or a line that would not read back */
		return -1;
	}
	snprintf(path, sizeof path, "%s/%03x", dir, (unsigned)(h % SLOTS));
	if ((size_t)snprintf(tmp, sizeof tmp, "%s/.new-%d", dir, (int)getpid()) >= sizeof tmp) {
		errno = ENAMETOOLONG;
		return -1;
	}
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		return -1;
	struct iovec iov[3] = { { head, (size_t)hl }, { (void *)key, strlen(key) },
				{ (void *)p->body, p->len } };
	size_t want = iov[0].iov_len + iov[1].iov_len + iov[2].iov_len;
	ssize_t w = writev(fd, iov, 3);
	if (close(fd) != 0 || w < 0 || (size_t)w != want || rename(tmp, path) != 0) {
		unlink(tmp);
		return -1;
	}
	return 0;
}

/* The next line of [*p, end) (its newline made a NUL), or NULL. */
static char *line(char **p, char *end)
{
	char *s = *p, *nl = memchr(s, '\n', (size_t)(end - s));
	if (!nl)
		return NULL;
	*nl = '\0';
	*p = nl + 1;
	return s;
}

int answer_file_get(const char *dir, struct arena *a, const char *key, unsigned long long gen,
		    struct cache_page *out)
{
	char path[4096], first[HEAD_MAX + 1];
	uint64_t h = hash_of(key);
	if ((size_t)snprintf(path, sizeof path, "%s/%03x", dir, (unsigned)(h % SLOTS)) >= sizeof path)
		return 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t got = read(fd, first, HEAD_MAX), size = 0;
	first[got > 0 ? got : 0] = '\0';
	unsigned long long g;
	uint64_t fh;
	size_t klen, blen;
	int n = -1;
	struct stat st;
	char *buf = NULL;
	if (sscanf(first, "%llu %" SCNx64 " %zu %zu%n", &g, &fh, &klen, &blen, &n) == 4 &&
	    first[n] == '\n' && g == gen && fh == h && klen == strlen(key) &&
	    fstat(fd, &st) == 0 && st.st_size >= got && (size_t)st.st_size <= FILE_MAX) {
		buf = arena_alloc(a, (size_t)st.st_size);
		memcpy(buf, first, (size_t)got);
		size = got;
		while (size < st.st_size) {
			ssize_t r = read(fd, buf + size, (size_t)(st.st_size - size));
			if (r <= 0)
				break;
			size += r;
		}
	}
	close(fd);
	if (!buf || size != st.st_size)
		return 0;
	char *p = buf + n + 1, *end = buf + size;
	char *etag = line(&p, end), *ctype = line(&p, end);
	if (!etag || !ctype || (size_t)(end - p) != klen + blen || memcmp(p, key, klen) != 0)
		return 0;
	*out = (struct cache_page){ p + klen, blen, etag, ctype, 0 };
	return 1;
}
