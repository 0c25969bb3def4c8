#!/bin/sh
# Remove what ./install.sh PREFIX installed (default PREFIX: ~/.local). Your vault is NOT touched:
# it stays in ~/.local/share/npmdesk/vault until you delete it (or use "Destroy this vault").
set -eu
prefix=${1:-"$HOME/.local"}
app_id=org.npmdesk.npmdesk
case $prefix in /*) ;; *) echo "uninstall.sh: PREFIX must be an absolute path" >&2; exit 2 ;; esac
rm -rf "$prefix/lib/npmdesk"
rm -f "$prefix/bin/npmdesk" "$prefix/share/applications/$app_id.desktop" "$prefix/share/metainfo/$app_id.metainfo.xml"
rm -f "$prefix"/share/icons/hicolor/*/apps/"$app_id".png "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"
if [ -f "$prefix/share/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q "$prefix/share/icons/hicolor" || true
fi
echo "npmdesk is removed from $prefix (your vault was left where it is)"
