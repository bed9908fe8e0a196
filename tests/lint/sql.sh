#!/usr/bin/env bash
# Every SQL statement is a prepared statement from a static literal:
# - only the store layer and core/db.c include mysql.h;
# - db_query/db_exec take a static const char[] literal of the same file,
#   never a formatted string;
# - no SQL keyword inside a printf-style format.
cd "$(dirname "$0")/../.." || exit 2
bad=0
if grep -rln '#include <mysql.h>' cgi-bin | grep -vE '^cgi-bin/(core/db\.c|store/)'; then
	echo "mysql.h outside the store layer"; bad=1
fi
# db_query(db, a, out, STMT, ...) and db_exec(db, STMT, ...): STMT names a
# `static const char STMT[] = "..."` literal of the same file.
if perl -0777 -ne 'my %lit = map { $_ => 1 } /static const char (\w+)\[\]\s*=/g;
	while (/\bdb_query\(\s*([^,]+),\s*([^,]+),\s*([^,]+),\s*([^,]+),/g) { print "$ARGV: db_query($4)\n" unless $lit{$4} }
	while (/\bdb_exec\(\s*([^,]+),\s*([^,]+),/g) { print "$ARGV: db_exec($2)\n" unless $lit{$2} }' \
	$(grep -rlE 'db_(query|exec)\(' cgi-bin --include=*.c | grep -v '^cgi-bin/core/db\.c$') | grep .; then
	echo "db_query/db_exec must be given a static const char[] SQL literal"; bad=1
fi
if grep -rnE '(printf|arena_printf|snprintf)\([^;]*"[^"]*\b(SELECT|INSERT|UPDATE|DELETE|REPLACE)\b' cgi-bin --include=*.c; then
	echo "SQL built with a printf-style function"; bad=1
fi
if grep -rnE '"(SELECT |INSERT INTO |UPDATE [a-z_]+ SET |DELETE FROM |REPLACE INTO )' cgi-bin --include=*.c |
	grep -v '^cgi-bin/store/'; then
	echo "SQL text outside the store layer"; bad=1
fi
exit $bad
