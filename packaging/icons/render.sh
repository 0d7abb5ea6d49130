#!/bin/sh
# Renders the PNG icon sizes, the Windows .ico and the macOS .icns from onrecord.svg.
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert (imagemagick) and png2icns (icnsutils).
set -eu
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w $s -h $s onrecord.svg -o png/onrecord-$s.png
done
convert png/onrecord-16.png png/onrecord-24.png png/onrecord-32.png png/onrecord-48.png png/onrecord-64.png png/onrecord-256.png onrecord.ico
png2icns onrecord.icns png/onrecord-16.png png/onrecord-32.png png/onrecord-48.png png/onrecord-128.png png/onrecord-256.png png/onrecord-512.png
