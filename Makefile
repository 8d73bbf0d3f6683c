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
screenshots:
	./scripts/screenshots.sh
deb:
	./scripts/deb.sh
image:
	./scripts/image.sh
# Installs the package on this machine (the kiosk session then starts on tty1 at boot).
install:
	deb=$$(./scripts/deb.sh) && apt-get install -y "./$$deb"
clean:
	rm -rf bin dist
