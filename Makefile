# Portale: build, run, test. The two commands a newcomer needs: `make run`, `make test`.
# Everything runtime lives under var/ (ignored by git); builds go to build/.

CC      ?= cc
PORT    ?= 8080
BUILD   := build
VAR     ?= $(CURDIR)/var

CS_CFLAGS := -I/usr/include/ClearSilver
CS_LIBS   := -lneo_cgi -lneo_cs -lneo_utl -lz
PKGS      := fcgi libmariadb openssl libxml-2.0 xmlsec1-openssl libcurl vips liboath libargon2 libcmark

WARN     := -Wall -Wextra -Werror -Wshadow -Wformat=2 -Wstrict-prototypes -Wmissing-prototypes \
            -Wno-missing-field-initializers
HARDEN   := -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fstack-clash-protection -fPIE \
            -fcf-protection
OPT      ?= -O2 -g
CFLAGS   += $(OPT) -std=gnu11 $(WARN) $(HARDEN) -Icgi-bin $(CS_CFLAGS) \
            $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDFLAGS  += -pie -Wl,-z,relro,-z,now
LDLIBS   += $(CS_LIBS) $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lfcgi -lstemmer -lm

# Shared modules, then each program's own page family directory.
objs = $(patsubst %.c,$(BUILD)/%.o,$(wildcard $(1)))
CORE_OBJ  := $(call objs,cgi-bin/core/*.c)
VOCAB_OBJ := $(call objs,cgi-bin/vocab/*.c)
STORE_OBJ := $(call objs,cgi-bin/store/*.c) $(VOCAB_OBJ)   # the stores speak the vocabulary
SESS_OBJ  := $(call objs,cgi-bin/session/*.c)
SAML_OBJ  := $(call objs,cgi-bin/saml/*.c)
MEDIA_OBJ := $(call objs,cgi-bin/media/*.c)
PAGES_OBJ := $(call objs,cgi-bin/pages/*.c)
AUTH_OBJ  := $(call objs,cgi-bin/auth/*.c)
DEMO_OBJ  := $(call objs,cgi-bin/demoidp/*.c)
MAIL_OBJ  := $(call objs,cgi-bin/mail/*.c)
CASES_OBJ := $(call objs,cgi-bin/cases/*.c)
ADMIN_OBJ := $(call objs,cgi-bin/admin/*.c cgi-bin/content/*.c cgi-bin/ops/*.c cgi-bin/setup/*.c cgi-bin/dash/*.c \
               cgi-bin/desk/*.c) $(BUILD)/cgi-bin/cases/prenota_cal.o \
               $(BUILD)/cgi-bin/cases/prenota_avail.o   # the counter reads the calendar
# The public pages the editors' previews render (content/newsroom_list.c).
PREVIEW_OBJ := $(addprefix $(BUILD)/cgi-bin/pages/,novita.o eventi.o vivere.o listing.o catalogue.o \
               persone.o documenti.o amministrazione.o) $(MEDIA_OBJ)
PROGRAMS  := $(BUILD)/bin/portal $(BUILD)/bin/auth $(BUILD)/bin/demo-idp $(BUILD)/bin/cases $(BUILD)/bin/admin $(BUILD)/bin/staff-add $(BUILD)/bin/catalogue-index
PROGRAMS  += $(BUILD)/bin/notifier $(BUILD)/bin/smtp-sink $(BUILD)/bin/photo-bench

.PHONY: all run stop status test bench bench-scale conformity lighthouse clean deps deps-test unit unit-asan
all: $(PROGRAMS) $(BUILD)/assets.hdf

# Front-end assets, fingerprinted, and their manifest (conf/assets.mjs). The templates and
# the C are inputs too: the CSS keeps the rules and the sprite the icons they name.
ASSET_SRC := conf/assets.mjs conf/site.hdf package-lock.json $(wildcard static/css/*.css static/js/*.js \
             static/images/*.svg templates/*.cs templates/*/*.cs cgi-bin/*.c cgi-bin/*/*.c)
$(BUILD)/assets.hdf: $(ASSET_SRC)
	@echo "  ASSETS  $@"
	@node conf/assets.mjs $(BUILD)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/bin/portal: $(BUILD)/cgi-bin/portal.o $(PAGES_OBJ) $(MEDIA_OBJ) $(STORE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/bin/auth: $(BUILD)/cgi-bin/auth.o $(AUTH_OBJ) $(SAML_OBJ) $(SESS_OBJ) $(STORE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/bin/demo-idp: $(BUILD)/cgi-bin/demo_idp.o $(DEMO_OBJ) $(SAML_OBJ) $(STORE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/bin/cases: $(BUILD)/cgi-bin/cases.o $(CASES_OBJ) $(MEDIA_OBJ) $(SESS_OBJ) $(VOCAB_OBJ) $(STORE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/bin/admin: $(BUILD)/cgi-bin/admin.o $(ADMIN_OBJ) $(PREVIEW_OBJ) $(SESS_OBJ) $(VOCAB_OBJ) $(STORE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/bin/staff-add: $(BUILD)/cgi-bin/tools/staff_add.o $(BUILD)/cgi-bin/admin/staff_auth.o \
		$(STORE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/bin/catalogue-index: $(BUILD)/cgi-bin/tools/catalogue_index.o $(STORE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# The e-mail notifier (a daemon, not FastCGI) and the local SMTP sink.
$(BUILD)/bin/notifier: $(BUILD)/cgi-bin/notifier.o $(MAIL_OBJ) $(STORE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# make bench's yardstick for filing: the upload's re-encoding alone.
$(BUILD)/bin/photo-bench: $(BUILD)/cgi-bin/tools/photo_bench.o $(MEDIA_OBJ) $(BUILD)/cgi-bin/core/log.o
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/bin/smtp-sink: $(BUILD)/cgi-bin/tools/smtp_sink.o
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^

# Unit tests (cmocka): one binary per tests/unit/test_<module>.c, linked with the core.
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
$(BUILD)/tests/%: tests/unit/%.c $(ADMIN_OBJ) $(PREVIEW_OBJ) $(MEDIA_OBJ) $(SAML_OBJ) $(MAIL_OBJ) $(SESS_OBJ) \
		$(VOCAB_OBJ) $(STORE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	@echo "  CC+LD   $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS) -lcmocka
unit: $(UNIT_BIN)

# A probe of core/db.c against a real server, driven by tests/integration/db_transactions.test.js.
DB_PROBE_OBJ := $(addprefix $(BUILD)/cgi-bin/core/,db.o arena.o log.o secret.o)
$(BUILD)/tests/db_probe: tests/db/db_probe.c $(DB_PROBE_OBJ)
	@mkdir -p $(dir $@)
	@echo "  CC+LD   $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# The same unit tests under AddressSanitizer + LeakSanitizer + UBSan.
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
unit-asan:
	@$(MAKE) --no-print-directory BUILD=build/asan OPT="$(ASAN_FLAGS)" \
		LDFLAGS="-fsanitize=address,undefined" unit

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

clean:
	rm -rf $(BUILD)

# ---- running it ------------------------------------------------------------

deps:
	@conf/ctl.sh deps run

deps-test:
	@conf/ctl.sh deps test

run: deps
	@$(MAKE) --no-print-directory all
	@VAR=$(VAR) PORT=$(PORT) DEMO_IDP=1 DEMO_STAFF=1 conf/ctl.sh start --data-dir sql/demo
	@echo
	@echo "Portale avviato: http://127.0.0.1:$(PORT)/"
	@echo "(make stop per fermarlo; dati e log in $(VAR), e-mail inviate in $(VAR)/mail)"
	@echo
	@echo "Area riservata: http://127.0.0.1:$(PORT)/admin (account demo: utente, password, segreto TOTP;"
	@echo "il codice a 6 cifre: oathtool --totp -b SEGRETO, o un'app di autenticazione con l'URI otpauth)"
	@cut -f1-3 $(VAR)/secrets/staff-demo.txt | sed 's/^/  /'
	@echo "Cittadini demo: Accedi > Entra con SPID > Demo IdP (solo prova)."

stop:
	@VAR=$(VAR) conf/ctl.sh stop

status:
	@VAR=$(VAR) conf/ctl.sh status

# ---- tests -----------------------------------------------------------------
# tests/run.sh builds what it needs, starts a throw-away stack under var/test on
# TEST_PORT with the fixture data, runs every suite and prints "N passed, N failed".
TEST_PORT ?= 18080

test: deps-test
	@$(MAKE) --no-print-directory all
	@TEST_PORT=$(TEST_PORT) tests/run.sh

bench: deps-test
	@$(MAKE) --no-print-directory all
	@tests/bench/run.sh

# The back office at a big city's volume: SCALE cases (default 12,500,000)
# loaded into a throw-away stack, then each back-office page's p50/p99 with 16
# staff sessions at once (tests/bench/scale.sh). SCALE=1000000 runs smaller.
bench-scale: deps-test
	@$(MAKE) --no-print-directory all
	@SCALE=$(or $(SCALE),12500000) tests/bench/scale.sh

# Lighthouse's mobile preset (npm) with Debian's Chromium on the home, a service page and
# the case form, against a private stack with the demo data; then the pages' weight.
lighthouse: deps-test
	@$(MAKE) --no-print-directory all
	@tests/lighthouse/run.sh

# AgID's conformity checker (pa-website-validator-ng) from a local copy of its
# source (VALIDATOR_SRC) against a private stack with the demo data.
conformity: deps-test
	@$(MAKE) --no-print-directory all
	@tests/conformity/run.sh
