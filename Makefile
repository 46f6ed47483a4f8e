# The README's two commands are 'make demo' and 'make test'; the rest are
# conveniences. Everything here is plain 'go' underneath.

GO ?= go

.PHONY: demo test test-short build bench fuzz vet

demo:
	$(GO) run ./cmd/probity demo

test:
	$(GO) vet ./...
	$(GO) test ./...

# Skips the tests that read the shared data beside the repository (real snapshots, benchmark sets).
test-short:
	$(GO) test -short ./...

build:
	$(GO) build -o probity ./cmd/probity

bench:
	$(GO) test -run '^$$' -bench . -benchtime 1x ./...

# A short run of every fuzz target, one at a time.
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list 'Fuzz.*' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime 10s $$pkg || exit 1; \
	  done; \
	done
