#!/usr/bin/env bash
# Templates must not use ClearSilver's escaping holes (see templates/README.md)
# nor read request data directly: every value reaches HTML through the HDF
# the handler filled, escaped by Config.VarEscapeMode=html.
cd "$(dirname "$0")/../.." || exit 2
bad=0
if grep -nE '<\?cs +(uvar|alt|evar|lvar|name|linclude) *:|escape: *"none"|include: *[^" ]' templates/*.cs templates/*/*.cs; then
	echo "banned ClearSilver construct (uvar/alt/evar/lvar/name/linclude, escape:none, non-literal include)"
	bad=1
fi
# fragment() writes HTML a render made earlier (core/tpl.h): named by a literal only
if grep -nE 'fragment\(' templates/*.cs templates/*/*.cs | grep -vE 'fragment\("[a-z_]+"\)'; then
	echo "fragment() takes a string literal, the name its handler bound"
	bad=1
fi
if grep -nE '<\?cs[^?]*\b(Query|Cookie|HTTP|CGI)\.' templates/*.cs templates/*/*.cs; then
	echo "templates must not read Query.*, Cookie.*, HTTP.* or CGI.*"
	bad=1
fi
# a <script> whose element has content (after removing <?cs ... ?> tags), other than JSON-LD
if sed -E 's/<\?cs[^?]*\?>//g' templates/*.cs templates/*/*.cs | grep -nE '<script[^>]*>' |
	grep -v 'application/ld+json' | grep -vE '<script[^>]*></script>'; then
	echo "inline script: the CSP forbids it, put it in static/js/"
	bad=1
fi
if grep -nE ' style="' templates/*.cs templates/*/*.cs; then
	echo "inline style attribute: the CSP forbids it, use static/css/"
	bad=1
fi
exit $bad
