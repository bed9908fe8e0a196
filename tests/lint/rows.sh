#!/usr/bin/env bash
# Rows are read by column name, into structs the store fills: on the login
# path (auth/, demoidp/ and the SAML store) nothing reads a cell by position
# (db_cell), and the handlers do not include core/db.h at all.
cd "$(dirname "$0")/../.." || exit 2
bad=0
if grep -rnw 'db_cell' cgi-bin/auth cgi-bin/demoidp cgi-bin/store/saml_store.c; then
	echo "a row read by position on the login path: fill a struct with db_get* in the store"; bad=1
fi
if grep -rn '#include "core/db.h"' cgi-bin/auth cgi-bin/demoidp cgi-bin/store/saml_store.h \
	cgi-bin/store/identity_store.h; then
	echo "core/db.h included on the login path outside the store"; bad=1
fi
exit $bad
