#!/usr/bin/env bash
# Rows are read by column name (db_get*), into structs the store fills where
# a handler needs them: nothing anywhere reads a cell by position (core/db.h
# has no positional accessor left; a reader indexing cells by hand is caught
# here), and the login path's handlers do not include core/db.h at all.
cd "$(dirname "$0")/../.." || exit 2
bad=0
if grep -rnwE 'db_cell|cells\[' cgi-bin | grep -vE '^cgi-bin/core/(db|view)\.c:'; then
	echo "a row read by position: read it by column name with db_get* (in the store)"; bad=1
fi
if grep -rn '#include "core/db.h"' cgi-bin/auth cgi-bin/demoidp cgi-bin/store/saml_store.h \
	cgi-bin/store/identity_store.h; then
	echo "core/db.h included on the login path outside the store"; bad=1
fi
exit $bad
