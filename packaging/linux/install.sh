#!/bin/sh
# Install npmdesk from this unpacked tarball, for you alone (default) or for everyone.
#
#   ./install.sh                 into ~/.local   (no administrator rights needed)
#   sudo ./install.sh /usr/local  for every user of this computer
#
# Puts the program folder in PREFIX/lib/npmdesk, the `npmdesk` command in PREFIX/bin, and the
# menu entry, icons and software-centre metadata in PREFIX/share. ./uninstall.sh PREFIX undoes it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-"$HOME/.local"}
app_id=org.npmdesk.npmdesk
case $prefix in /*) ;; *) echo "install.sh: PREFIX must be an absolute path" >&2; exit 2 ;; esac
[ -x "$here/npmdesk/npmdesk" ] || { echo "install.sh: run me from the unpacked npmdesk tarball" >&2; exit 2; }

mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
rm -rf "$prefix/lib/npmdesk.new"
cp -R "$here/npmdesk" "$prefix/lib/npmdesk.new"
rm -rf "$prefix/lib/npmdesk"
mv "$prefix/lib/npmdesk.new" "$prefix/lib/npmdesk"
ln -sf "$prefix/lib/npmdesk/npmdesk" "$prefix/bin/npmdesk"

sed "s|^Exec=npmdesk|Exec=$prefix/lib/npmdesk/npmdesk|" "$here/$app_id.desktop" \
  > "$prefix/share/applications/$app_id.desktop"
cp "$here/$app_id.metainfo.xml" "$prefix/share/metainfo/$app_id.metainfo.xml"
for png in "$here"/icons/npmdesk-*.png; do
  size=$(basename "$png" .png); size=${size#npmdesk-}
  mkdir -p "$prefix/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
mkdir -p "$prefix/share/icons/hicolor/scalable/apps"
cp "$here/icons/npmdesk.svg" "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"

# Refresh the icon cache of a themed folder (e.g. /usr/share); menus pick up the entry by themselves.
if [ -f "$prefix/share/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q "$prefix/share/icons/hicolor" || true
fi

echo "npmdesk is installed: find it in your applications menu, or run $prefix/bin/npmdesk"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "(add $prefix/bin to your PATH to type just 'npmdesk')" ;; esac
