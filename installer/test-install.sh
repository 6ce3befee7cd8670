#!/bin/bash
# SPDX-License-Identifier: MIT
# The installer test (CTest label "installer"; see installer/README.md).
#
#   installer/test-install.sh [--build-dir DIR] [--harness] [--static-only] [--client-only]
#                             [--keep] [--cache DIR]
#
# 1. static checks: desktop entry, AppStream metainfo, icons, unit file, maintainer scripts,
#    man pages, version consistency, the generated CPack configuration;
# 2. builds the tree, then the .deb and .rpm packages with CPack, plus the same build
#    labelled 0.0.1 as the "older version" for the upgrade test;
# 3. lintian on the .debs (no errors), rpm -qip and rpmlint on the .rpms;
# 4. a clean Debian 12 root made by debootstrap (cached as a tarball), where apt installs
#    the old packages, the app runs offscreen on a fresh workspace, the packages are
#    upgraded (user data and the edited config kept, no migration run), every check is
#    run on the new version, and the packages are removed and purged (user data kept).
#
# --client-only packages and tests only nextevent-admin (e.g. while the server does not build).
# --harness builds tests/installer/harness (stand-in executables with the real command
# line) instead of the real tree: it tests the packaging, not the application.
# Needs root for step 4 (chroot, mounts) and the network (Debian's mirror).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
build_dir="$top/build-installer"
harness=0
static_only=0
client_only=0
keep=0
cache="${NE_INSTALLER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nextevent-installer}"
mirror="${NE_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
suite=bookworm
old_version=0.0.1

while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir=$(realpath -m "$2"); shift 2 ;;
        --harness) harness=1; shift ;;
        --static-only) static_only=1; shift ;;
        --client-only) client_only=1; shift ;;
        --keep) keep=1; shift ;;
        --cache) cache=$(realpath -m "$2"); shift 2 ;;
        -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
        *) echo "test-install: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [ "$harness" = 1 ] && [ "$build_dir" = "$top/build-installer" ]; then
    build_dir="$top/build-installer-harness"
fi

passed=0
failed=0
skipped=0
ok()   { passed=$((passed + 1)); echo "PASS: $*"; }
bad()  { failed=$((failed + 1)); echo "FAIL: $*"; }
skip() { skipped=$((skipped + 1)); echo "SKIP: $*"; }
check() { # check "description" command...
    local what=$1; shift
    if "$@"; then ok "$what"; else bad "$what"; fi
}
step() { echo; echo "== $*"; }
# Shows a command's output indented; succeeds when it matches PATTERN / when it is empty.
output_has() { local pat=$1 out; shift; out=$("$@" 2>&1) || true
               printf '%s\n' "$out" | sed 's/^/  | /'; grep -q -- "$pat" <<<"$out"; }
output_empty() { local out; out=$("$@" 2>&1) || true
                 [ -z "$out" ] || printf '%s\n' "$out" | sed 's/^/  | /'; [ -z "$out" ]; }
finish() {
    echo
    echo "$passed passed, $failed failed, $skipped skipped"
    [ "$failed" -eq 0 ]
}

# ---------------------------------------------------------------- tools
need_tools() { # installs what is missing when root (Debian package names)
    local missing=() t
    for t in "$@"; do
        local cmd=${t%%:*} pkg=${t##*:}
        command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ]; then
        echo "test-install: installing ${missing[*]}"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "test-install: missing tools, install: apt-get install ${missing[*]}" >&2
        return 1
    fi
}
need_tools desktop-file-validate:desktop-file-utils appstreamcli:appstream \
    systemd-analyze:systemd rsvg-convert:librsvg2-bin identify:imagemagick man:man-db \
    cmake:cmake ninja:ninja-build

version=$(sed -n 's/^project(NextEventAdmin VERSION \([0-9.]*\).*/\1/p' "$top/CMakeLists.txt")
app_id=org.nextevent.Admin
res="$top/resources"

# ---------------------------------------------------------------- 1. static checks
step "static checks (version $version)"
check "desktop-file-validate $app_id.desktop" desktop-file-validate "$res/desktop/$app_id.desktop"
check "appstreamcli validate $app_id.metainfo.xml" \
    appstreamcli validate --no-net "$res/desktop/$app_id.metainfo.xml"
newest=$(grep -o '<release version="[^"]*"' "$res/desktop/$app_id.metainfo.xml" | head -1 | cut -d'"' -f2)
check "metainfo's newest release ($newest) is the project version ($version)" test "$newest" = "$version"
check "desktop entry is an Open With target for image files" \
    grep -q '^MimeType=image/jpeg;image/png;' "$res/desktop/$app_id.desktop"

for size in 16 32 48 64 128 256; do
    png="$res/icons/hicolor/${size}x${size}/apps/$app_id.png"
    check "icon ${size}x${size} PNG" test "$(identify -format '%wx%h' "$png" 2>/dev/null)" = "${size}x${size}"
done
unit_tmp=$(mktemp -d)
trap 'rm -rf "$unit_tmp"' EXIT
check "app icon SVG renders" rsvg-convert -w 64 -h 64 "$res/icons/app/nextevent-admin.svg" -o "$unit_tmp/icon.png"
ui_ok=1
for name in images articles news videos dashboard uploads trash add delete publish archive refresh \
            search grid list save duplicate undo settings warning error info; do
    f="$res/icons/ui/$name.svg"
    if ! { [ -f "$f" ] && grep -q 'viewBox="0 0 24 24"' "$f" && grep -q 'stroke="#5f6b7a"' "$f" \
           && ! grep -q currentColor "$f" && rsvg-convert -w 24 -h 24 "$f" -o "$unit_tmp/ui.png"; }; then
        echo "  bad UI icon: $f"; ui_ok=0
    fi
done
check "22 UI icons: 24x24 viewBox, #5f6b7a stroke, render" test "$ui_ok" = 1

# Verify the unit on the host with a stand-in ExecStart (the binary may not be built).
sed -e 's|^ExecStart=/usr/bin/nextevent-server|ExecStart=/bin/true|' -e '/^Documentation=/d' \
    "$res/systemd/nextevent-server.service" > "$unit_tmp/nextevent-server.service"
check "systemd-analyze verify nextevent-server.service" \
    output_empty systemd-analyze verify "$unit_tmp/nextevent-server.service"
for key in 'User=nextevent' 'ProtectSystem=strict' 'ReadWritePaths=/var/lib/nextevent' 'Restart=on-failure'; do
    check "unit has $key" grep -qx "$key" "$res/systemd/nextevent-server.service"
done
for s in "$here"/linux/deb/server/postinst "$here"/linux/deb/server/prerm "$here"/linux/deb/server/postrm \
         "$here"/linux/rpm/*.sh; do
    check "sh -n ${s#"$top"/}" sh -n "$s"
done
check "package upgrades never migrate (postinst only prints the command)" \
    test -z "$(grep -- '--migrate' "$here/linux/deb/server/postinst" "$here/linux/rpm/server-post.sh" | grep -v ':\s*#\|\$ sudo\|run .nextevent-server')"
check "example config: every option commented out" \
    test -z "$(grep -v '^\s*#\|^\s*$\|^\[' "$here/linux/server.conf")"
for page in nextevent-admin nextevent-server; do
    sed "s/@PROJECT_VERSION@/$version/g" "$res/man/$page.1.in" > "$unit_tmp/$page.1"
    check "man page $page(1) renders without warnings" \
        sh -c "LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l '$unit_tmp/$page.1' 2>&1 >/dev/null | (! grep -q .)"
done

if [ "$harness" = 1 ]; then
    src="$top/tests/installer/harness"
else
    src="$top"
fi
# CMAKE_SKIP_INSTALL_ALL_DEPENDENCY: cpack installs without first building every target
# (tests, benchmarks); the packaged executables are built explicitly below.
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$src" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >/dev/null
else
    cmake -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON "$build_dir" >/dev/null
fi
cfg="$build_dir/CPackConfig.cmake"
check "CPack configuration generated" test -f "$cfg"
check "CPack: DEB client package is nextevent-admin" grep -q 'CPACK_DEBIAN_CLIENT_PACKAGE_NAME "nextevent-admin"' "$cfg"
check "CPack: DEB server package is nextevent-server" grep -q 'CPACK_DEBIAN_SERVER_PACKAGE_NAME "nextevent-server"' "$cfg"
check "CPack: shlibdeps on" grep -q 'CPACK_DEBIAN_PACKAGE_SHLIBDEPS "ON"' "$cfg"
check "CPack: version is the project's ($version)" grep -q "CPACK_PACKAGE_VERSION \"$version\"" "$cfg"
cpack_args=()
if [ "$client_only" = 1 ]; then
    skip "server package: --client-only"
    have_server=0
    cpack_args=(-D CPACK_COMPONENTS_ALL=client)
elif grep -q 'CPACK_COMPONENTS_ALL "client;server"' "$cfg"; then
    ok "CPack: client and server components"
    have_server=1
else
    skip "CPack: no server component yet (target nextevent-server not in this build)"
    have_server=0
fi

if [ "$static_only" = 1 ]; then
    finish
    exit
fi

# ---------------------------------------------------------------- 2. build the packages
step "build and package ($build_dir)"
need_tools dpkg-shlibdeps:dpkg-dev rpmbuild:rpm lintian:lintian rpmlint:rpmlint debootstrap:debootstrap
targets=(nextevent-admin)
[ "$have_server" = 1 ] && targets+=(nextevent-server)
cmake --build "$build_dir" --target "${targets[@]}"
pkgs="$build_dir/packages"
rm -rf "$pkgs" "$build_dir/packages-old"
(cd "$build_dir" && cpack -G DEB -B "$pkgs" "${cpack_args[@]}" >/dev/null \
                 && cpack -G RPM -B "$pkgs" "${cpack_args[@]}" >/dev/null)
(cd "$build_dir" && NE_PACKAGE_VERSION_OVERRIDE=$old_version \
                    cpack -G DEB -B "$build_dir/packages-old" "${cpack_args[@]}" >/dev/null)
ls -l "$pkgs"/*.deb "$pkgs"/*.rpm "$build_dir"/packages-old/*.deb
deb_client="$pkgs/nextevent-admin_${version}-1_amd64.deb"
deb_server="$pkgs/nextevent-server_${version}-1_amd64.deb"
check "built $(basename "$deb_client")" test -f "$deb_client"
if [ "$have_server" = 1 ]; then
    check "built $(basename "$deb_server")" test -f "$deb_server"
    # A server host must not get GUI libraries: nextevent-server links QtCore only.
    check "server .deb depends on no Qt Gui, X11 or GL library" \
        sh -c "dpkg-deb -f '$deb_server' Depends | tee /dev/stderr | grep -q 'libqt6core6' &&
               ! dpkg-deb -f '$deb_server' Depends | grep -Eq 'libqt6(gui|widgets)|libx11|libgl|libxcb|libegl'"
fi
check "client .deb declares Qt through shlibdeps" \
    sh -c "dpkg-deb -f '$deb_client' Depends | grep -q 'libqt6widgets6'"

# ---------------------------------------------------------------- 3. lintian, rpm
step "lintian and rpm checks"
for deb in "$pkgs"/*.deb; do
    check "lintian $(basename "$deb"): no errors" \
        bash -c "lintian --fail-on error --info '$deb' 2>&1 | grep -v '^N:\|root privileges'; exit \${PIPESTATUS[0]}"
done
for rpmf in "$pkgs"/*.rpm; do
    check "rpm -qip $(basename "$rpmf")" sh -c "rpm -qip '$rpmf' >/dev/null"
done
cat "$here/linux/rpm/rpmlintrc" "$here/linux/rpm/server.rpmlintrc" > "$unit_tmp/server.rpmlintrc"
for rpmf in "$pkgs"/*.rpm; do
    rc_file="$here/linux/rpm/rpmlintrc"
    case "$rpmf" in */nextevent-server-*) rc_file="$unit_tmp/server.rpmlintrc" ;; esac
    check "rpmlint $(basename "$rpmf"): no errors" rpmlint -r "$rc_file" "$rpmf"
done

# ---------------------------------------------------------------- 4. clean Debian 12 root
step "install test in a clean Debian 12 root"
if [ "$(id -u)" != 0 ]; then
    skip "install test needs root (chroot, mounts)"
    finish
    exit
fi
mkdir -p "$cache/apt-archives"
tarball="$cache/$suite-minbase.tar.gz"
if [ ! -f "$tarball" ]; then
    echo "test-install: debootstrap $suite (cached in $tarball for the next runs)"
    rm -rf "$cache/root.tmp"
    debootstrap --variant=minbase --include=systemd,ca-certificates "$suite" "$cache/root.tmp" "$mirror" >/dev/null
    tar -C "$cache/root.tmp" -czf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$cache/root.tmp"
fi
root=$(mktemp -d /var/tmp/nextevent-install.XXXXXX)
mounts=()
cleanup() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" 2>/dev/null || true
    done
    if [ "$keep" = 1 ]; then echo "test-install: kept $root"; else rm -rf "$root"; fi
    rm -rf "$unit_tmp"
}
trap cleanup EXIT
tar -C "$root" -xzf "$tarball"
mount -t proc proc "$root/proc"; mounts+=("$root/proc")
mount --bind /dev "$root/dev"; mounts+=("$root/dev")
mount --bind /dev/pts "$root/dev/pts"; mounts+=("$root/dev/pts")
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"; mounts+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"; chmod 755 "$root/usr/sbin/policy-rc.d"
cat > "$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb ${NE_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security} $suite-security main
EOF
mkdir -p "$root/pkgs/new" "$root/pkgs/old"
cp "$pkgs"/*.deb "$root/pkgs/new/"
cp "$build_dir"/packages-old/*.deb "$root/pkgs/old/"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 \
            DEBIAN_FRONTEND=noninteractive "$@"; }
as_editor() { chroot --userspec=editor:editor "$root" /usr/bin/env -i PATH=/usr/bin:/bin \
              HOME=/home/editor XDG_RUNTIME_DIR=/tmp/runtime-editor LC_ALL=C.UTF-8 \
              QT_QPA_PLATFORM=offscreen "$@"; }
apt_log="$build_dir/test-install-apt.log"
: > "$apt_log"
# apt's output goes to $apt_log; shown (its end) only when apt fails. Maintainer
# scripts' notes are printed.
apt_run() { local rc=0; echo "+ apt-get $*" >> "$apt_log"
            in_root apt-get -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
                "$@" >> "$apt_log" 2>&1 || rc=$?
            [ "$rc" = 0 ] || tail -30 "$apt_log" | sed 's/^/  apt: /'; return "$rc"; }
apt_install() { apt_run install "$@"; }
# Start the app on a workspace for a few seconds; it is expected to be still running
# (timeout's 124) or to have exited cleanly, and to have made the workspace file.
run_app() { # run_app WORKSPACE
    local rc=0
    as_editor timeout 20 nextevent-admin --workspace "$1" >"$root/tmp/app.log" 2>&1 || rc=$?
    sed 's/^/  app: /' "$root/tmp/app.log" | head -20
    [ "$rc" = 0 ] || [ "$rc" = 124 ]
}
is_sqlite() { head -c 15 "$root$1" 2>/dev/null | grep -q 'SQLite format 3'; }
tree_sum() { (cd "$root$1" && find . -type f -print0 | sort -z | xargs -0r sha256sum) ; }

apt_run update
# man-db: the unit's Documentation=man:nextevent-server(1) is checked by systemd-analyze.
apt_install man-db
in_root useradd -m -s /bin/bash editor
mkdir -p "$root/tmp/runtime-editor"; chroot "$root" chown editor:editor /tmp/runtime-editor
chmod 700 "$root/tmp/runtime-editor"

old_debs=(/pkgs/old/nextevent-admin_"$old_version"-1_amd64.deb)
new_debs=(/pkgs/new/nextevent-admin_"$version"-1_amd64.deb)
if [ "$have_server" = 1 ]; then
    old_debs+=(/pkgs/old/nextevent-server_"$old_version"-1_amd64.deb)
    new_debs+=(/pkgs/new/nextevent-server_"$version"-1_amd64.deb)
fi

# 4a. the older version, with user data
check "apt installs $old_version (pulls the dependencies)" apt_install "${old_debs[@]}"
check "$old_version: app starts offscreen on a new workspace" run_app /home/editor/Work/old.nextevent
check "$old_version: workspace file created" is_sqlite /home/editor/Work/old.nextevent
before=$(tree_sum /home/editor)
if [ "$have_server" = 1 ]; then
    echo "# edited by the administrator" >> "$root/etc/nextevent/server.conf"
    echo "uploaded media" > "$root/var/lib/nextevent/marker"
fi

# 4b. upgrade
check "apt upgrades to $version" apt_install "${new_debs[@]}"
check "installed version is $version-1" \
    test "$(in_root dpkg-query -W -f '${Version}' nextevent-admin)" = "$version-1"
check "upgrade kept the user's files" test "$(tree_sum /home/editor)" = "$before"

# 4c. the new version
check "nextevent-admin --version prints $version" \
    output_has "$version" chroot "$root" env QT_QPA_PLATFORM=offscreen nextevent-admin --version
check "Qt plugins present: SQLite driver, SVG icon engine" \
    test -f "$root/usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlite.so" \
      -a -f "$root/usr/lib/x86_64-linux-gnu/qt6/plugins/iconengines/libqsvgicon.so"
check "all shared libraries resolved" sh -c "! chroot '$root' ldd /usr/bin/nextevent-admin | grep 'not found'"
check "app starts offscreen on a fresh workspace" run_app /home/editor/Work/fresh.nextevent
check "fresh workspace file created" is_sqlite /home/editor/Work/fresh.nextevent
check "app opens the workspace of the old version" run_app /home/editor/Work/old.nextevent
check "old workspace still there" is_sqlite /home/editor/Work/old.nextevent
for f in /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
         /usr/share/icons/hicolor/16x16/apps/$app_id.png /usr/share/icons/hicolor/256x256/apps/$app_id.png \
         /usr/share/icons/hicolor/scalable/apps/$app_id.svg /usr/share/man/man1/nextevent-admin.1.gz; do
    check "installed $f" test -f "$root$f"
done
if [ "$have_server" = 1 ]; then
    check "system user nextevent exists" in_root getent passwd nextevent
    check "/var/lib/nextevent is nextevent's, 0750" \
        test "$(in_root stat -c '%U:%G %a' /var/lib/nextevent)" = "nextevent:nextevent 750"
    check "server.conf is root:nextevent 0640" \
        test "$(in_root stat -c '%U:%G %a' /etc/nextevent/server.conf)" = "root:nextevent 640"
    check "upgrade kept the edited config" grep -q 'edited by the administrator' "$root/etc/nextevent/server.conf"
    check "upgrade kept the server's data" test -f "$root/var/lib/nextevent/marker"
    check "systemd-analyze verify (in the root)" \
        output_empty chroot "$root" systemd-analyze verify /usr/lib/systemd/system/nextevent-server.service
    in_root systemd-analyze security --offline=true /usr/lib/systemd/system/nextevent-server.service 2>/dev/null \
        | tail -1 | sed 's/^/  /' || true
    check "nextevent-server --help" \
        output_has '--config' chroot "$root" nextevent-server --help
    check "nextevent-server --version prints $version" \
        sh -c "chroot '$root' nextevent-server --version | grep -q '$version'"
    check "migrations installed" sh -c "ls '$root/usr/share/nextevent/sql/postgres/'*.sql >/dev/null"
fi

# 4d. removal leaves user data alone
pkg_names=(nextevent-admin)
[ "$have_server" = 1 ] && pkg_names+=(nextevent-server)
before=$(tree_sum /home/editor)
check "apt removes the packages" apt_run remove "${pkg_names[@]}"
check "binaries gone" test ! -e "$root/usr/bin/nextevent-admin"
check "removal kept the user's files" test "$(tree_sum /home/editor)" = "$before"
if [ "$have_server" = 1 ]; then
    check "apt purges nextevent-server" apt_run purge nextevent-server
    check "purge kept the server's data" test -f "$root/var/lib/nextevent/marker"
    check "purge removed the config" test ! -e "$root/etc/nextevent/server.conf"
fi

finish
