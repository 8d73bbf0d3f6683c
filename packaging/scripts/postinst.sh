#!/bin/sh
# store-kiosk postinst: the kiosk user, its directories, and the kiosk session enabled at boot
# (not started here: on a machine with a desktop on tty1 that would take the screen away in
# the middle of an install). On upgrade a running kiosk restarts into the new version.
set -e

case "$1" in
configure)
	systemd-sysusers store-kiosk.conf
	systemd-tmpfiles --create store-kiosk.conf
	install -d -m 0700 -o root -g root /etc/credstore
	if [ -z "$2" ]; then
		# First install. enable works offline too (a chroot building an image).
		systemctl enable store-kiosk.service >/dev/null 2>&1 || true
		echo "store-kiosk: the kiosk starts on tty1 at the next boot (or now: systemctl start store-kiosk)."
		echo "store-kiosk: set it up first: /etc/store-kiosk/config.toml, tokens in /etc/credstore/ (see /usr/share/doc/store-kiosk/INSTALL.md)."
	fi
	if [ -d /run/systemd/system ]; then
		systemctl daemon-reload >/dev/null 2>&1 || true
		if [ -n "$2" ]; then
			systemctl try-restart store-kiosk.service staffdesk.service >/dev/null 2>&1 || true
		fi
	fi
	;;
esac
exit 0
