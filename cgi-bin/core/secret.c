/* secret.c - see secret.h. */
#include "secret.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

char *secret_read(const char *path)
{
	if (!path || !*path)
		return NULL;
	FILE *f = fopen(path, "r");
	if (!f) {
		log_error("cannot read %s: %s", path, strerror(errno));
		return NULL;
	}
	char line[256] = "";
	if (!fgets(line, sizeof line, f))
		line[0] = '\0';
	fclose(f);
	line[strcspn(line, "\r\n")] = '\0';
	char *s = strdup(line);
	if (!s)
		abort();
	return s;
}
