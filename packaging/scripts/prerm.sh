#!/bin/sh
# store-kiosk prerm: stop the kiosk and the staff desk before their files go.
set -e
case "$1" in
remove|deconfigure)
	if [ -d /run/systemd/system ]; then
		systemctl stop store-kiosk.service staffdesk.service >/dev/null 2>&1 || true
	fi
	systemctl disable store-kiosk.service staffdesk.service >/dev/null 2>&1 || true
	;;
esac
exit 0
