# SPDX-License-Identifier: MIT
# nextevent-server %preun: stop the service on removal only (not on upgrade).
if [ "$1" -eq 0 ] && [ -d /run/systemd/system ]; then
    systemctl --no-reload disable --now nextevent-server.service >/dev/null 2>&1 || :
fi
exit 0
