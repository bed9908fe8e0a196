# tests/fuzz/fuzz.mk - libFuzzer targets for the code that reads outside input.
# Run from the repository root:
#   make -f tests/fuzz/fuzz.mk run FUZZ_SECONDS=10   # build, fuzz each target, summary
#                                                    # (make test does this, 10 s)
#   make -f tests/fuzz/fuzz.mk run FUZZ_SECONDS=300  # the long run: minutes per target
#   make -f tests/fuzz/fuzz.mk all                   # build only
# All targets run at once, one process each: a long run wants as many idle
# cores as it can get.
# Core sources are rebuilt here with clang (fuzzer + ASan + UBSan), into build/fuzz/.
# Seeds live in tests/fuzz/corpus/<target>/; what the fuzzer finds goes to
# build/fuzz/corpus/<target>/, crash reproducers to build/fuzz/<target>-crash-*.
# Replay one:  build/fuzz/fuzz_query build/fuzz/fuzz_query-crash-<sha1>

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 10
FUZZ_OUT     := build/fuzz
FUZZ_CFLAGS  := -g -O1 -std=gnu11 -fsanitize=fuzzer,address,undefined \
                -fno-sanitize-recover=undefined -fno-omit-frame-pointer \
                -Icgi-bin -I/usr/include/ClearSilver \
                $(shell pkg-config --cflags fcgi libmariadb openssl 2>/dev/null)
CS_LIBS      := -lneo_cgi -lneo_cs -lneo_utl -lz

TARGETS := fuzz_query fuzz_route fuzz_text fuzz_json fuzz_markdown fuzz_saml_response fuzz_media \
           fuzz_multipart fuzz_cookie fuzz_codec fuzz_saml_logout

# What each target links: core sources and libraries.
# (addprefix, not patsubst, below: '%' in a pattern rule's prerequisites is the stem.)
fuzz_query_SRC := query arena
fuzz_query_LIBS :=
fuzz_route_SRC := route
fuzz_route_LIBS :=
fuzz_text_SRC  := view req http query arena stem buf log
fuzz_text_LIBS := $(CS_LIBS) -lstemmer -lfcgi
fuzz_json_SRC  := tpl markdown buf log
fuzz_json_LIBS := $(CS_LIBS) -lcmark
fuzz_markdown_SRC  := markdown log
fuzz_markdown_LIBS := $(CS_LIBS) -lcmark
XMLSEC_LIBS  := $(shell pkg-config --libs xmlsec1-openssl 2>/dev/null)
fuzz_saml_response_SRC  := saml/response arena log idp_cert
fuzz_saml_response_LIBS := $(XMLSEC_LIBS)
fuzz_multipart_SRC  := multipart query arena
fuzz_multipart_LIBS :=
fuzz_cookie_SRC  := http
fuzz_cookie_LIBS :=
fuzz_codec_SRC  := saml/codec query arena log
fuzz_codec_LIBS := -lcrypto -lz
# log_msg is the target's own (formatted, then dropped): not core/log
fuzz_saml_logout_SRC  := saml/response saml/redirect saml/sign saml/codec query arena idp_cert
fuzz_saml_logout_LIBS := $(XMLSEC_LIBS) -lz
fuzz_media_SRC  := media/image
fuzz_media_LIBS := $(shell pkg-config --libs vips 2>/dev/null) -lcrypto -lm

.PHONY: all run clean
.SECONDARY:
all: $(TARGETS:%=$(FUZZ_OUT)/%)

$(FUZZ_OUT)/obj/%.o: cgi-bin/core/%.c cgi-bin/core/*.h
	@mkdir -p $(dir $@)
	@echo "  CC      $@"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -c -o $@ $<

$(FUZZ_OUT)/obj/saml/%.o: cgi-bin/saml/%.c cgi-bin/saml/*.h
	@mkdir -p $(dir $@)
	@echo "  CC      $@"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) $(shell pkg-config --cflags xmlsec1-openssl 2>/dev/null) -c -o $@ $<

$(FUZZ_OUT)/obj/media/%.o: cgi-bin/media/%.c cgi-bin/media/*.h
	@mkdir -p $(dir $@)
	@echo "  CC      $@"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) $(shell pkg-config --cflags vips 2>/dev/null) -c -o $@ $<

$(FUZZ_OUT)/obj/idp_cert.o: tests/fuzz/idp_cert.c
	@mkdir -p $(dir $@)
	@echo "  CC      $@"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -c -o $@ $<

.SECONDEXPANSION:
$(FUZZ_OUT)/fuzz_%: tests/fuzz/fuzz_%.c $$(addprefix $(FUZZ_OUT)/obj/,$$(addsuffix .o,$$(fuzz_$$*_SRC)))
	@echo "  CC+LD   $@"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $^ $(fuzz_$*_LIBS)

# All targets run at once for FUZZ_SECONDS; then one line each and a total.
run: all
	@for t in $(TARGETS); do \
		mkdir -p $(FUZZ_OUT)/corpus/$$t; \
		( $(FUZZ_OUT)/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=5 \
			-artifact_prefix=$(FUZZ_OUT)/$$t- $(FUZZ_OUT)/corpus/$$t tests/fuzz/corpus/$$t \
			>$(FUZZ_OUT)/$$t.log 2>&1; echo $$? >$(FUZZ_OUT)/$$t.rc ) & \
	done; wait; \
	pass=0; fail=0; \
	for t in $(TARGETS); do \
		rc=$$(cat $(FUZZ_OUT)/$$t.rc); \
		runs=$$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' $(FUZZ_OUT)/$$t.log); \
		if [ "$$rc" = 0 ] && [ -n "$$runs" ]; then \
			echo "$$t: ok ($$runs runs)"; pass=$$((pass + 1)); \
		else \
			echo "$$t: FAILED (exit $$rc, log $(FUZZ_OUT)/$$t.log)"; fail=$$((fail + 1)); \
			grep -E 'ERROR|SUMMARY|runtime error|Test unit written|^    #[0-9] ' $(FUZZ_OUT)/$$t.log | head -20; \
		fi; \
	done; \
	echo "$$pass passed, $$fail failed"; \
	[ $$fail = 0 ]

clean:
	rm -rf $(FUZZ_OUT)
