# The govreport command (cli/): the core's sources compiled again with plain
# $(CC) and linked with the readers' libraries.  The extension's shared
# library (above) links none of them.
#   make cli                 builds cli/govreport
#   make install-cli         installs it and its man page (DESTDIR, prefix)
# `make install` also installs it when it has been built.
# poppler: its own classes (libpoppler-private-dev) for a PDF page's
# characters and lines (cli/pdfpage.cc, the one C++ source)
CLI_PKGS = poppler libzip libxml-2.0
CLI_VERSION := $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(srcdir)/govreport.control)
CLI_CFLAGS ?= -std=c99 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Werror
CLI_SRCS = $(sort $(wildcard $(srcdir)/cli/*.c))
CLI_CXXFLAGS ?= -std=c++17 -O2 -g -Wall -Wextra -Werror
# libpq's header only: the library is loaded when a command connects (cli/pq.c)
CLI_LIBPQ_I := $(shell $(PG_CONFIG) --includedir)
# prefix=… on the command line (as Debian packaging passes) wins; else /usr/local
ifeq ($(origin prefix),command line)
CLI_PREFIX = $(prefix)
else
CLI_PREFIX = /usr/local
endif

.PHONY: cli install-cli uninstall-cli
cli: cli/govreport

cli/pdfpage.o: $(srcdir)/cli/pdfpage.cc $(srcdir)/cli/pdfpage.h
	$(CXX) $(CLI_CXXFLAGS) -I$(srcdir)/cli $$(pkg-config --cflags poppler) -c -o $@ $<

cli/govreport: $(CLI_SRCS) cli/pdfpage.o $(CORE_SRCS) $(wildcard $(srcdir)/cli/*.h $(srcdir)/src/core/*.h) govreport.control
	$(CC) $(CLI_CFLAGS) -DGR_VERSION='"$(CLI_VERSION)"' -I$(srcdir)/src/core -I$(srcdir)/cli \
		-I$(CLI_LIBPQ_I) $$(pkg-config --cflags $(CLI_PKGS)) -o $@ $(CLI_SRCS) cli/pdfpage.o $(CORE_SRCS) \
		$$(pkg-config --libs $(CLI_PKGS)) -lstdc++ -ldl -lpthread -lm

install-cli: cli/govreport
	install -d '$(DESTDIR)$(CLI_PREFIX)/bin' '$(DESTDIR)$(CLI_PREFIX)/share/man/man1'
	install -m 755 cli/govreport '$(DESTDIR)$(CLI_PREFIX)/bin/govreport'
	install -m 644 $(srcdir)/cli/govreport.1 '$(DESTDIR)$(CLI_PREFIX)/share/man/man1/govreport.1'

uninstall-cli:
	rm -f '$(DESTDIR)$(CLI_PREFIX)/bin/govreport' '$(DESTDIR)$(CLI_PREFIX)/share/man/man1/govreport.1'

install: install-cli-if-built
.PHONY: install-cli-if-built
install-cli-if-built:
	@if [ -x cli/govreport ]; then $(MAKE) --no-print-directory install-cli; fi

EXTRA_CLEAN += cli/govreport cli/pdfpage.o
