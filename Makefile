# ragft: the two commands a new user types are `make run` and `make test`.
# Each installs any missing Debian packages, configures once, builds incrementally, then
# starts `ragft ask` or runs every test through ctest.

BUILD_DIR ?= build
# Release, no debug info: debug info made each file's compile about a third slower, and CI builds
# the sources three times within its 30 minutes. BUILD_TYPE=Debug for a debugger. At -O2, not
# CMake's -O3 for Release: GCC 12 at -O3 warns falsely inside std::string's operator+ and insert
# (-Wrestrict, "accessing 9223372036854775810 or more bytes"), eight times in a build.
BUILD_TYPE ?= Release
RELEASE_FLAGS ?= -O2 -DNDEBUG
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

# No "make[1]: Entering directory" lines above the questionnaire (passed on to the make that
# cmake --build runs).
MAKEFLAGS += --no-print-directory

.PHONY: all deps configure build run test lint format format-check san-configure test-asan fuzz install uninstall package clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD_DIR)/CMakeCache.txt: | deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_CXX_FLAGS_RELEASE="$(RELEASE_FLAGS)" >/dev/null

configure: deps $(BUILD_DIR)/CMakeCache.txt

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Only what `ragft ask` needs: the executable, not the test suite (a first `make run` is the
# library's build alone).
run: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target ragft
	@./$(BUILD_DIR)/ragft ask $(ARGS)

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# Static analysis: clang-tidy with the checks of .clang-tidy over src/ (and the headers it
# includes), JOBS files at a time; fails on any finding. Needs only the configured build folder.
lint: configure
	@bash scripts/lint.sh $(BUILD_DIR) $(JOBS)

# clang-format 14 with the style of .clang-format: `format` rewrites the C++ sources in place,
# `format-check` changes nothing and fails naming each file that differs.
format: deps
	@bash scripts/format.sh

format-check: deps
	@bash scripts/format.sh --check

# The sanitizer build (build-asan/): clang at -O0 with AddressSanitizer, UndefinedBehaviorSanitizer
# and libFuzzer's coverage instrumentation, so that one build serves both `make test-asan` and
# `make fuzz` (CI builds the library twice, not three times), each module compiled as one file
# (RAGFT_UNITY: CMakeLists.txt says why). A folder configured otherwise (by an older Makefile) is
# configured afresh.
SAN_DIR := build-asan
san-configure: deps
	@grep -qs '^RAGFT_UNITY:BOOL=ON' $(SAN_DIR)/CMakeCache.txt || { rm -rf $(SAN_DIR) && \
	  CXX=clang++ cmake -S . -B $(SAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DRAGFT_SANITIZE=ON -DRAGFT_BUILD_FUZZERS=ON \
	    -DRAGFT_UNITY=ON >/dev/null; }

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: san-configure
	@cmake --build $(SAN_DIR) -j $(JOBS)
	@cd $(SAN_DIR) && RAGFT_SANITIZED=1 ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS)

# Each libFuzzer target for FUZZ_SECONDS, from the seed corpus (examples, scenarios, fixtures,
# hostile inputs), with its dictionary; prints executions and coverage per target; new crashes are
# left in fuzz/findings/. FUZZ_TARGETS="fuzz_spec fuzz_adr" runs only those.
FUZZ_SECONDS ?= 60
FUZZ_RUNS ?=
fuzz: san-configure
	@cmake --build $(SAN_DIR) -j $(JOBS) --target fuzz_spec fuzz_rule_base fuzz_adr fuzz_adr_body fuzz_answers fuzz_config
	@bash scripts/fuzz.sh $(SAN_DIR) $(FUZZ_SECONDS) "$(FUZZ_RUNS)" $(FUZZ_TARGETS)

# Installs ragft, its man page, completions and default rules under PREFIX (docs/install.md),
# stripped; DESTDIR stages the install. `make uninstall` removes what the last install put there.
PREFIX ?= /usr/local
install: build
	@DESTDIR="$(DESTDIR)" cmake --install $(BUILD_DIR) --prefix "$(PREFIX)" --strip
	@cp $(BUILD_DIR)/install_manifest.txt $(BUILD_DIR)/installed-files.txt

uninstall:
	@test -f $(BUILD_DIR)/installed-files.txt || { echo "ragft: nothing installed from $(BUILD_DIR)" >&2; exit 2; }
	@xargs -d '\n' rm -fv < $(BUILD_DIR)/installed-files.txt
	@rm -f $(BUILD_DIR)/installed-files.txt

# The Debian package ragft_<version>_amd64.deb, built by CPack in $(BUILD_DIR) and moved to the
# top folder: install it with `apt-get install ./ragft_*.deb`.
package: build
	@cd $(BUILD_DIR) && cpack -G DEB >/dev/null
	@mv $(BUILD_DIR)/ragft_*.deb .
	@ls ragft_*.deb

clean:
	@rm -rf $(BUILD_DIR) build-asan build-fuzz
