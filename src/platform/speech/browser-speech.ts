import { chooseVoice } from './choose-voice.ts';
import { EngineVoices } from './engine-voices.ts';
import { splitSentences } from './sentences.ts';
import type {
  Speech,
  SpeechFailure,
  SpeechHandle,
  SpeechListener,
  SpeechOptions,
  VoiceInfo,
} from './speech.ts';

/** How long `voices()` and `speak()` wait for the engine's voices. */
export interface BrowserSpeechOptions {
  /** Stop waiting for voices after this long; 3000 ms by default. Voices that come later still count. */
  readonly voicesTimeoutMs?: number;
  /** Look for voices this often while there are none; 250 ms by default. */
  readonly pollMs?: number;
  /** Stop polling after this long (`voiceschanged` is heard for ever); 60 000 ms by default. */
  readonly pollForMs?: number;
}

/** The engine's voices, each described for the contract and kept with the engine's own object to speak with. */
interface LoadedVoices {
  readonly infos: readonly VoiceInfo[];
  readonly engineVoices: ReadonlyMap<VoiceInfo, SpeechSynthesisVoice>;
}

function describeVoices(voices: readonly SpeechSynthesisVoice[]): LoadedVoices {
  const engineVoices = new Map(
    voices.map((voice) => [
      { id: voice.voiceURI, name: voice.name, lang: voice.lang, local: voice.localService },
      voice,
    ]),
  );
  return { infos: [...engineVoices.keys()], engineVoices };
}

/**
 * One `speak` call: waits for the voices, then speaks the text's sentences one utterance at a time, each
 * queued when the previous one ends, so a cancel never leaves sentences queued in the engine.
 */
class SpokenText implements SpeechHandle {
  private phase: 'waiting' | 'speaking' | 'over' = 'waiting';
  private startReported = false;
  // Chromium drops an utterance's `end` event once the utterance object is garbage-collected, so the one
  // being spoken stays referenced here (and this handle from the adapter) until it ends.
  private utterance: SpeechSynthesisUtterance | undefined;

  constructor(
    private readonly synth: SpeechSynthesis,
    private readonly options: SpeechOptions,
    private readonly listener: SpeechListener,
    private readonly onOver: (spoken: SpokenText) => void,
  ) {}

  /** Chooses the voice and speaks the first sentence, unless cancelled while the voices were loading. */
  begin(voices: LoadedVoices, text: string): void {
    if (this.phase !== 'waiting') return;
    const info = chooseVoice(voices.infos, this.options.lang, this.options.voiceId);
    const voice = info && voices.engineVoices.get(info);
    if (info === undefined || voice === undefined) {
      this.fail('no-voice');
      return;
    }
    this.phase = 'speaking';
    this.speakPiece(splitSentences(text), 0, info, voice);
  }

  cancel(): void {
    if (this.phase === 'over') return;
    const speaking = this.phase === 'speaking';
    this.close();
    // Only the handle whose utterance is in the engine cancels it: a handle still waiting for voices
    // would otherwise stop whatever else is being said.
    if (speaking) this.synth.cancel();
  }

  /** Reports a failure, unless this text already ended, failed or was cancelled. */
  fail(reason: SpeechFailure): void {
    if (this.phase === 'over') return;
    this.close();
    this.listener.failed(reason);
  }

  private speakPiece(
    pieces: readonly string[],
    index: number,
    info: VoiceInfo,
    voice: SpeechSynthesisVoice,
  ): void {
    const piece = pieces[index];
    if (piece === undefined) {
      this.reportStart(info);
      this.close();
      this.listener.ended();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(piece);
    // The voice decides; the language too in case an engine ignores the voice, so that it never falls
    // back to its default voice (Afrikaans in Chromium on Linux).
    utterance.voice = voice;
    utterance.lang = this.options.lang;
    utterance.rate = this.options.rate;
    utterance.volume = this.options.volume;
    // Events of an utterance that is no longer the current one come from our own cancel (Chromium reports
    // it as an `interrupted` error) or arrive late: they are not the listener's business.
    utterance.onstart = () => {
      if (this.utterance === utterance) this.reportStart(info);
    };
    utterance.onend = () => {
      // WebKit never ends an utterance spoken from inside another's end handler (measured), so the next
      // piece, and the listener that may speak the next text, go on once the handler has returned. WebKit
      // also fires `end` twice: whichever call runs second finds another utterance current and does nothing.
      setTimeout(() => {
        if (this.utterance === utterance) this.speakPiece(pieces, index + 1, info, voice);
      }, 0);
    };
    utterance.onerror = () => {
      if (this.utterance === utterance) this.fail('synthesis-failed');
    };
    this.utterance = utterance;
    this.synth.speak(utterance);
  }

  // Some engines (Chrome's network voices) skip `start`: the listener still hears `started` before `ended`.
  private reportStart(info: VoiceInfo): void {
    if (this.startReported) return;
    this.startReported = true;
    this.listener.started(info);
  }

  private close(): void {
    this.phase = 'over';
    this.utterance = undefined;
    this.onOver(this);
  }
}

/**
 * The Speech contract on the Web Speech API's `speechSynthesis` (the page's own unless one is given;
 * absent in some browsers, where every text fails as 'unsupported'). One adapter per page: a new text
 * cancels the one still being spoken, without a listener call for the old one.
 *
 * There is no watchdog here for an `end` event that never comes (Chromium without an audio server, Chrome's
 * network voices after about 15 s): the interview machine keeps its own and cancels the handle.
 */
export function createBrowserSpeech(
  synth: SpeechSynthesis | undefined = 'speechSynthesis' in globalThis
    ? globalThis.speechSynthesis
    : undefined,
  { voicesTimeoutMs = 3000, pollMs = 250, pollForMs = 60_000 }: BrowserSpeechOptions = {},
): Speech {
  const engine = synth && new EngineVoices(synth, { pollMs, pollForMs });
  // Described once per list the engine reports, so 13 000 voices are not mapped again for every text.
  let described:
    { readonly from: readonly SpeechSynthesisVoice[]; readonly voices: LoadedVoices } | undefined;
  let active: SpokenText | undefined;

  const load = async (voices: EngineVoices): Promise<LoadedVoices> => {
    const list = await voices.whenAny(voicesTimeoutMs);
    if (described?.from !== list) described = { from: list, voices: describeVoices(list) };
    return described.voices;
  };

  const release = (spoken: SpokenText) => {
    if (active === spoken) active = undefined;
  };

  return {
    async voices() {
      return engine === undefined ? [] : (await load(engine)).infos;
    },
    onVoicesChanged(listener) {
      return engine === undefined ? () => undefined : engine.subscribe(listener);
    },
    speak(text, options, listener) {
      active?.cancel();
      if (engine === undefined) return unsupported(listener);
      const spoken = new SpokenText(engine.synth, options, listener, release);
      active = spoken;
      void load(engine).then((voices) => {
        spoken.begin(voices, text);
      });
      return spoken;
    },
  };
}

/** A handle that reports 'unsupported' in a microtask, as the browser reports errors after `speak` returns. */
function unsupported(listener: SpeechListener): SpeechHandle {
  let cancelled = false;
  queueMicrotask(() => {
    if (!cancelled) listener.failed('unsupported');
  });
  return {
    cancel() {
      cancelled = true;
    },
  };
}
