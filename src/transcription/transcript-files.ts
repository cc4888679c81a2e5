import type { RecognisedWord } from '../platform/recognition/recognition.ts';

/** The transcript as plain text: its words separated by spaces. */
export function transcriptText(words: readonly RecognisedWord[]): string {
  return words.map((word) => word.text).join(' ');
}

/** The index of the word being said at `ms`, or -1 between words and outside them. */
export function wordAt(words: readonly RecognisedWord[], ms: number): number {
  return words.findIndex((word) => word.startMs <= ms && ms < word.endMs);
}

/** Words per WebVTT cue: about a subtitle line. */
const wordsPerCue = 10;
/** A pause this long between words starts a new cue, so cues follow the speaker's phrases. */
const cueBreakMs = 1_000;

/** A WebVTT time, hh:mm:ss.ttt. */
function vttTime(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor(total / 60_000) % 60;
  const seconds = Math.floor(total / 1000) % 60;
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(total % 1000, 3)}`;
}

/**
 * The transcript as WebVTT subtitles for the answer's recording: a cue per phrase (a pause of a second or
 * ten words end one), timed from its first word's start to its last word's end.
 */
export function transcriptVtt(words: readonly RecognisedWord[]): string {
  const cues: RecognisedWord[][] = [];
  for (const word of words) {
    const cue = cues.at(-1);
    const last = cue?.at(-1);
    if (
      cue === undefined ||
      last === undefined ||
      cue.length >= wordsPerCue ||
      word.startMs - last.endMs >= cueBreakMs
    ) {
      cues.push([word]);
    } else {
      cue.push(word);
    }
  }
  const blocks = cues.map((cue) => {
    const first = cue[0];
    const last = cue.at(-1);
    // The arrow's text would end a cue early: WebVTT forbids "-->" inside one.
    const text = transcriptText(cue).replaceAll('-->', '->');
    return `${vttTime(first?.startMs ?? 0)} --> ${vttTime(last?.endMs ?? 0)}\n${text}`;
  });
  return ['WEBVTT', ...blocks].join('\n\n') + '\n';
}
