#!/bin/sh
# SPDX-License-Identifier: MIT
# Renders the app icon's hicolor PNGs from its SVG sources. The PNGs are committed, so
# packaging needs no SVG renderer; run this only after editing an SVG, then look at them.
#   needs: rsvg-convert (Debian: librsvg2-bin)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
src="$here/resources/icons/app"
out="$here/resources/icons/hicolor"
id=org.nextevent.Admin
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 32 48 64 128 256; do
    # 16 and 32 px come from the pixel-aligned drawing, the rest from the detailed one.
    svg="$src/nextevent-admin.svg"
    [ "$size" -le 32 ] && svg="$src/nextevent-admin-small.svg"
    mkdir -p "$out/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/${size}x${size}/apps/$id.png"
done

# The scalable icon is installed straight from $src/nextevent-admin.svg (installer/CMakeLists.txt).


# Windows .ico and macOS .icns from the same PNGs (ImageMagick, icnsutils).
h="$out"; p=apps/$id.png
if command -v convert >/dev/null; then
    convert "$h/16x16/$p" "$h/32x32/$p" "$h/48x48/$p" "$h/64x64/$p" "$h/128x128/$p" "$h/256x256/$p" \
        "$src/nextevent-admin.ico"
fi
if command -v png2icns >/dev/null; then
    png2icns "$src/nextevent-admin.icns" "$h/16x16/$p" "$h/32x32/$p" "$h/48x48/$p" "$h/128x128/$p" \
        "$h/256x256/$p" >/dev/null
fi
echo "render-icons: wrote $out, $src/nextevent-admin.ico and .icns"
