# SPDX-License-Identifier: MIT
# nextevent-server %post: never starts the service, never migrates the database.
# The data folder, from tmpfiles.d/nextevent-server.conf (0750 nextevent:nextevent).
systemd-tmpfiles --create nextevent-server.conf >/dev/null 2>&1 || :
[ -d /run/systemd/system ] && systemctl daemon-reload >/dev/null 2>&1 || :
if [ "$1" -eq 1 ]; then
    echo "nextevent-server installed, not started: set [database] url in /etc/nextevent/server.conf,"
    echo "run 'nextevent-server --config /etc/nextevent/server.conf --migrate' and"
    echo "'... create-api-key admin' as user nextevent, then 'systemctl enable --now nextevent-server'."
else
    echo "nextevent-server upgraded: the schema was not migrated and the service was not restarted."
fi
exit 0
