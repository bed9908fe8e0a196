/* config.c - see config.h. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"

/* KV ("KEY=VALUE") into CFG. */
static NEOERR *set_one(HDF *cfg, const char *kv)
{
	const char *eq = strchr(kv, '=');
	if (!eq)
		return STATUS_OK;
	char *key = strndup(kv, (size_t)(eq - kv));
	if (!key)
		abort();
	NEOERR *err = hdf_set_value(cfg, key, eq + 1);
	free(key);
	return err;
}

HDF *config_load(const char *path, const char *const *sets, int nsets)
{
	HDF *cfg = NULL;
	NEOERR *err = hdf_init(&cfg);
	if (!err && path)
		err = hdf_read_file(cfg, path);
	for (int i = 0; !err && i < nsets; i++)
		err = set_one(cfg, sets[i]);
	if (!err)
		return cfg;
	STRING s;
	string_init(&s);
	nerr_error_string(err, &s);
	log_error("config %s: %s", path ? path : "-", s.buf);
	string_clear(&s);
	nerr_ignore(&err);
	hdf_destroy(&cfg);
	return NULL;
}

void pidfile_write(const char *path)
{
	if (!path)
		return;
	FILE *f = fopen(path, "w");
	if (!f) {
		log_error("pidfile %s: %s", path, strerror(errno));
		return;
	}
	fprintf(f, "%d\n", (int)getpid());
	if (fclose(f) != 0)
		log_error("pidfile %s: %s", path, strerror(errno));
}

void pidfile_remove(const char *path)
{
	if (!path)
		return;
	FILE *f = fopen(path, "r");
	int pid = 0;
	if (!f)
		return;
	if (fscanf(f, "%d", &pid) != 1)
		pid = 0;
	fclose(f);
	if (pid == (int)getpid())
		unlink(path);
}
