/* photo_bench.c - `make bench`'s yardstick for case filing: how many times a
 * second this machine can put one photo through the same re-encoding the
 * cases program applies to every upload (media_photo_process: decode, strip,
 * resize, JPEG, thumbnail), with as many processes as filings run at once.
 * Filings per second are judged against this rate, not against nothing.
 * Usage: photo-bench FILE SECONDS PROCESSES; prints "reencode N RATE". */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "media/image.h"

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = f ? malloc(MEDIA_MAX_BYTES) : NULL;
	*len = buf ? fread(buf, 1, MEDIA_MAX_BYTES, f) : 0;
	if (f)
		fclose(f);
	return buf;
}

/* One process: re-encodes until the deadline, writes its count to FD. */
static int worker(const unsigned char *photo, size_t len, double until, int fd)
{
	long n = 0;
	const char *why = NULL;
	if (media_init() < 0)
		return 1;
	while (now() < until) {
		struct media_photo p;
		if (media_photo_process(photo, len, &p, &why) < 0) {
			fprintf(stderr, "photo-bench: %s\n", why);
			return 1;
		}
		media_photo_free(&p);
		n++;
	}
	media_shutdown();
	return write(fd, &n, sizeof n) == (ssize_t)sizeof n ? 0 : 1;
}

int main(int argc, char **argv)
{
	size_t len;
	unsigned char *photo = argc == 4 ? slurp(argv[1], &len) : NULL;
	double secs = argc == 4 ? atof(argv[2]) : 0;
	int procs = argc == 4 ? atoi(argv[3]) : 0, fds[2];
	if (!photo || !len || secs <= 0 || procs < 1 || pipe(fds) < 0) {
		fprintf(stderr, "usage: photo-bench FILE SECONDS PROCESSES\n");
		return 2;
	}
	double start = now();
	for (int i = 0; i < procs; i++)
		if (fork() == 0)
			_exit(worker(photo, len, start + secs, fds[1]));
	int failed = 0, st;
	for (int i = 0; i < procs; i++)
		failed |= wait(&st) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0;
	long total = 0, n;
	close(fds[1]);
	while (read(fds[0], &n, sizeof n) == (ssize_t)sizeof n)
		total += n;
	printf("reencode %ld %.1f\n", total, (double)total / (now() - start));
	free(photo);
	return failed;
}
