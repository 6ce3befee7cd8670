# SPDX-License-Identifier: MIT
# nextevent-server %postun: /var/lib/nextevent and the user are kept.
[ -d /run/systemd/system ] && systemctl daemon-reload >/dev/null 2>&1 || :
exit 0
