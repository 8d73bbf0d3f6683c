#!/bin/sh
# store-kiosk postrm: on purge, the kiosk's state (catalog, call outbox, staff desk database)
# and cache go too. The kiosk user stays, as Debian leaves system users in place.
set -e
case "$1" in
purge)
	rm -rf /var/lib/store-kiosk /var/cache/store-kiosk
	;;
esac
if [ -d /run/systemd/system ]; then
	systemctl daemon-reload >/dev/null 2>&1 || true
fi
exit 0
