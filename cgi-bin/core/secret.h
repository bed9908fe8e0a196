/* secret.h - reading a secret (a database password) from its own file, so
 * that no secret sits in a configuration file or on a command line. */
#ifndef CORE_SECRET_H
#define CORE_SECRET_H

/* The first line of PATH without its line end, malloc'd; NULL (logged) if
 * PATH is NULL, empty or unreadable. */
char *secret_read(const char *path);

#endif
