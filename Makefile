# Portale: build, run, test. The two commands a newcomer needs: `make run`, `make test`.
# Everything runtime lives under var/ (ignored by git); builds go to build/.

CC      ?= cc
PORT    ?= 8080
BUILD   := build
VAR     ?= $(CURDIR)/var

CS_CFLAGS := -I/usr/include/ClearSilver
CS_LIBS   := -lneo_cgi -lneo_cs -lneo_utl -lz
PKGS      := fcgi libmariadb openssl

WARN     := -Wall -Wextra -Werror -Wshadow -Wformat=2 -Wstrict-prototypes -Wmissing-prototypes \
            -Wno-missing-field-initializers
HARDEN   := -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fstack-clash-protection -fPIE \
            -fcf-protection
CFLAGS   ?= -O2 -g
CFLAGS   += -std=gnu11 $(WARN) $(HARDEN) -Icgi-bin $(CS_CFLAGS) \
            $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDFLAGS  += -pie -Wl,-z,relro,-z,now
LDLIBS   += $(CS_LIBS) $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lfcgi -lstemmer

CORE_SRC  := $(wildcard cgi-bin/core/*.c)
STORE_SRC := $(wildcard cgi-bin/store/*.c)
PAGES_SRC := $(wildcard cgi-bin/pages/*.c)
CORE_OBJ  := $(CORE_SRC:%.c=$(BUILD)/%.o)
STORE_OBJ := $(STORE_SRC:%.c=$(BUILD)/%.o)
PAGES_OBJ := $(PAGES_SRC:%.c=$(BUILD)/%.o)
PROGRAMS  := $(BUILD)/bin/portal $(BUILD)/bin/catalogue-index

.PHONY: all run stop status test unit bench clean deps lint
all: $(PROGRAMS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/bin/portal: $(BUILD)/cgi-bin/portal.o $(PAGES_OBJ) $(STORE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/bin/catalogue-index: $(BUILD)/cgi-bin/tools/catalogue_index.o $(STORE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

clean:
	rm -rf $(BUILD)
