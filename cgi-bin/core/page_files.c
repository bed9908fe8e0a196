/* page_files.c - see page_files.h. */
#define _XOPEN_SOURCE 700
#include "page_files.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "arena.h"
#include "log.h"

const char *page_files_live(struct arena *a, const char *root)
{
	char link[PATH_MAX], name[64];
	if (!root || !*root || snprintf(link, sizeof link, "%s/live", root) >= (int)sizeof link)
		return NULL;
	ssize_t n = readlink(link, name, sizeof name - 1);
	if (n <= 0)
		return NULL;
	name[n] = '\0';
	return arena_strdup(a, name);
}

bool page_files_at(const char *name, unsigned long long gen)
{
	char want[32];
	snprintf(want, sizeof want, "g%llu-", gen);
	return name && strncmp(name, want, strlen(want)) == 0;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st; (void)flag; (void)ftw;
	return remove(path) == 0 || errno == ENOENT ? 0 : -1;
}

/* Every generation directory but KEEP: nginx may still be writing a late page
 * into one (it then fails to rename, harmlessly). */
static void remove_old(const char *root, const char *keep)
{
	DIR *d = opendir(root);
	if (!d)
		return;
	struct dirent *e;
	char path[PATH_MAX];
	while ((e = readdir(d)))
		if (e->d_name[0] == 'g' && strcmp(e->d_name, keep) != 0 &&
		    snprintf(path, sizeof path, "%s/%s", root, e->d_name) < (int)sizeof path)
			nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	closedir(d);
}

/* Under ROOT/lock, so that two flushes at once never leave live on the older. */
int page_files_flush(const char *root, unsigned long long gen)
{
	char lock[PATH_MAX], dir[PATH_MAX], tmp[PATH_MAX], live[PATH_MAX];
	if (snprintf(dir, sizeof dir, "%s/g%llu-XXXXXX", root, gen) >= (int)sizeof dir)
		return -1;
	snprintf(lock, sizeof lock, "%s/lock", root);
	snprintf(live, sizeof live, "%s/live", root);
	int fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0 || flock(fd, LOCK_EX) != 0) {
		log_error("page files: cannot lock %s: %s", lock, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	int rc = -1;
	const char *name;
	if (mkdtemp(dir) && chmod(dir, 0755) == 0) {
		name = strrchr(dir, '/') + 1;
		snprintf(tmp, sizeof tmp, "%s/live.%ld", root, (long)getpid());
		unlink(tmp);
		if (symlink(name, tmp) == 0 && rename(tmp, live) == 0) {
			remove_old(root, name);
			rc = 0;
		}
	}
	if (rc != 0)
		log_error("page files: cannot flush %s: %s", root, strerror(errno));
	close(fd);   /* releases the lock */
	return rc;
}
