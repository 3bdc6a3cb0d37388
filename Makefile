# Everyday shortcuts. The scripts are the source of truth: ./run.sh and ./test.sh.
# Override the build folder with `make build BUILD_DIR=build-me`.

BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build test run fuzz bench format check-layers

all: build

deps:
	tools/install-deps.sh

configure:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

# Every target: libraries, the gongkai command, tests and benchmarks.
build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Dependencies, -Werror build, check-layers, ctest, fuzzing: what CI runs.
test:
	BUILD_DIR=$(BUILD_DIR) ./test.sh

# Build gongkai and render the demo report into out/demo/.
run:
	BUILD_DIR=$(BUILD_DIR) ./run.sh

# Build the libFuzzer targets with clang and run each for FUZZ_SECONDS (default 10).
fuzz:
	./test.sh --fuzz-only

# Run every benchmark binary built in $(BUILD_DIR)/bench/.
bench: build
	@found=0; for b in $$(find $(BUILD_DIR)/bench -maxdepth 1 -type f -perm -u+x 2>/dev/null | sort); do \
	  found=1; echo "==> $$b"; $$b || exit 1; \
	done; [ $$found -eq 1 ] || echo "no benchmarks built in $(BUILD_DIR)/bench/"

format:
	find src \( -name '*.h' -o -name '*.cc' \) -print0 | xargs -0 -r clang-format -i

check-layers:
	tools/check-layers
