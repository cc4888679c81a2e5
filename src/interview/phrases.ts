import { primaryLanguage } from '../platform/speech/language-tag.ts';

/** What the interviewer says besides the script, in each language the app speaks. */
const phrases = {
  en: {
    sample: 'Welcome, and thanks for making the time. To start, walk me through a system you are proud of.',
    interruption: 'Thank you, we need to move on.',
    probe: 'Could you go deeper on that?',
  },
  de: {
    sample:
      'Schön, dass Sie da sind. Beschreiben Sie zum Einstieg bitte ein Projekt, auf das Sie stolz sind.',
    interruption: 'Danke, wir müssen weitermachen.',
    probe: 'Könnten Sie das noch etwas vertiefen?',
  },
  ru: {
    sample: 'Рады вас видеть. Для начала опишите, пожалуйста, проект, которым вы гордитесь.',
    interruption: 'Спасибо, нам нужно двигаться дальше.',
    probe: 'Можете рассказать об этом подробнее?',
  },
} as const;

type PhraseLanguage = keyof typeof phrases;

const hasPhrases = (primary: string): primary is PhraseLanguage => primary in phrases;

/** A line in `language`, or in English when the app has none in it; with the language it is in. */
function phrase(
  language: string,
  kind: keyof (typeof phrases)['en'],
): { readonly text: string; readonly language: string } {
  const primary = primaryLanguage(language);
  return hasPhrases(primary)
    ? { text: phrases[primary][kind], language }
    : { text: phrases.en[kind], language: 'en' };
}

/** A sentence to hear a voice with, before an interview or in settings. */
export function voiceSample(language: string): { readonly text: string; readonly language: string } {
  return phrase(language, 'sample');
}

/** The short line the interviewer says at the limit in strict mode, in the script's language (English otherwise). */
export function interruptionLine(language: string): { readonly text: string; readonly language: string } {
  return phrase(language, 'interruption');
}

/** What the interviewer asks after a main answer far under its target, in the question's language. */
export function probeLine(language: string): { readonly text: string; readonly language: string } {
  return phrase(language, 'probe');
}
