import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { stem } from './stemming.ts';

// Abbreviations engineers say instead of the word, and the homophones recognisers write for it, per
// language: each group's words count as its first.
// A script adds its own phrasings to a checkpoint with "(also: …)".
const groups: Readonly<Record<RecognitionLanguage, readonly (readonly string[])[]>> = {
  en: [
    ['database', 'db'],
    ['kubernetes', 'k8s'],
    ['asynchronous', 'async'],
    ['synchronous', 'sync'],
    ['configuration', 'config'],
    ['application', 'app'],
    ['repository', 'repo'],
    ['production', 'prod'],
    ['environment', 'env'],
    ['authentication', 'authn'],
    ['authorization', 'authz'],
    ['idempotent', 'idempotency'],
    // Homophones a recogniser writes for the term: Whisper hears "cache" as "cash".
    ['cache', 'cash'],
  ],
  de: [
    ['datenbank', 'db'],
    ['kubernetes', 'k8s'],
    ['asynchron', 'async'],
    ['konfiguration', 'config'],
    ['anwendung', 'app', 'applikation'],
  ],
  ru: [
    ['база', 'бд'],
    ['kubernetes', 'k8s', 'кубернетес'],
    ['асинхронный', 'async'],
    ['приложение', 'app'],
    ['репозиторий', 'репо'],
  ],
};

const canonical: Readonly<Record<RecognitionLanguage, ReadonlyMap<string, string>>> = {
  en: stemMap('en'),
  de: stemMap('de'),
  ru: stemMap('ru'),
};

function stemMap(language: RecognitionLanguage): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [first, ...others] of groups[language]) {
    if (first === undefined) continue;
    for (const other of others) map.set(stem(other, language), stem(first, language));
  }
  return map;
}

/** The stem a stem stands for: the full word's for an abbreviation, itself otherwise. */
export function equivalentStem(wordStem: string, language: RecognitionLanguage): string {
  return canonical[language].get(wordStem) ?? wordStem;
}
