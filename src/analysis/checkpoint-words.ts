import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { normalise } from './tokens.ts';

function set(words: string): ReadonlySet<string> {
  return new Set(normalise(words).split(/\s+/u));
}

/** Function words: they carry no point of their own, in a checkpoint or in an answer's repetitions. */
const stopWords: Readonly<Record<RecognitionLanguage, ReadonlySet<string>>> = {
  en: set(
    'a an the and or but of to in on at by for with from into onto over under about as is are was were be ' +
      'been being it its this that these those there their them they he she we you your our his her i me my ' +
      'not no do does did has have had will would can could should may might must shall how what why when ' +
      'where which who whom whose if then than so such very more most much many some any each every all both ' +
      'also just only own same other per e g eg etc vs via s t d ll re ve m',
  ),
  de: set(
    'der die das den dem des ein eine einen einem einer eines und oder aber von zu zum zur in im an am auf ' +
      'aus bei mit nach für über unter um durch als wie ist sind war waren sein wird werden wurde hat haben ' +
      'es sie er wir ihr ich du man sich nicht kein keine dass ob wenn was wer wo welche welcher welches ' +
      'auch nur noch so sehr mehr viele alle jede jeder jedes dies diese dieser dieses z b bzw usw etc ' +
      'dann da ja mal habe hatte hatten uns mir mich dich ihn ihm',
  ),
  ru: set(
    'и или но а в во на с со к ко по о об от до из за для при про под над без у же ли бы не ни это этот ' +
      'эта эти тот та те то как что чтобы кто где когда какой какая какие его ее их он она они мы вы я ты ' +
      'себя свой свою свои все всё весь так также тоже только еще уже очень более есть был была были быть ' +
      'т е др д нас нам мне меня там тут потом',
  ),
};

/**
 * The words a checklist uses to say what the candidate should do ("Explains…", "Nennt…", "Объясняет…"):
 * an answer never says them, so a checkpoint's terms are what is left without them and the stop words.
 */
const checklistVerbs: Readonly<Record<RecognitionLanguage, ReadonlySet<string>>> = {
  en: set(
    'explains explain discusses discuss mentions mention describes describe identifies identify ' +
      'understands understand understanding knows know knowledge gives give covers cover talks talk ' +
      'considers consider proposes propose suggests suggest demonstrates demonstrate shows show names name ' +
      'lists list addresses address notes note recognises recognizes recognise recognize acknowledges ' +
      'clearly clear good strong solid appropriate appropriately correct correctly properly candidate ' +
      'aware awareness able ability uses use using applies apply checks check relates relate handles handle ' +
      'quantifies quantify through',
  ),
  de: set(
    'erklärt erklären erläutert nennt nennen beschreibt beschreiben erwähnt erwähnen kennt kennen versteht ' +
      'verstehen verständnis zeigt zeigen diskutiert diskutieren spricht sprechen begründet begründen gibt ' +
      'geben kann können klar gut sauber solide kandidat kandidatin nutzt nutzen verwendet verwenden wählt ' +
      'vergleicht schätzt schlägt legt schneidet ab vor fest konkret konkrete konkreten',
  ),
  ru: set(
    'объясняет объяснить называет назвать описывает описать упоминает упомянуть знает знать понимает ' +
      'понимать понимание приводит привести рассказывает рассказать обсуждает обсудить показывает показать ' +
      'может умеет четко ясно хорошо правильно кандидат использует использовать смотрит предлагает ' +
      'предложить находит найти дает конкретные конкретный',
  ),
};

/** Whether a token (lowercase, ё folded) is a function word. */
export function isStopWord(norm: string, language: RecognitionLanguage): boolean {
  return stopWords[language].has(norm);
}

/** Whether a token (lowercase, ё folded) is a word no checkpoint depends on. */
export function isIgnoredWord(norm: string, language: RecognitionLanguage): boolean {
  return stopWords[language].has(norm) || checklistVerbs[language].has(norm);
}

/** Words that turn what follows into its opposite: "I don't know X" does not cover X. */
const negations: Readonly<Record<RecognitionLanguage, ReadonlySet<string>>> = {
  // Tokens split "don't" at the apostrophe, so its parts are listed; a lone "t" only comes from "n't".
  en: set('not no never none nothing without cannot don doesn didn isn wasn aren weren won couldn shouldn t'),
  de: set('nicht nichts kein keine keinen keinem keiner nie niemals ohne'),
  ru: set('не нет никогда без ни ничего'),
};

/** Whether a token negates what follows it. */
export function isNegation(norm: string, language: RecognitionLanguage): boolean {
  return negations[language].has(norm);
}
