#!/usr/bin/env bash
# Builds whisper.cpp to WebAssembly with Viva's own entry points (src/platform/recognition/whisper/wasm/),
# into public/whisper/, which Vite serves as they are (its module, its threads' script, its code) and
# copies into the build: the Whisper worker loads them from there. Only the parts go there; the compiler's
# intermediate files stay in build/whisper-wasm/. The source is the whisper.cpp copy in the
# npm package nodejs-whisper (pinned in the lockfile); the compiler is Debian's emscripten. A build whose
# inputs have not changed is kept, so this costs nothing after the first time (about 2 minutes on 2 cores).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { echo "whisper-wasm: $*"; }

source_dir=node_modules/nodejs-whisper/cpp/whisper.cpp
binding=src/platform/recognition/whisper/wasm/viva-whisper.cpp
out=public/whisper
work=build/whisper-wasm
[[ -f $source_dir/include/whisper.h ]] || {
  log "no whisper.cpp source in $source_dir: run npm ci first" >&2
  exit 1
}

scripts/system-packages.sh build
# Debian's emscripten runs its JavaScript optimiser with Node, which finds Debian's acorn only here.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

# emcc's first line names its version; `head` would close the pipe on it, which emcc reports as an error.
compiler=$(emcc --version)
stamp=$( (
  cat "$0" "$binding" "$source_dir/CMakeLists.txt" node_modules/nodejs-whisper/package.json
  echo "${compiler%%$'\n'*}"
) | sha256sum | cut -d' ' -f1)
if [[ -f $work/stamp && -f $out/viva-whisper.wasm && $(cat "$work/stamp") == "$stamp" ]]; then exit 0; fi

log "building whisper.cpp (once; about 2 minutes)"
start=$SECONDS
rm -rf "$out" "$work"
mkdir -p "$out" "$work"
trap 'log "the build failed; its last lines:" >&2; tail -20 "$work/build.log" >&2' ERR
emcmake cmake -S "$source_dir" -B "$work" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
  -DWHISPER_BUILD_EXAMPLES=OFF -DWHISPER_BUILD_TESTS=OFF -DWHISPER_BUILD_SERVER=OFF -DGGML_OPENMP=OFF \
  >"$work/build.log" 2>&1
cmake --build "$work" -j "$(nproc)" >>"$work/build.log" 2>&1

libraries=("$work/src/libwhisper.a" "$work/ggml/src/libggml.a" "$work/ggml/src/libggml-cpu.a"
  "$work/ggml/src/libggml-base.a")
# One thread per core, up to four (the worker's choice), started with the module so that a transcription
# never waits for one; memory grows from 256 MB as the model needs (about 750 MB for base).
em++ -O3 -msimd128 -pthread -std=c++17 -I"$source_dir/include" -I"$source_dir/ggml/include" "$binding" \
  "${libraries[@]}" -o "$out/viva-whisper.mjs" \
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sENVIRONMENT=web,worker -sPTHREAD_POOL_SIZE=4 \
  -sINITIAL_MEMORY=256MB -sMAXIMUM_MEMORY=2GB -sALLOW_MEMORY_GROWTH=1 -sTOTAL_STACK=5242880 \
  -sFORCE_FILESYSTEM=1 -sEXPORTED_RUNTIME_METHODS='["ccall","FS"]' \
  -sEXPORTED_FUNCTIONS='["_malloc","_free"]' -Wno-pthreads-mem-growth >>"$work/build.log" 2>&1
echo "$stamp" >"$work/stamp"
log "built in $((SECONDS - start)) s: $(du -k "$out/viva-whisper.wasm" | cut -f1) KB of WebAssembly"
