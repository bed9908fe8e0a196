/* idp_cert.c - the certificate of the throw-away IdP whose key signed the
 * seeds of fuzz_saml_response and fuzz_saml_logout (the key was discarded
 * after signing, so nothing else can ever verify). Not used anywhere else.
 * Regenerate with tests/unit/saml/fuzz_seeds.sh, which prints it. */
extern const char FUZZ_IDP_CERT[];
const char FUZZ_IDP_CERT[] =
	"-----BEGIN CERTIFICATE-----\n"
	"MIIDITCCAgmgAwIBAgIUWDi1actWag/4dChfrwroCE8MzMEwDQYJKoZIhvcNAQEL\n"
	"BQAwIDEeMBwGA1UEAwwVZnV6eiBJZFAgKHRocm93LWF3YXkpMB4XDTI2MTEyNjAy\n"
	"NTYzN1oXDTI2MTEyODAyNTYzN1owIDEeMBwGA1UEAwwVZnV6eiBJZFAgKHRocm93\n"
	"LWF3YXkpMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA32RbkrjtThHi\n"
	"M2fvNoYaf/4ZZJNhdnygzvMR6/YyfLGq4l/Gg28BVbo5i6H3WBOCG3H5Dx6YIWSY\n"
	"pLeRu8x/sSI2uPcUHvxcbsX2JWcyeHdECOoRaVTW4rgFByC6Q2paD3jUOXZQD1cH\n"
	"1a/g22tqfKcJPRwmkPQNtqq9MmKhUz2qUdBJZ95Y7gnItLMk78TmqxDiQ2kDdBKW\n"
	"iLaifVZDMDMTn6yDa8gh4iwgUbkl7Sph0nyl863meUCCYNpp7naaYtxZ7aLTRbvn\n"
	"7jThiT9oQtzPFZ54Ejbcc/sIR6qapAxuyH4/vW2pyZ0kAoIlLZTAav7SPzyEaheH\n"
	"8SC0s/n1fwIDAQABo1MwUTAdBgNVHQ4EFgQUAPshNjF1Is58N4tx4/hEQRKkUJEw\n"
	"HwYDVR0jBBgwFoAUAPshNjF1Is58N4tx4/hEQRKkUJEwDwYDVR0TAQH/BAUwAwEB\n"
	"/zANBgkqhkiG9w0BAQsFAAOCAQEAV7dq8VQlV1iG91a0vIudZ9pdtH95QOPJf0qn\n"
	"si2FmPkWkjfW4A7QiuHpj3s6B+qHFqOqeAd5UPyubmcnE4gu7OalaX2VL9RiTqAk\n"
	"9JII+x+/bkTq8A7lbtLAqlkkoS7NgOrr/wLK2xF+/64bQQZxvcR8t7rEAZ39BbS5\n"
	"4fmUBicAgsrTl73d3c7a0BqDql5wTTbxb3G4akFn8KmzAR9d8eMza1aUiHINrQOE\n"
	"3UWuC9Ir9FfgVYYWolRIzQCiU/EjpzVo/m7lJaDKQil6LMwsaK83jda68SA+YuBC\n"
	"AdqT9yaC4ll21bzkSLUUQZQ9ESaRTBaZbWixVDCvjALWL1e2ug==\n"
	"-----END CERTIFICATE-----\n";
