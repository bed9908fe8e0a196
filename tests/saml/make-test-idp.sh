#!/usr/bin/env bash
# tests/saml/make-test-idp.sh DIR BASE_URL - a throw-away test identity
# provider for the SPID/CIE tests (tests/integration/spid_*.test.js), never for
# production. Writes into DIR:
#
#   test-idp.xml       SPID IdP metadata, entityID https://test-idp.invalid/idp
#   cie-test-idp.xml   CIE IdP metadata (file name "cie*": CIE federation),
#                      entityID https://cie-test-idp.invalid/idp
#   keys/test-idp.{key,crt}      the test IdP's signing key and certificate
#   keys/cie-test-idp.{key,crt}  the CIE test IdP's
#   keys/rogue.{key,crt}         a key nobody trusts (signature tests)
#   test-idp.env       BASE_URL and entity IDs, for the record
#
# Every key is an RSA-2048 THROW-AWAY TEST KEY made here with openssl; the
# directory is meant to live under the test stack's VAR and be deleted with it.
# conf/ctl.sh start with EXTRA_IDP_DIR=DIR makes the auth program trust the two
# *.xml files (only those: keys/ and *.env are not metadata).
#
# Idempotent: existing keys are kept (a running stack keeps trusting them);
# the metadata is rewritten only when its content would change.
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 DIR BASE_URL" >&2; exit 2; }
DIR=$1
BASE_URL=${2%/}
case $BASE_URL in
http://* | https://*) ;;
*) echo "make-test-idp: BASE_URL must be an http(s) URL, not '$BASE_URL'" >&2; exit 2 ;;
esac

SPID_ENTITY=https://test-idp.invalid/idp
CIE_ENTITY=https://cie-test-idp.invalid/idp

mkdir -p "$DIR/keys"
chmod 700 "$DIR/keys"

# make_key NAME SUBJECT: keys/NAME.key + keys/NAME.crt unless both exist and match
make_key() {
	local k=$DIR/keys/$1.key c=$DIR/keys/$1.crt
	if [ -s "$k" ] && [ -s "$c" ] &&
	   [ "$(openssl pkey -in "$k" -pubout 2>/dev/null)" = "$(openssl x509 -in "$c" -noout -pubkey 2>/dev/null)" ]; then
		return 0
	fi
	local tmp
	tmp=$(mktemp -d "$DIR/keys/.new.XXXXXX")
	(umask 077
	 openssl req -x509 -newkey rsa:2048 -sha256 -days 3650 -nodes \
		-keyout "$tmp/key" -out "$tmp/crt" -subj "$2" 2>/dev/null) ||
		{ rm -rf "$tmp"; echo "make-test-idp: openssl failed for $1" >&2; exit 1; }
	{ echo "# THROW-AWAY TEST KEY made by tests/saml/make-test-idp.sh - never trust it outside the tests"
	  cat "$tmp/key"; } >"$tmp/key.marked"
	chmod 600 "$tmp/key.marked"
	mv -f "$tmp/key.marked" "$k"
	mv -f "$tmp/crt" "$c"
	rm -rf "$tmp"
}

make_key test-idp "/C=IT/O=Test IdP - THROW-AWAY TEST KEY/CN=test-idp.invalid"
make_key cie-test-idp "/C=IT/O=CIE test IdP - THROW-AWAY TEST KEY/CN=cie-test-idp.invalid"
make_key rogue "/C=IT/O=Rogue - THROW-AWAY TEST KEY, NOT TRUSTED/CN=rogue.invalid"

cert_b64() { grep -v -- '-----' "$DIR/keys/$1.crt" | tr -d '\n'; }

# write_if_changed FILE: stdin to FILE, atomically, only when different
write_if_changed() {
	local tmp
	tmp=$(mktemp "$1.XXXXXX")
	cat >"$tmp"
	if [ -f "$1" ] && cmp -s "$tmp" "$1"; then rm -f "$tmp"; else chmod 644 "$tmp"; mv -f "$tmp" "$1"; fi
}

# metadata ENTITY DISPLAY_NAME KEYNAME HOST
metadata() {
	cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!-- THROW-AWAY TEST IdP made by tests/saml/make-test-idp.sh for the SPID/CIE tests only
     (SP under test: $BASE_URL). Its key is a test key: never install this file in conf/idp. -->
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui" entityID="$1">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" WantAuthnRequestsSigned="true">
    <md:Extensions><mdui:UIInfo><mdui:DisplayName xml:lang="it">$2</mdui:DisplayName></mdui:UIInfo></md:Extensions>
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>$(cert_b64 "$3")</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://$4/slo"/>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://$4/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
XML
}

metadata "$SPID_ENTITY" "Test IdP (solo test)" test-idp test-idp.invalid | write_if_changed "$DIR/test-idp.xml"
metadata "$CIE_ENTITY" "CIE test IdP (solo test)" cie-test-idp cie-test-idp.invalid | write_if_changed "$DIR/cie-test-idp.xml"

write_if_changed "$DIR/test-idp.env" <<ENV
# written by tests/saml/make-test-idp.sh (throw-away test IdP)
BASE_URL=$BASE_URL
SPID_ENTITY=$SPID_ENTITY
CIE_ENTITY=$CIE_ENTITY
ENV
