import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';

function table(words: string, from = 0): Record<string, number> {
  return Object.fromEntries(
    words
      .split(' ')
      .map((word, index) => [word, from + index] as const)
      .filter(([word]) => word !== '-'),
  );
}

function tens(words: string): Record<string, number> {
  return Object.fromEntries(words.split(' ').map((word, index) => [word, (index + 2) * 10] as const));
}

// Number words as transcripts spell them. German "ein"/"eine" is left out: it is the article far more often. Russian lists the forms a number takes most in speech
// ("двух", "пяти", "тысяч"); rarer cases are left as words, which only costs a match.
const numbers: Readonly<Record<RecognitionLanguage, Readonly<Record<string, number>>>> = {
  en: {
    ...table(
      'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
        'sixteen seventeen eighteen nineteen',
    ),
    ...tens('twenty thirty forty fifty sixty seventy eighty ninety'),
    hundred: 100,
    thousand: 1000,
    million: 1_000_000,
  },
  de: {
    ...table(
      'null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn ' +
        'sechzehn siebzehn achtzehn neunzehn',
    ),
    ...tens('zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig'),
    dreissig: 30,
    hundert: 100,
    tausend: 1000,
    million: 1_000_000,
    millionen: 1_000_000,
  },
  ru: {
    ...table(
      'ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать ' +
        'четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать',
    ),
    одна: 1,
    две: 2,
    двух: 2,
    трех: 3,
    четырех: 4,
    пяти: 5,
    десяти: 10,
    ...tens('двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто'),
    сто: 100,
    тысяча: 1000,
    тысячи: 1000,
    тысяч: 1000,
    миллион: 1_000_000,
    миллиона: 1_000_000,
    миллионов: 1_000_000,
  },
};

/**
 * The value of one number word (lowercase, ё folded), or undefined. German writes compounds in one word
 * ("fünfundzwanzig"): "und" joins a unit and a ten.
 */
export function spokenNumber(word: string, language: RecognitionLanguage): number | undefined {
  const words = numbers[language];
  const value = words[word];
  if (value !== undefined) return value;
  if (language !== 'de') return undefined;
  const [unit, ten] = word.split('und');
  const unitValue = unit === undefined ? undefined : words[unit === 'ein' ? 'eins' : unit];
  const tenValue = ten === undefined ? undefined : words[ten];
  return unitValue !== undefined &&
    unitValue < 10 &&
    tenValue !== undefined &&
    tenValue >= 20 &&
    tenValue < 100
    ? unitValue + tenValue
    : undefined;
}
