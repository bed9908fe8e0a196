/* page_files.h - the public pages nginx keeps as files and serves without us.
 *
 * Under ROOT (PageFiles.Dir) each directory gG-XXXXXX holds the pages rendered
 * while the catalogue was at generation G, one subdirectory per day; the
 * symlink ROOT/live names the one nginx reads. The portal tells nginx where a
 * page it rendered may be kept (X-Page-File: the live directory it saw before
 * reading the database, and the day); nginx writes it there (fastcgi_store).
 * A flush points live at a new, empty directory: a page rendered before the
 * change can only land in a directory nginx no longer reads. */
#ifndef CORE_PAGE_FILES_H
#define CORE_PAGE_FILES_H

#include <stdbool.h>

struct arena;

/* The name live points at (e.g. "g42-a1B2c3"), or NULL (none, or ROOT unset). */
const char *page_files_live(struct arena *a, const char *root);
/* True when NAME was made at generation GEN. */
bool page_files_at(const char *name, unsigned long long gen);
/* Point live at a new empty directory for GEN and remove the others; 0 or -1. */
int page_files_flush(const char *root, unsigned long long gen);

#endif
