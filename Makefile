# Netprimer — build, run, test, bench. See README.md.

SHELL        := /bin/bash
.SHELLFLAGS  := -o pipefail -c

GO      ?= go
ADDR    ?= 127.0.0.1:8000
BIN     := bin/netprimer
TOOLS   := $(CURDIR)/.bin
WASMBROWSERTEST_VERSION := v0.11.0

GO_SOURCES  := $(shell find . -name '*.go' -not -path './.git/*' -not -path './bin/*' 2>/dev/null) go.mod go.sum
WEB_SOURCES := $(filter-out web/app.wasm%,$(wildcard web/*))

# The packages compiled into app.wasm: their tests also run in the browser.
WASM_PKGS = $(shell GOOS=js GOARCH=wasm $(GO) list -deps ./wasm | grep '^netprimer/app/')

.PHONY: build run test check-fmt vet unit wasm-test e2e bench tools clean

build: $(BIN)

web/app.wasm: $(GO_SOURCES)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $@ ./wasm

web/app.wasm.br: web/app.wasm
	$(GO) run ./internal/cmd/precompress web/app.wasm

$(BIN): web/app.wasm.br $(WEB_SOURCES) $(GO_SOURCES)
	CGO_ENABLED=1 $(GO) build -trimpath -o $@ .

run: build
	./$(BIN) -addr $(ADDR)

test: check-fmt vet unit wasm-test e2e

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

wasm-test: tools
	PATH="$(TOOLS)/chrome:$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(TOOLS)/wasmbrowsertest" $(WASM_PKGS) 2>&1 \
		| grep -v 'could not unmarshal event'   # the runner's protocol library predates this Chromium

e2e: build tools
	PATH="$(TOOLS)/chrome:$$PATH" $(GO) test -count=1 -tags e2e -timeout 15m ./e2e -bin "$(CURDIR)/$(BIN)"

bench: build tools
	PATH="$(TOOLS)/chrome:$$PATH" $(GO) run ./internal/cmd/bench -bin "$(CURDIR)/$(BIN)" -out bench-out

clean:
	rm -rf bin web/app.wasm web/app.wasm.br web/app.wasm.gz bench-out
