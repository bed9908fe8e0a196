/* config.h - what every program does at start-up, in one place: read the HDF
 * configuration (a file plus --set KEY=VALUE overrides) and keep a PID file.
 * Used by the FastCGI programs (core/app.c, core/master.c) and the notifier. */
#ifndef CORE_CONFIG_H
#define CORE_CONFIG_H

#include <ClearSilver.h>

/* The HDF of PATH (NULL: none) with each of the NSETS "KEY=VALUE" strings in
 * SETS applied over it, in order ("KEY" without '=' is ignored). NULL after
 * logging why when the file cannot be read or parsed. */
HDF *config_load(const char *path, const char *const *sets, int nsets);

/* Write this process's PID to PATH (NULL: nothing), logging a failure. */
void pidfile_write(const char *path);

/* Remove PATH, but only while it still holds this process's PID: a newer
 * instance may have replaced it since. */
void pidfile_remove(const char *path);

#endif
