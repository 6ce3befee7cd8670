# SPDX-License-Identifier: MIT
# nextevent-server %pre: the system user must exist before %config files get its group.
getent group nextevent >/dev/null || groupadd -r nextevent
getent passwd nextevent >/dev/null || \
    useradd -r -g nextevent -d /var/lib/nextevent -s /sbin/nologin -c "NextEvent server" nextevent
exit 0
