#!/usr/bin/env bash
# The system packages the tests need, checked before `npm test` (as its pretest) and by .ci/run; with the
# argument `build`, only those that build the app (scripts/whisper-wasm.sh asks for them).
# On Debian or Ubuntu, missing ones are installed when we are root or sudo works without a password;
# elsewhere, or without those rights, this says exactly what to install and stops.
set -euo pipefail

# Chromium drives the end-to-end tests; espeak-ng, speech-dispatcher and pulseaudio give it real speech
# synthesis; sox makes test audio; pocketsphinx-testdata has the real English speech the bench transcribes.
# firefox-esr and webkit2gtk-driver (WebKitWebDriver and its MiniBrowser, under xvfb's X server) run the
# same interview in Firefox and WebKit.
# emscripten and cmake compile whisper.cpp to WebAssembly (node-acorn, which emscripten's optimiser needs,
# comes with it).
build_packages=(emscripten cmake)
packages=(chromium espeak-ng sox speech-dispatcher speech-dispatcher-espeak-ng pulseaudio pocketsphinx-testdata
  firefox-esr webkit2gtk-driver xvfb "${build_packages[@]}")
[[ ${1:-} == build ]] && packages=("${build_packages[@]}")

log() { echo "system packages: $*"; }

if ! command -v dpkg-query >/dev/null; then
  log "not a Debian or Ubuntu system; make sure these (or their equivalents) are installed: ${packages[*]}"
  log "(a Chromium elsewhere can be given with CHROMIUM_PATH)"
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  # Capture first: piping into `grep -q` could end in SIGPIPE, which pipefail would count as "missing".
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ $status == 'install ok installed' ]] || missing+=("$package")
done
((${#missing[@]} == 0)) && exit 0

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  log "missing ${missing[*]}" >&2
  log "install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

log "installing ${missing[*]}"
start=$SECONDS
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq -o Dpkg::Use-Pty=0 "${missing[@]}" </dev/null >/dev/null
log "installed in $((SECONDS - start)) s"
