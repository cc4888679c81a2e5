// Viva's own entry points into whisper.cpp, compiled to WebAssembly by scripts/whisper-wasm.sh and called by
// whisper.worker.ts. A result is read back field by field (segments, then their tokens), so no text has to
// be escaped into a format here and parsed again there.
#include <emscripten.h>
#include <emscripten/threading.h>
#include <whisper.h>

namespace {

whisper_context *context = nullptr;

// whisper.cpp reports progress from the thread that runs the transcription: the worker's own.
void report_progress(whisper_context *, whisper_state *, int percent, void *) {
  EM_ASM({ Module.onProgress($0); }, percent);
}

// ggml asks every compute thread; only the worker's own thread can read the page's cancel flag, and one
// thread seeing it is enough to stop them all.
bool cancel_requested(void *) {
  if (!emscripten_is_main_runtime_thread()) return false;
  return EM_ASM_INT({ return Module.cancelRequested() ? 1 : 0; }) != 0;
}

} // namespace

extern "C" {

/** Loads a ggml model from the module's file system; 0 when loaded. */
EMSCRIPTEN_KEEPALIVE int viva_load(const char *path) {
  if (context != nullptr) whisper_free(context);
  whisper_context_params params = whisper_context_default_params();
  params.use_gpu = false;
  context = whisper_init_from_file_with_params(path, params);
  return context == nullptr ? 1 : 0;
}

/**
 * Transcribes 16 kHz mono samples; whisper.cpp's status (0 when done). `audio_ctx` is the encoder's window
 * in 20 ms frames: 0 for the full 30 s; less makes a short answer cost what its length needs.
 */
EMSCRIPTEN_KEEPALIVE int viva_transcribe(const float *samples, int count, const char *language, int threads,
                                         int audio_ctx) {
  if (context == nullptr) return -1;
  whisper_full_params params = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  params.language = language;
  params.n_threads = threads;
  params.audio_ctx = audio_ctx;
  params.token_timestamps = true;
  // As OpenAI's transcriber does by default: without it, answers recorded from mid-word came back as
  // "[Music]" alone.
  params.suppress_nst = true;
  params.print_progress = false;
  params.print_realtime = false;
  params.print_timestamps = false;
  params.progress_callback = report_progress;
  params.abort_callback = cancel_requested;
  return whisper_full(context, params, samples, count);
}

EMSCRIPTEN_KEEPALIVE int viva_segments() { return whisper_full_n_segments(context); }

EMSCRIPTEN_KEEPALIVE const char *viva_segment_text(int segment) {
  return whisper_full_get_segment_text(context, segment);
}

// whisper.cpp times in hundredths of a second; Viva in milliseconds.
EMSCRIPTEN_KEEPALIVE int viva_segment_from_ms(int segment) {
  return static_cast<int>(whisper_full_get_segment_t0(context, segment) * 10);
}

EMSCRIPTEN_KEEPALIVE int viva_segment_to_ms(int segment) {
  return static_cast<int>(whisper_full_get_segment_t1(context, segment) * 10);
}

EMSCRIPTEN_KEEPALIVE int viva_tokens(int segment) { return whisper_full_n_tokens(context, segment); }

EMSCRIPTEN_KEEPALIVE const char *viva_token_text(int segment, int token) {
  return whisper_full_get_token_text(context, segment, token);
}

EMSCRIPTEN_KEEPALIVE float viva_token_p(int segment, int token) {
  return whisper_full_get_token_p(context, segment, token);
}

EMSCRIPTEN_KEEPALIVE int viva_token_from_ms(int segment, int token) {
  return static_cast<int>(whisper_full_get_token_data(context, segment, token).t0 * 10);
}

EMSCRIPTEN_KEEPALIVE int viva_token_to_ms(int segment, int token) {
  return static_cast<int>(whisper_full_get_token_data(context, segment, token).t1 * 10);
}

} // extern "C"
