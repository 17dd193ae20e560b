# Netprimer — build, run, test, bench. See README.md.

SHELL        := /bin/bash
.SHELLFLAGS  := -o pipefail -c

GO      ?= go
ADDR    ?= 127.0.0.1:8000
BIN     := bin/netprimer
TOOLS   := $(CURDIR)/.bin
WASMBROWSERTEST_VERSION := v0.11.0

# axe-core, the accessibility rules the end-to-end tests run in Chromium
# (e2e/a11y_test.go), from npm at this exact version (.ci/run: make axe).
AXE_VERSION := 4.14.1
AXE         := $(TOOLS)/axe/node_modules/axe-core/axe.min.js

GO_SOURCES  := $(shell find . -name '*.go' -not -path './.git/*' -not -path './bin/*' 2>/dev/null) go.mod go.sum
WEB_SOURCES := $(filter-out web/app.wasm%,$(wildcard web/*))

# Inlining copies a function's body into each caller, and Go's WebAssembly
# pays for every copy: app.wasm is built with inlining off in the packages
# where that makes it smaller on the wire (each measured alone and together
# with internal/cmd/precompress; the bench builds its baseline alike).
# What runs in the browser is event handling and page rendering, far from
# the cost of a call.
WASM_NOINLINE := github.com/maxence-charriere/go-app/v10/... netprimer/... \
	encoding/json reflect fmt math/big strings regexp/syntax mime sync unicode/utf8 slices \
	crypto/internal/fips140/nistec/... crypto/internal/fips140/bigmod \
	crypto/internal/fips140/ecdsa crypto/internal/fips140/edwards25519/...
WASM_FLAGS := -trimpath -ldflags='-s -w' $(foreach p,$(WASM_NOINLINE),-gcflags=$(p)=-l)

# The packages compiled into app.wasm: their tests also run in the browser.
WASM_PKGS = $(shell GOOS=js GOARCH=wasm $(GO) list -deps ./wasm | grep '^netprimer/app/')

# Release binaries for Linux, with the web files embedded: amd64 with cgo
# (the C library's resolver, as CPython's) and arm64 for a Raspberry Pi
# without (the resolver's Go model: no cross C compiler needed). Built on
# an amd64 host.
DIST         := dist
DIST_BINS    := $(DIST)/netprimer-linux-amd64 $(DIST)/netprimer-linux-arm64
RELEASE_FLAGS := -trimpath -ldflags='-s -w'

.PHONY: build run test check-fmt vet unit wasm-test e2e dist dist-check bench tools axe clean

build: $(BIN)

web/app.wasm: $(GO_SOURCES)
	GOOS=js GOARCH=wasm $(GO) build $(WASM_FLAGS) -o $@ ./wasm

web/app.wasm.br: web/app.wasm
	$(GO) run ./internal/cmd/precompress web/app.wasm

$(BIN): web/app.wasm.br $(WEB_SOURCES) $(GO_SOURCES)
	CGO_ENABLED=1 $(GO) build -trimpath -o $@ .

run: build
	./$(BIN) -addr $(ADDR)

test: check-fmt vet unit wasm-test e2e dist-check

check-fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet: web/app.wasm.br
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm $(WASM_PKGS)

unit: web/app.wasm.br
	$(GO) test -count=1 ./...

# Chromium runs headless for the wasm tests and the end-to-end tests; as
# root it needs --no-sandbox, which the shim in $(TOOLS)/chrome adds.
tools: $(TOOLS)/wasmbrowsertest $(TOOLS)/chrome/chromium

$(TOOLS)/wasmbrowsertest:
	GOBIN=$(TOOLS) $(GO) install github.com/agnivade/wasmbrowsertest@$(WASMBROWSERTEST_VERSION)

$(TOOLS)/chrome/chromium: internal/tools/chromium.sh
	mkdir -p $(TOOLS)/chrome
	cp internal/tools/chromium.sh $@
	chmod +x $@

axe: $(AXE)

$(AXE):
	npm install --no-audit --no-fund --prefix $(TOOLS)/axe axe-core@$(AXE_VERSION)
	grep -q '"version": "$(AXE_VERSION)"' $(TOOLS)/axe/node_modules/axe-core/package.json

wasm-test: tools
	PATH="$(TOOLS)/chrome:$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(TOOLS)/wasmbrowsertest" $(WASM_PKGS) 2>&1 \
		| grep -v 'could not unmarshal event'   # the runner's protocol library predates this Chromium

e2e: build tools axe
	PATH="$(TOOLS)/chrome:$$PATH" $(GO) test -count=1 -tags e2e -timeout 15m ./e2e -bin "$(CURDIR)/$(BIN)" -axe "$(AXE)"

dist: $(DIST)/SHA256SUMS

$(DIST)/netprimer-linux-amd64: web/app.wasm.br $(WEB_SOURCES) $(GO_SOURCES)
	CGO_ENABLED=1 GOOS=linux GOARCH=amd64 $(GO) build $(RELEASE_FLAGS) -o $@ .

$(DIST)/netprimer-linux-arm64: web/app.wasm.br $(WEB_SOURCES) $(GO_SOURCES)
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build $(RELEASE_FLAGS) -o $@ .

$(DIST)/SHA256SUMS: $(DIST_BINS)
	cd $(DIST) && sha256sum $(notdir $(DIST_BINS)) > SHA256SUMS

# Reads what make dist wrote: checksums, each binary's ELF header, how it
# is linked, and the web files in it.
dist-check: dist
	$(GO) test -count=1 -tags dist ./internal/dist -dir "$(CURDIR)/$(DIST)"

bench: build tools
	PATH="$(TOOLS)/chrome:$$PATH" $(GO) run ./internal/cmd/bench -bin "$(CURDIR)/$(BIN)" -out bench-out -noinline "$(WASM_NOINLINE)"

clean:
	rm -rf bin web/app.wasm web/app.wasm.br web/app.wasm.gz bench-out $(DIST)
