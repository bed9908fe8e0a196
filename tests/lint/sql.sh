#!/usr/bin/env bash
# Every SQL statement is a prepared statement from a static literal:
# - only the store layer and core/db.c include mysql.h;
# - db_query/db_exec take a `sql` identifier (a static const char[]), never a
#   formatted string;
# - no SQL keyword inside a printf-style format.
cd "$(dirname "$0")/../.." || exit 2
bad=0
if grep -rln '#include <mysql.h>' cgi-bin | grep -vE '^cgi-bin/(core/db\.c|store/)'; then
	echo "mysql.h outside the store layer"; bad=1
fi
# db_query(db, a, out, sql, ...) and db_exec(db, sql, ...): the statement argument is `sql`
if perl -0777 -ne 'while (/\bdb_query\(\s*([^,]+),\s*([^,]+),\s*([^,]+),\s*([^,]+),/g) { print "$ARGV: db_query($4)\n" if $4 ne "sql" }
	while (/\bdb_exec\(\s*([^,]+),\s*([^,]+),/g) { print "$ARGV: db_exec($2)\n" if $2 ne "sql" }' \
	$(grep -rlE 'db_(query|exec)\(' cgi-bin --include=*.c | grep -v '^cgi-bin/core/db\.c$') | grep .; then
	echo "db_query/db_exec must be given a static 'sql' literal"; bad=1
fi
if grep -rnE '(printf|arena_printf|snprintf)\([^;]*"[^"]*\b(SELECT|INSERT|UPDATE|DELETE|REPLACE)\b' cgi-bin --include=*.c; then
	echo "SQL built with a printf-style function"; bad=1
fi
if grep -rnE 'static const char sql\[\] *=' cgi-bin --include=*.c | grep -v '^cgi-bin/store/'; then
	echo "SQL text outside the store layer"; bad=1
fi
exit $bad
