#!/bin/sh
# Builds a Debian 12 (bookworm) kiosk root filesystem in a folder with debootstrap: cage, the
# store-kiosk package and its configuration, the kiosk session on tty1 from boot, laid out
# for a read-only root (make image). Then it checks the result inside the folder (chroot):
# the kiosk user, the enabled session, `kiosk --check-config`, the units.
#
#   packaging/image/build.sh DEB [ROOTFS]      as root; ROOTFS default dist/image/rootfs
#
# Settings (environment):
#   MIRROR=http://deb.debian.org/debian   Debian mirror (or a local apt cache/proxy)
#   CONFIG=site/config.toml               this store's configuration (default: the packaged one)
#   CREDSTORE=site/credstore              files copied to /etc/credstore (tokens, staff PIN), mode 0600
#   AUTHORIZED_KEYS=site/keys             SSH public keys for root; no keys, no SSH server
#   HOSTNAME=kiosk-042-1                  host name (default: kiosk)
#   TIMEZONE=Europe/London                /etc/localtime (default: UTC)
#   JOURNAL=volatile|persistent           logs in RAM (default, friendly to a read-only root or
#                                         SD cards) or on disk
#   KERNEL=1                              add linux-image and firmware (a bootable system; a
#                                         root filesystem for an existing boot setup without)
#   ARCH=amd64|arm64                      default: this machine's (arm64 needs qemu-user-static)
#
# A root filesystem in a folder is not yet a disk image: copy it onto the kiosk's disk (or an
# SD card) with the boot setup of that hardware; see INSTALL.md.
set -eu

deb=${1:?usage: $0 DEB [ROOTFS]}
root=${2:-dist/image/rootfs}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
ARCH=${ARCH:-$(dpkg --print-architecture)}
JOURNAL=${JOURNAL:-volatile}
HOSTNAME=${HOSTNAME:-kiosk}
TIMEZONE=${TIMEZONE:-UTC}
suite=bookworm

[ "$(id -u)" -eq 0 ] || { echo "image: debootstrap and chroot need root" >&2; exit 1; }
[ -f "$deb" ] || { echo "image: no package at $deb (make deb)" >&2; exit 1; }
case "$JOURNAL" in volatile|persistent) ;; *) echo "image: JOURNAL must be volatile or persistent" >&2; exit 2 ;; esac
command -v debootstrap >/dev/null || { echo "image: debootstrap is not installed (scripts/deps.sh image)" >&2; exit 1; }

start=$(date +%s)
say() { echo "image: [$(( $(date +%s) - start ))s] $*"; }

mounted=""
cleanup() {
	for m in $mounted; do umount -l "$root$m" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
	DEBIAN_FRONTEND=noninteractive "$@"; }

say "debootstrap $suite ($ARCH) into $root from $MIRROR"
# Never delete through a mount (a bind-mounted /dev left by an interrupted build).
if grep -q " $(realpath -m "$root")/" /proc/mounts; then
	echo "image: something is still mounted under $root; unmount it first" >&2
	exit 1
fi
rm -rf --one-file-system "$root"
mkdir -p "$root"
# minbase plus what a kiosk needs to boot and be managed: systemd as init, logind's D-Bus,
# networking (networkd + resolved), clock sync (timesyncd: catalog ages and health need it).
debootstrap --variant=minbase --arch="$ARCH" \
	--include=systemd,systemd-sysv,dbus,libpam-systemd,systemd-resolved,systemd-timesyncd,ca-certificates,procps,iproute2,apt-utils \
	"$suite" "$root" "$MIRROR" >"$root.debootstrap.log" 2>&1 || {
	tail -20 "$root.debootstrap.log" >&2
	exit 1
}

for m in /proc /sys /dev /dev/pts; do
	mkdir -p "$root$m"
	case $m in
	/proc) mount -t proc proc "$root$m" ;;
	/sys) mount -t sysfs sysfs "$root$m" ;;
	/dev) mount --bind /dev "$root$m" ;;
	/dev/pts) mount --bind /dev/pts "$root$m" ;;
	esac && mounted="$m $mounted"
done
# Name resolution for apt inside the root (systemd-resolved made resolv.conf a link to a stub
# that only exists on a running system); the link is put back at the end.
rm -f "$root/etc/resolv.conf"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# No service starts inside the build.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
cat >"$root/etc/apt/sources.list" <<EOF
deb $MIRROR $suite main
deb $MIRROR $suite-updates main
deb http://security.debian.org/debian-security $suite-security main
EOF
# Keep the image small: no documentation beyond ours, no man pages, no other languages.
cat >"$root/etc/dpkg/dpkg.cfg.d/store-kiosk-slim" <<'EOF'
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
path-exclude=/usr/share/locale/*
path-exclude=/usr/share/doc/*
path-include=/usr/share/doc/store-kiosk/*
path-include=/usr/share/doc/*/copyright
EOF

say "installing store-kiosk and its dependencies"
cp "$deb" "$root/tmp/store-kiosk.deb"
extra="pipewire-pulse wireplumber sphinxbase-utils fonts-dejavu-core"
[ -n "${AUTHORIZED_KEYS:-}" ] && extra="$extra openssh-server"
[ "${KERNEL:-0}" = 1 ] && extra="$extra linux-image-$ARCH firmware-linux-free"
in_root apt-get update -qq
# shellcheck disable=SC2086
in_root apt-get install -y -qq --no-install-recommends /tmp/store-kiosk.deb $extra >"$root.apt.log" 2>&1 || {
	tail -30 "$root.apt.log" >&2
	exit 1
}
rm -f "$root/tmp/store-kiosk.deb"

say "configuring"
echo "$HOSTNAME" >"$root/etc/hostname"
printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n' "$HOSTNAME" >"$root/etc/hosts"
ln -sf "/usr/share/zoneinfo/$TIMEZONE" "$root/etc/localtime"
if [ -n "${CONFIG:-}" ]; then
	install -m 0644 "$CONFIG" "$root/etc/store-kiosk/config.toml"
fi
if [ -n "${CREDSTORE:-}" ]; then
	install -d -m 0700 "$root/etc/credstore"
	for f in "$CREDSTORE"/*; do [ -f "$f" ] && install -m 0600 "$f" "$root/etc/credstore/"; done
fi
if [ -n "${AUTHORIZED_KEYS:-}" ]; then
	install -d -m 0700 "$root/root/.ssh"
	install -m 0600 "$AUTHORIZED_KEYS" "$root/root/.ssh/authorized_keys"
	printf 'PasswordAuthentication no\nPermitRootLogin prohibit-password\n' >"$root/etc/ssh/sshd_config.d/store-kiosk.conf"
fi

# Network: DHCP on every wired interface (Wi-Fi: see INSTALL.md).
cat >"$root/etc/systemd/network/80-kiosk-wired.network" <<'EOF'
[Match]
Type=ether

[Network]
DHCP=yes
EOF
in_root systemctl enable systemd-networkd.service systemd-resolved.service systemd-timesyncd.service >/dev/null 2>&1

# The kiosk session is the only thing on the screen: no login prompts on other VTs.
mkdir -p "$root/etc/systemd/logind.conf.d"
printf '[Login]\nNAutoVTs=0\nReserveVT=0\n' >"$root/etc/systemd/logind.conf.d/store-kiosk.conf"
in_root systemctl mask getty@tty1.service >/dev/null 2>&1
in_root systemctl set-default graphical.target >/dev/null 2>&1

# Read-only friendly: /tmp in RAM, logs where chosen, writable state only under /var/lib,
# /var/cache and /etc/credstore (see INSTALL.md for a read-only root).
cp "$root/usr/share/systemd/tmp.mount" "$root/etc/systemd/system/tmp.mount"
in_root systemctl enable tmp.mount >/dev/null 2>&1
mkdir -p "$root/etc/systemd/journald.conf.d"
if [ "$JOURNAL" = volatile ]; then
	printf '[Journal]\nStorage=volatile\nRuntimeMaxUse=64M\n' >"$root/etc/systemd/journald.conf.d/store-kiosk.conf"
else
	printf '[Journal]\nStorage=persistent\nSystemMaxUse=200M\n' >"$root/etc/systemd/journald.conf.d/store-kiosk.conf"
fi
# A root that starts with an empty /etc/machine-id gets a fresh one per kiosk on first boot.
: >"$root/etc/machine-id"
rm -f "$root/var/lib/dbus/machine-id"
in_root apt-get clean
rm -rf "$root/var/lib/apt/lists/"*
rm -f "$root/usr/sbin/policy-rc.d"
ln -sf ../run/systemd/resolve/stub-resolv.conf "$root/etc/resolv.conf"

say "checking the image"
fail=0
check() {
	desc=$1
	shift
	if out=$("$@" 2>&1); then
		echo "  ok    $desc${out:+: $(echo "$out" | tail -1)}"
	else
		echo "  FAIL  $desc"
		echo "$out" | sed 's/^/        /'
		fail=1
	fi
}
check "kiosk user and groups" in_root id kiosk
check "kiosk session enabled at boot" in_root systemctl is-enabled store-kiosk.service
check "tty1 login prompt masked" sh -c "[ \"\$(readlink '$root/etc/systemd/system/getty@tty1.service')\" = /dev/null ]"
check "state directory owned by kiosk" in_root sh -c '[ "$(stat -c %U /var/lib/store-kiosk)" = kiosk ]'
check "kiosk --check-config" in_root /usr/bin/kiosk --check-config
check "kiosk -version" in_root /usr/bin/kiosk -version
check "cage and Xwayland present" in_root sh -c 'command -v cage && command -v Xwayland'
check "espeak-ng speaks" in_root sh -c 'espeak-ng -v en-us -w /tmp/t.wav "Where is the milk?" && test -s /tmp/t.wav && rm /tmp/t.wav'
check "pocketsphinx model present" in_root test -f /usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict
check "linked libraries resolve" in_root sh -c '! ldd /usr/bin/kiosk /usr/bin/kioskctl /usr/bin/staffdesk | grep "not found"'
check "systemd-analyze verify" in_root systemd-analyze verify --man=no store-kiosk.service staffdesk.service

cleanup
mounted=""
size=$(du -sh --one-file-system "$root" | cut -f1)
say "done: $root ($size)"
exit $fail
