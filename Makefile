# Thin wrappers over scripts/, which work without make on a bare machine.
# Build flags live in scripts/env.sh only.
.PHONY: run test bench build screenshots deb image install clean

run:
	./scripts/run.sh
test:
	./scripts/test.sh
bench:
	./scripts/bench.sh
build:
	./scripts/build.sh
clean:
	rm -rf bin dist
