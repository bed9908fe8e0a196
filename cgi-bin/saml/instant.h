/* instant.h - time as SAML writes it: xs:dateTime in UTC with milliseconds
 * ("2026-11-26T10:00:00.123Z"); and the same instant as MariaDB's DATETIME(3). */
#ifndef SAML_INSTANT_H
#define SAML_INSTANT_H

struct arena;

/* Unix time now, with milliseconds. */
double saml_now(void);
const char *saml_instant(struct arena *a, double t);
const char *saml_sql_instant(struct arena *a, double t);

#endif
