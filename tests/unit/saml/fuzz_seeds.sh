#!/bin/sh
# tests/unit/saml/fuzz_seeds.sh - regenerate the seed corpora of the
# fuzz_saml_response and fuzz_saml_logout targets: real signed messages at the
# fixed instant the targets judge them (2026-03-02T10:00:30Z). A new throw-away
# key is made each time (and discarded); the certificate is printed at the end
# and must replace FUZZ_IDP_CERT in tests/fuzz/idp_cert.c.
# Usage (repository root): sh tests/unit/saml/fuzz_seeds.sh
set -eu
OUT=tests/fuzz/corpus/fuzz_saml_response
OUT_LOGOUT=tests/fuzz/corpus/fuzz_saml_logout
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -subj '/CN=fuzz IdP (throw-away)' -days 2 \
	-keyout "$TMP/key.pem" -out "$TMP/cert.pem" >/dev/null 2>&1

P=urn:oasis:names:tc:SAML:2.0:protocol
A=urn:oasis:names:tc:SAML:2.0:assertion
sig() {   # sig URI: an empty enveloped exc-c14n / rsa-sha256 template
	printf '%s' "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo>\
<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>\
<ds:SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/>\
<ds:Reference URI=\"$1\"><ds:Transforms>\
<ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/>\
<ds:Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/></ds:Transforms>\
<ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/><ds:DigestValue/></ds:Reference>\
</ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:X509Data><ds:X509Certificate/></ds:X509Data>\
</ds:KeyInfo></ds:Signature>"
}
attr() { printf '%s' "<saml:Attribute Name=\"$1\"><saml:AttributeValue>$2</saml:AttributeValue></saml:Attribute>"; }
ISSUER='<saml:Issuer Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity">https://idp.example.org/</saml:Issuer>'
assertion() {   # assertion LEVEL
	printf '%s' "<saml:Assertion ID=\"_a1\" Version=\"2.0\" IssueInstant=\"2026-03-02T10:00:20Z\">$ISSUER$(sig '#_a1')\
<saml:Subject><saml:NameID Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:transient\" \
NameQualifier=\"https://idp.example.org/\">_0123456789abcdef</saml:NameID>\
<saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">\
<saml:SubjectConfirmationData Recipient=\"https://comune.example.it/auth/acs\" \
NotOnOrAfter=\"2026-03-02T10:05:00Z\" InResponseTo=\"_req1\"/></saml:SubjectConfirmation></saml:Subject>\
<saml:Conditions NotBefore=\"2026-03-02T10:00:20Z\" NotOnOrAfter=\"2026-03-02T10:05:00Z\">\
<saml:AudienceRestriction><saml:Audience>https://comune.example.it/spid</saml:Audience>\
</saml:AudienceRestriction></saml:Conditions>\
<saml:AuthnStatement AuthnInstant=\"2026-03-02T10:00:19Z\"><saml:AuthnContext>\
<saml:AuthnContextClassRef>https://www.spid.gov.it/SpidL$1</saml:AuthnContextClassRef>\
</saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>\
$(attr name Mario)$(attr familyName Rossi)$(attr fiscalNumber TINIT-RSSMRA80A01H501U)\
$(attr dateOfBirth 1980-01-01)</saml:AttributeStatement></saml:Assertion>"
}
response() {   # response STATUS BODY [RSIG]
	printf '%s' "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<samlp:Response xmlns:samlp=\"$P\" xmlns:saml=\"$A\" ID=\"_r1\" Version=\"2.0\" \
IssueInstant=\"2026-03-02T10:00:20.123Z\" Destination=\"https://comune.example.it/auth/acs\" \
InResponseTo=\"_req1\">$ISSUER${3:-}<samlp:Status>$1</samlp:Status>$2</samlp:Response>"
}
sign() {   # sign IN OUT
	xmlsec1 --sign --privkey-pem "$TMP/key.pem,$TMP/cert.pem" --id-attr:ID "$A:Assertion" \
		--id-attr:ID "$P:Response" --id-attr:ID "$P:LogoutRequest" --output "$2" "$1"
}
OK="<samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/>"
ERR="<samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Responder\"><samlp:StatusCode \
Value=\"urn:oasis:names:tc:SAML:2.0:status:AuthnFailed\"/></samlp:StatusCode>\
<samlp:StatusMessage>ErrorCode nr22</samlp:StatusMessage>"

mkdir -p "$OUT"
rm -f "$OUT"/*.xml
response "$OK" "$(assertion 2)" >"$TMP/in.xml" && sign "$TMP/in.xml" "$OUT/good.xml"
response "$OK" "$(assertion 3)" >"$TMP/in.xml" && sign "$TMP/in.xml" "$TMP/a.xml"
sed "s|InResponseTo=\"_req1\">$ISSUER|&$(sig '#_r1')|" "$TMP/a.xml" >"$TMP/in.xml"
sign "$TMP/in.xml" "$OUT/both-signed.xml"
response "$ERR" "" "$(sig '#_r1')" >"$TMP/in.xml" && sign "$TMP/in.xml" "$OUT/idp-error.xml"
response "$OK" "$(assertion 1)" >"$TMP/in.xml" && sign "$TMP/in.xml" "$OUT/level1.xml"
sed 's|>_0123456789abcdef<|>_0123456789<!-- x -->abcdef<|' "$OUT/good.xml" >"$OUT/comment-split.xml"
printf '%s' "<samlp:LogoutRequest xmlns:samlp=\"$P\" xmlns:saml=\"$A\" ID=\"_l1\" Version=\"2.0\" \
IssueInstant=\"2026-03-02T10:00:20Z\" Destination=\"https://comune.example.it/auth/slo\">$ISSUER$(sig '#_l1')\
<saml:NameID>_0123456789abcdef</saml:NameID><samlp:SessionIndex>_s1</samlp:SessionIndex>\
</samlp:LogoutRequest>" >"$TMP/in.xml" && sign "$TMP/in.xml" "$OUT/logout-request.xml"
mkdir -p "$OUT_LOGOUT"
cp "$OUT/logout-request.xml" "$OUT_LOGOUT/"
printf '%s' "<samlp:LogoutResponse xmlns:samlp=\"$P\" xmlns:saml=\"$A\" ID=\"_l2\" Version=\"2.0\" \
IssueInstant=\"2026-03-02T10:00:20Z\" Destination=\"https://comune.example.it/auth/slo\" \
InResponseTo=\"_ours\">$ISSUER<samlp:Status>$OK</samlp:Status></samlp:LogoutResponse>" \
	>"$OUT_LOGOUT/logout-response-unsigned.xml"
echo "Seeds written to $OUT and $OUT_LOGOUT. Paste this as FUZZ_IDP_CERT in tests/fuzz/idp_cert.c:" >&2
cat "$TMP/cert.pem"
