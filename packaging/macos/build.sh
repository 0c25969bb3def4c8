#!/bin/sh
# Build npmdesk for macOS: dist/npmdesk.app and dist/npmdesk-VERSION-macos-ARCH.dmg.
# Run from anywhere on a Mac with Python 3.11+ from python.org and Xcode's command line tools.
# Optional, for a signed and notarized app (see packaging/README.md):
#   NPMDESK_CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)"
#   NPMDESK_NOTARY_PROFILE=PROFILE   (created once with: xcrun notarytool store-credentials PROFILE)
set -eu
cd "$(dirname "$0")/../.."
[ -d .venv-mac ] || python3 -m venv .venv-mac
.venv-mac/bin/pip install --upgrade pip
.venv-mac/bin/pip install -e '.[packaging]'
.venv-mac/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/npmdesk.spec

app=dist/npmdesk.app
version=$("$app/Contents/MacOS/npmdesk" --version | cut -d' ' -f2)   # also a smoke test of the build
dmg="dist/npmdesk-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
stage=build/dmg
rm -rf "$stage" && mkdir -p "$stage"
ditto "$app" "$stage/npmdesk.app" && ln -s /Applications "$stage/Applications"   # drag the app onto Applications
hdiutil create -volname npmdesk -srcfolder "$stage" -ov -format UDZO "$dmg"
rm -rf "$stage"

if [ -n "${NPMDESK_CODESIGN_IDENTITY:-}" ]; then
  codesign --verify --deep --strict "$app"
  codesign --sign "$NPMDESK_CODESIGN_IDENTITY" --timestamp "$dmg"
  if [ -n "${NPMDESK_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NPMDESK_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
  fi
fi
echo "Built $app and $dmg"
