import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { isIgnoredWord, isNegation } from './checkpoint-words.ts';
import { equivalentStem } from './equivalents.ts';
import { textWords, tokenise, type TimedWord, type Token } from './tokens.ts';

/** Where an answer said what a checkpoint asks for: the words, and when. */
export interface CoverageEvidence {
  readonly quote: string;
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Whether an answer covered one checklist item. `covered` is undefined when the item names nothing an
 * answer could say ("Explains clearly"): only the candidate can judge it.
 */
export interface CoverageVerdict {
  readonly item: string;
  readonly covered: boolean | undefined;
  readonly evidence?: CoverageEvidence;
  /** The item's terms that were not heard together with the others (what a missed item lacked). */
  readonly missing: readonly string[];
}

export interface Term {
  /** As the item writes it, lowercased: what the review names when it is missing. */
  readonly shown: string;
  readonly stem: string;
}

/**
 * What an item asks to hear. `main`: the terms of its text outside brackets. `alternatives`: phrasings
 * the script lists with "(also: …)", any one of which covers it. `details`: a bracketed list that spells
 * the point out ("Explains layers (Domain, Application, Infrastructure)"): enough of them cover it too.
 */
interface ItemTerms {
  readonly main: readonly Term[];
  readonly alternatives: readonly (readonly Term[])[];
  readonly details: readonly (readonly Term[])[];
}

const bracketed = /\(([^()]*)\)/gu;
const alsoPrefix = /^\s*(?:also|auch|или|также)\s*:/iu;

/** The words of a text that carry its point, stemmed: what an answer must say for it (or share with it). */
export function termsOf(text: string, language: RecognitionLanguage): readonly Term[] {
  const terms = new Map<string, Term>();
  for (const token of tokenise(textWords(text), language)) {
    if (isIgnoredWord(token.norm, language)) continue;
    const stem = equivalentStem(token.stem, language);
    if (!terms.has(stem)) terms.set(stem, { shown: token.norm, stem });
  }
  return [...terms.values()];
}

function phrases(list: string, language: RecognitionLanguage): readonly (readonly Term[])[] {
  return list
    .split(/[,;]/u)
    .map((phrase) => termsOf(phrase, language))
    .filter((terms) => terms.length > 0);
}

function itemTerms(item: string, language: RecognitionLanguage): ItemTerms {
  const alternatives: (readonly Term[])[] = [];
  const details: (readonly Term[])[] = [];
  for (const [, inside = ''] of item.matchAll(bracketed)) {
    if (alsoPrefix.test(inside)) alternatives.push(...phrases(inside.replace(alsoPrefix, ''), language));
    // A bracket that is one word is part of the name ("ConfigureAwait(false)"), not a list.
    else if (/[,;]/u.test(inside)) details.push(...phrases(inside, language));
  }
  const main = item.replace(bracketed, (_, inside: string) =>
    alsoPrefix.test(inside) || /[,;]/u.test(inside) ? ' ' : ` ${inside} `,
  );
  return { main: termsOf(main, language), alternatives, details };
}

/** How many of an item's bracketed details cover it: most of them, and never one alone. */
function requiredDetails(count: number): number {
  return Math.min(count, Math.max(2, Math.ceil(count * 0.6)));
}

/**
 * How many of an item's terms must be heard together. Up to three, all of them: precision comes first,
 * since a wrong "covered" hides a gap while a missed one only asks the candidate to tick it. Longer
 * items need three in four, so one differently worded term does not sink the whole point.
 */
function requiredTerms(count: number): number {
  return count <= 3 ? count : Math.ceil(count * 0.75);
}

/** Stems this long that begin alike are one word: "eager"/"eagerly", "idempot"/"idempotency". */
const sharedPrefix = 5;

function matches(term: Term, token: Token, language: RecognitionLanguage): boolean {
  const stem = equivalentStem(token.stem, language);
  if (stem === term.stem) return true;
  const [shorter, longer] = stem.length < term.stem.length ? [stem, term.stem] : [term.stem, stem];
  // The stemmers leave some derived forms apart ("eagerli" from "eagerly"): the same start is the same word.
  if (shorter.length >= sharedPrefix && longer.startsWith(shorter)) return true;
  // German writes compounds as one word: "Index" is heard in "Datenbankindex".
  return (
    language === 'de' && term.stem.length >= 5 && stem.length > term.stem.length && stem.endsWith(term.stem)
  );
}

/** How far a negation reaches: "I'm not really sure about X", "X мы не делали", "X haben wir nicht". */
const negationReach = 5;

/**
 * Whether a token is said under a negation: one a few words before it, or after it in the same clause
 * (Russian and German put it after the object: "пагинацию не делали", "Caching haben wir nicht").
 */
function negated(tokens: readonly Token[], index: number, language: RecognitionLanguage): boolean {
  for (let back = index - 1; back >= Math.max(0, index - negationReach); back -= 1) {
    const token = tokens[back];
    if (token === undefined || token.breakAfter) break;
    const next = tokens[back + 1];
    // "not only X but also Y" says X.
    if (isNegation(token.norm, language) && next?.norm !== 'only' && next?.norm !== 'nur') return true;
    if (token.sentenceStart) break;
  }
  if (language === 'en') return false;
  for (let ahead = index; ahead < Math.min(tokens.length - 1, index + negationReach); ahead += 1) {
    if (tokens[ahead]?.breakAfter === true) return false;
    const token = tokens[ahead + 1];
    if (token === undefined || token.sentenceStart) return false;
    if (isNegation(token.norm, language)) return true;
  }
  return false;
}

interface Window {
  readonly found: ReadonlyMap<number, number>;
  readonly first: number;
  readonly last: number;
}

/** The stretch of the answer holding the most of the terms close together (then the shortest such). */
function bestWindow(terms: readonly Term[], tokens: readonly Token[], language: RecognitionLanguage) {
  const span = 10 + 5 * terms.length;
  let best: Window | undefined;
  const heard = (index: number, term: Term) => {
    const token = tokens[index];
    return token !== undefined && matches(term, token, language) && !negated(tokens, index, language);
  };
  tokens.forEach((_, start) => {
    // A window starts on a term, so its quote does not begin with words that say nothing of the item.
    if (!terms.some((term) => heard(start, term))) return;
    const found = new Map<number, number>();
    for (let index = start; index < Math.min(tokens.length, start + span); index += 1) {
      terms.forEach((term, termIndex) => {
        if (!found.has(termIndex) && heard(index, term)) found.set(termIndex, index);
      });
    }
    const last = Math.max(...found.values());
    if (
      best === undefined ||
      found.size > best.found.size ||
      (found.size === best.found.size && last - start < best.last - best.first)
    )
      best = { found, first: start, last };
  });
  return best;
}

/**
 * The words of a window, with up to two words either side so the quote reads as speech; its times are
 * the quote's, so playing it from its start plays what it says.
 */
function evidence(window: Window, tokens: readonly Token[], words: readonly TimedWord[]): CoverageEvidence {
  const firstWord = Math.max(0, (tokens[window.first]?.word ?? 0) - 2);
  const lastWord = Math.min(words.length - 1, (tokens[window.last]?.word ?? firstWord) + 2);
  const quoted = words.slice(firstWord, lastWord + 1);
  return {
    quote: quoted.map((word) => word.text.trim()).join(' '),
    startMs: quoted[0]?.startMs ?? 0,
    endMs: quoted.at(-1)?.endMs ?? 0,
  };
}

function verdict(
  item: string,
  terms: ItemTerms,
  tokens: readonly Token[],
  words: readonly TimedWord[],
  language: RecognitionLanguage,
): CoverageVerdict {
  if (terms.main.length === 0 && terms.details.length === 0) return { item, covered: undefined, missing: [] };
  const main = bestWindow(terms.main, tokens, language);
  if (main !== undefined && main.found.size >= requiredTerms(terms.main.length))
    return { item, covered: true, evidence: evidence(main, tokens, words), missing: [] };
  const heardWhole = (phrase: readonly Term[]) => {
    const window = bestWindow(phrase, tokens, language);
    return window?.found.size === phrase.length ? window : undefined;
  };
  for (const alternative of terms.alternatives) {
    const window = heardWhole(alternative);
    if (window) return { item, covered: true, evidence: evidence(window, tokens, words), missing: [] };
  }
  const details = terms.details.map(heardWhole).filter((window) => window !== undefined);
  const firstDetail = details[0];
  if (firstDetail !== undefined && details.length >= requiredDetails(terms.details.length))
    return { item, covered: true, evidence: evidence(firstDetail, tokens, words), missing: [] };
  return {
    item,
    covered: false,
    missing: terms.main.filter((_, index) => main?.found.has(index) !== true).map((term) => term.shown),
  };
}

/**
 * Which checklist items (checkpoints, rubric lines) an answer covered, judged from its words: an item is
 * covered when its terms, in any inflection or order, are heard close together and not negated.
 */
export function coverageOf(
  items: readonly string[],
  words: readonly TimedWord[],
  language: RecognitionLanguage,
): readonly CoverageVerdict[] {
  const tokens = tokenise(words, language);
  return items.map((item) => verdict(item, itemTerms(item, language), tokens, words, language));
}
