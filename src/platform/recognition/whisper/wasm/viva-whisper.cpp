// Viva's own entry points into whisper.cpp, compiled to WebAssembly by scripts/whisper-wasm.sh and called by
// whisper.worker.ts. A result is read back field by field (segments, then their tokens), so no text has to
// be escaped into a format here and parsed again there.
#include <emscripten.h>
#include <emscripten/threading.h>
#include <whisper.h>

#include <algorithm>

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

/**
 * The most tokens one decoding pass may write for an answer of `count` samples: 10 a second of its window
 * and 16 to spare (an estimate of what fast speech needs: about 4 a second in English, 8 in Russian,
 * timestamps included). From a 21 s window on, that is more than whisper.cpp's own 220. A pass that reaches
 * it ends as if its window were done, and whisper.cpp goes on from its last timestamp, so speech beyond it
 * is decoded in the next pass rather than dropped; a pass going round in circles stops early.
 */
int most_tokens(int count) {
  const int window = std::min(count, 30 * WHISPER_SAMPLE_RATE);
  return 16 + 10 * window / WHISPER_SAMPLE_RATE;
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
  // A bad recording must not take long. whisper.cpp retries a decoding it finds repetitive or unlikely at
  // five higher temperatures, five samples each, every one up to 220 tokens: on espeak-ng's Russian one
  // 2.9 s clip took 77 s that way. One sample a temperature and a budget of tokens bound a 3 s window to
  // 6 × 46 decoding steps, where up to 5,720 were possible. Without the retries at all, two of ten Russian
  // clips transcribed as English came back as one or three words; with them, whole. Measured on
  // 5 December 2026 (LibriVox and espeak-ng clips, load average 1.3–1.8): English 2.8 % word error rate as
  // before, German and Russian as poor as before, the slowest clip 3.8 s, the slowest Russian one 3.7 s.
  params.greedy.best_of = 1;
  params.max_tokens = most_tokens(count);
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
