/**
 * Which language a piece of text is written in, among those Viva has interviewer phrases for. Notes mix
 * languages inside one document (English questions in a Russian list) and each prompt must be spoken by
 * a voice of its own language, so this is asked per prompt, not per file.
 */

/** The languages Viva has interviewer phrases for (phrases.ts), which a prompt's language can be corrected to. */
export const importLanguages = ['en-US', 'de-DE', 'ru-RU'] as const;

export type ImportLanguage = (typeof importLanguages)[number];

// Short, frequent words that tell German from English; words both languages share are left out.
const englishWords = new Set(
  'the and is are you your what how why which who when to of in on with do does did have has about tell me this that would can could it for from was were be time'.split(
    ' ',
  ),
);
const germanWords = new Set(
  'und der die das ist sind sie ihr ihre ihnen ihrem ihren was wie warum welche welches wer wann zu von ein eine einen mit haben hat über mir mich ich nicht auf für auch sich es bei dem den des können erzählen uns'.split(
    ' ',
  ),
);

/**
 * The language of `text`, or undefined when it has too few letters to tell. Cyrillic letters mean
 * Russian; Latin text is German or English by its umlauts and function words.
 */
export function detectLanguage(text: string): ImportLanguage | undefined {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic + latin < 3) return undefined;
  if (cyrillic > latin) return 'ru-RU';
  let german = (text.match(/[äöüß]/giu)?.length ?? 0) * 2;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (germanWords.has(word)) german += 1;
    if (englishWords.has(word)) german -= 1;
  }
  return german > 0 ? 'de-DE' : 'en-US';
}

/**
 * The language most of the texts are written in: one vote per text (a long English answer in a Russian
 * list is still one question), the longer total breaking a tie; English when nothing tells.
 */
export function mainLanguage(texts: readonly string[]): ImportLanguage {
  const votes = new Map<ImportLanguage, { count: number; length: number }>();
  for (const text of texts) {
    const language = detectLanguage(text);
    if (!language) continue;
    const vote = votes.get(language) ?? { count: 0, length: 0 };
    votes.set(language, { count: vote.count + 1, length: vote.length + text.length });
  }
  const ranked = [...votes].sort(([, a], [, b]) => b.count - a.count || b.length - a.length);
  return ranked[0]?.[0] ?? 'en-US';
}

/** The prompt's own language where it differs from the script's, as the model stores it. */
export function languageApart(text: string, scriptLanguage: string): { language?: string } {
  const language = detectLanguage(text);
  return language && language !== scriptLanguage ? { language } : {};
}
