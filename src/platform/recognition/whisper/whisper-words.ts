import type { RecognisedWord } from '../recognition.ts';

/** A token of whisper.cpp's result, as its WebAssembly build reports it: times in milliseconds. */
export interface WhisperToken {
  readonly text: string;
  /** The model's probability of the token, 0–1. */
  readonly p: number;
  readonly offsets: { readonly from: number; readonly to: number };
}

/** A segment of whisper.cpp's result: a phrase, its time span, and its tokens. */
export interface WhisperSegment {
  readonly text: string;
  readonly offsets: { readonly from: number; readonly to: number };
  readonly tokens: readonly WhisperToken[];
}

/** Whisper's control tokens ([_BEG_], [_TT_150], <|endoftext|>): no words. */
const controlToken = /^\s*(\[_[^\]]*\]|<\|[^|]*\|>)\s*$/;

/**
 * The words of whisper.cpp's segments with their times. A word is a token that starts with a space and
 * the tokens up to the next one (Whisper's pieces of a word never do). Where tokens split a character in
 * two (Cyrillic letters are two bytes; the build decodes each token alone), their texts do not add up to
 * the segment's: the words are then the segment's own, timed by where their characters fall among the
 * tokens'.
 */
export function wordsOfSegments(segments: readonly WhisperSegment[]): RecognisedWord[] {
  return segments.flatMap((segment) => {
    const tokens = segment.tokens.filter((token) => !controlToken.test(token.text) && token.text !== '');
    const joined = tokens.map((token) => token.text).join('');
    return joined.trim() === segment.text.trim() && !joined.includes('\uFFFD')
      ? wordsOfTokens(tokens)
      : wordsByPosition(segment, tokens);
  });
}

function wordsOfTokens(tokens: readonly WhisperToken[]): RecognisedWord[] {
  const words: RecognisedWord[] = [];
  for (const token of tokens) {
    const last = words.at(-1);
    if (last === undefined || /^\s/.test(token.text)) {
      const text = token.text.trim();
      if (text !== '') {
        words.push({ text, startMs: token.offsets.from, endMs: token.offsets.to, confidence: token.p });
      }
    } else {
      words[words.length - 1] = {
        text: last.text + token.text.trimEnd(),
        startMs: last.startMs,
        endMs: Math.max(last.endMs, token.offsets.to),
        confidence: Math.min(last.confidence, token.p),
      };
    }
  }
  return words;
}

/** Words of the segment's text, each timed where its characters fall along the tokens' spans. */
function wordsByPosition(segment: WhisperSegment, tokens: readonly WhisperToken[]): RecognisedWord[] {
  const text = segment.text;
  const tokenLength = tokens.reduce((sum, token) => sum + token.text.length, 0);
  const scale = tokenLength === 0 ? 0 : tokenLength / Math.max(1, text.length);
  /** The time at a character position of the segment's text. */
  const timeAt = (position: number): number => {
    if (tokens.length === 0) {
      const { from, to } = segment.offsets;
      return from + ((to - from) * position) / Math.max(1, text.length);
    }
    let remaining = position * scale;
    for (const token of tokens) {
      if (remaining <= token.text.length) {
        const share = token.text.length === 0 ? 0 : remaining / token.text.length;
        return token.offsets.from + (token.offsets.to - token.offsets.from) * share;
      }
      remaining -= token.text.length;
    }
    return tokens.at(-1)?.offsets.to ?? segment.offsets.to;
  };
  const confidence = tokens.length === 0 ? 0 : Math.min(...tokens.map((token) => token.p));
  return Array.from(text.matchAll(/\S+/g), (match) => ({
    text: match[0],
    startMs: Math.round(timeAt(match.index)),
    endMs: Math.round(timeAt(match.index + match[0].length)),
    confidence,
  }));
}
