import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';

/**
 * How sure a word is a filler. 'always': a hesitation sound, never anything else. 'usually': a filler
 * unless the words around it make it a real use. 'pause': a real word most of the time, counted only
 * when the speaker stops right after it ("so, …", "вот, …", "also, …").
 */
export type FillerTier = 'always' | 'usually' | 'pause';

export interface FillerRule {
  /** The words, lowercase with ё folded, as tokens split them ("you know", "как бы"). */
  readonly phrase: string;
  readonly tier: FillerTier;
  /** Not a filler after any of these words ("I like", "a kind of", "это значит"). */
  readonly notAfter?: readonly string[];
  /** Not a filler after a number: "два типа индексов" counts kinds, it does not hesitate. */
  readonly notAfterNumber?: boolean;
  /** Not a filler before any of these, unless a pause follows it ("so that", "I mean that"). */
  readonly notBefore?: readonly string[];
}

const words = (list: string) => list.split(' ');

/** Hesitation sounds, however a recogniser spells them: "umm", "uhh", "ähm", "э-э-э" (tokens "э" "э" "э"). */
export const hesitationSound: Readonly<Record<RecognitionLanguage, RegExp>> = {
  en: /^(?:u+m+|u+h+|e+r+m*|e+h+m*|h+m+|m+h*m+|a+h+)$/u,
  de: /^(?:ä+h*m*|ö+h+m*|e+h*m+|h+m+|m+h*m+)$/u,
  ru: /^(?:э+м*|м{2,}|мм+|а{2,}|ээ+м*)$/u,
};

const determiners = words(
  'a an the this that what which some any every each one another same different those these no new ' +
    'first particular whatever your our my their its',
);

export const fillerRules: Readonly<Record<RecognitionLanguage, readonly FillerRule[]>> = {
  en: [
    {
      phrase: 'you know',
      tier: 'usually',
      notAfter: words('do did don if as would will should let t'),
      notBefore: words('that what how whether why when where which about it the a if'),
    },
    { phrase: 'i mean', tier: 'usually', notBefore: words('that it the a to') },
    { phrase: 'sort of', tier: 'usually', notAfter: determiners },
    { phrase: 'kind of', tier: 'usually', notAfter: determiners },
    { phrase: 'basically', tier: 'usually' },
    { phrase: 'actually', tier: 'usually' },
    { phrase: 'literally', tier: 'usually' },
    {
      phrase: 'like',
      tier: 'pause',
      notAfter: words(
        'i you we they would d looks look looked feel feels felt seems sounds something anything nothing things just more much',
      ),
    },
    { phrase: 'so', tier: 'pause', notBefore: words('that much many far long') },
    {
      phrase: 'well',
      tier: 'pause',
      notAfter: words('as very pretty quite really works work worked scales'),
    },
    { phrase: 'right', tier: 'pause', notAfter: words('the that s is are was exactly all') },
    { phrase: 'okay', tier: 'pause' },
  ],
  de: [
    { phrase: 'halt', tier: 'usually' },
    { phrase: 'eigentlich', tier: 'usually' },
    { phrase: 'sozusagen', tier: 'usually' },
    { phrase: 'quasi', tier: 'usually' },
    { phrase: 'irgendwie', tier: 'usually' },
    { phrase: 'gewissermaßen', tier: 'usually' },
    { phrase: 'ich meine', tier: 'usually', notBefore: words('dass das die den') },
    { phrase: 'weißt du', tier: 'usually' },
    { phrase: 'also', tier: 'pause' },
    { phrase: 'genau', tier: 'pause', notAfter: words('ganz nicht so') },
    { phrase: 'ne', tier: 'pause' },
  ],
  ru: [
    { phrase: 'как бы', tier: 'usually', notBefore: words('не') },
    {
      phrase: 'типа',
      tier: 'usually',
      notAfterNumber: true,
      notAfter: words(
        'этого такого какого того одного нового другого разного каждого любого двух трех четырех нескольких',
      ),
    },
    { phrase: 'короче', tier: 'usually', notBefore: words('чем') },
    { phrase: 'в общем', tier: 'usually', notBefore: words('виде случае и') },
    { phrase: 'так сказать', tier: 'usually' },
    { phrase: 'ну', tier: 'usually' },
    { phrase: 'собственно', tier: 'usually' },
    { phrase: 'это самое', tier: 'pause' },
    { phrase: 'значит', tier: 'pause', notAfter: words('это что то не и') },
    { phrase: 'вот', tier: 'pause' },
    { phrase: 'в принципе', tier: 'pause' },
  ],
};
