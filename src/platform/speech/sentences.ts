// Prompts are spoken one sentence at a time: Chrome's network voices stop after about 15 seconds of one
// utterance, and a short utterance lets a cancel take effect between sentences.

/** Longest piece spoken as one utterance: about 12–15 seconds at the normal rate. */
const MAX_PIECE_LENGTH = 220;

/** A piece shorter than this is not cut off a long sentence, so no clause is spoken on its own as a stub. */
const MIN_CUT_LENGTH = MAX_PIECE_LENGTH / 3;

// Sentence-ending marks, then any closing quotes or brackets (`?»`, `.“`, `!)`), then a space or the end.
const SENTENCE_END = /[.!?…]+[)\]"'»«“”’›‹]*(?=\s|$)/gu;

// Opening quotes and brackets in front of the word before a period: `(e.g.` is the word `e.g`.
const LEADING_PUNCTUATION = /^[([{"'«»„“”‚‘’‹›]+/u;

// Dotted abbreviations written without spaces: e.g, i.e, z.B, d.h, u.a, т.е, т.к, U.S.
const DOTTED_ABBREVIATION = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;

// Abbreviations that are followed by more of the same sentence (English, German, Russian).
const ABBREVIATIONS = new Set([
  'approx',
  'ca',
  'cf',
  'dr',
  'mr',
  'mrs',
  'prof',
  'vs',
  'bzw',
  'ggf',
  'evtl',
  'inkl',
  'nr',
  'vgl',
  'напр',
  'см',
  'стр',
]);

// Abbreviations that often end a sentence too ("… usw. Dann"): a sentence ends after them only when the
// next word starts with a capital letter.
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc', 'usw', 'т.д', 'т.п', 'д', 'п', 'др']);

/** The word right before position `end`, without opening quotes or brackets. */
function wordBefore(text: string, end: number): string {
  const words = text.slice(0, end).split(/\s+/u);
  return (words.at(-1) ?? '').replace(LEADING_PUNCTUATION, '');
}

function startsWithCapital(text: string): boolean {
  const first = text.trimStart().charAt(0);
  return first !== '' && first !== first.toLowerCase();
}

/** Whether the marks `mark` found at `index` end a sentence, rather than an abbreviation or number. */
function endsSentence(text: string, index: number, mark: string): boolean {
  // Only a lone period can belong to an abbreviation; `!`, `?`, `…` and `...` always end a sentence.
  if (mark.replace(/[^.!?…]/gu, '') !== '.') return true;
  const word = wordBefore(text, index);
  const lower = word.toLowerCase();
  if (SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return startsWithCapital(text.slice(index + mark.length));
  // A bare number before a period is a list number ("1. Describe …") or a German ordinal ("am 1. Mai")
  // more often than a sentence's end, and keeping it in the sentence costs only a longer utterance.
  if (/^\d+$/u.test(word)) return false;
  // A single letter is an initial or part of a spaced abbreviation: "J. Smith", "z. B.", "т. е.".
  if (/^\p{L}$/u.test(word)) return false;
  return !DOTTED_ABBREVIATION.test(word) && !ABBREVIATIONS.has(lower);
}

/** Where to cut a piece longer than the limit: after the last `;` or `:`, else `,`, else space, in reach. */
function cutPosition(piece: string): number {
  const reach = piece.slice(0, MAX_PIECE_LENGTH + 1);
  for (const separator of [/[;:]\s/gu, /,\s/gu, /\s/gu]) {
    const cuts = [...reach.matchAll(separator)].map((match) => match.index + 1);
    const last = cuts.filter((cut) => cut >= MIN_CUT_LENGTH && cut <= MAX_PIECE_LENGTH).at(-1);
    if (last !== undefined) return last;
  }
  // One word longer than the limit (a URL): cut it anywhere rather than let the engine stop speaking.
  return MAX_PIECE_LENGTH;
}

/** Cuts a sentence longer than the limit into pieces at its clauses, or at spaces. */
function cutLong(sentence: string): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_PIECE_LENGTH) {
    const cut = cutPosition(rest);
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

const hasWords = (piece: string): boolean => /[\p{L}\p{N}]/u.test(piece);

/**
 * Splits a prompt into the pieces to speak one by one: its sentences, with any sentence longer than about
 * 220 characters cut at its clauses. Pieces are trimmed and never empty; text without sentence marks is
 * one piece. Decimals (`1.5`) and abbreviations (`e.g.`, `z.B.`, `т.е.`) do not end a sentence.
 */
export function splitSentences(text: string): string[] {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  for (const match of flat.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (!endsSentence(flat, match.index, match[0])) continue;
    sentences.push(flat.slice(start, end).trim());
    start = end;
  }
  sentences.push(flat.slice(start).trim());

  // A piece of marks alone ("…", "?!") says nothing: it joins its neighbour instead of being spoken.
  const pieces: string[] = [];
  for (const piece of sentences.filter((sentence) => sentence !== '').flatMap(cutLong)) {
    const last = pieces.at(-1);
    if (last !== undefined && (!hasWords(piece) || !hasWords(last)))
      pieces[pieces.length - 1] = `${last} ${piece}`;
    else pieces.push(piece);
  }
  return pieces;
}
