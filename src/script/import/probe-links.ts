import { termsOf } from '../../analysis/coverage.ts';
import type { RecognitionLanguage } from '../../platform/recognition/recognition.ts';
import type { Checkpoint } from '../model.ts';

/** A checkpoint's point without the list in brackets that spells it out ("CAP theorem (Consistency, …)"). */
const mainText = (text: string): string => text.replace(/\([^()]*[,;][^()]*\)/gu, ' ');

/**
 * The checkpoint a follow-up probes, inferred from the words they share (stemmed as the answer analysis
 * stems them: "scale" is heard in "scaling"), for notes that write no link. Wrongly linked, a follow-up would
 * be left out after an answer that said something else, so it links only when sure: every term the follow-up
 * adds to the question's is one of the checkpoint's, and exactly one checkpoint fits. "How do you test for N+1
 * queries?" asks more than "Identifies N+1 queries"; "When should you use ConfigureAwait(false)?" does not ask
 * more than "Mentions ConfigureAwait(false)".
 */
export function inferredProbes(
  followUp: string,
  checkpoints: readonly Checkpoint[],
  question: string,
  language: RecognitionLanguage,
): readonly number[] | undefined {
  const asked = new Set(termsOf(question, language).map((term) => term.stem));
  const own = termsOf(followUp, language)
    .map((term) => term.stem)
    .filter((stem) => !asked.has(stem));
  const fitting = checkpoints.flatMap((checkpoint, index) => {
    const terms = new Set(termsOf(mainText(checkpoint.text), language).map((term) => term.stem));
    const shared = own.filter((stem) => terms.has(stem)).length;
    return shared > 0 && shared === own.length ? [index] : [];
  });
  return fitting.length === 1 ? fitting : undefined;
}
