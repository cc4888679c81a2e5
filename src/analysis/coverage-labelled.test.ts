// Precision and recall of coverage on answers labelled by hand (40+ answer/checkpoint pairs per language,
// written and labelled without looking at the matcher): the figures the README reports.
import { describe, expect, it } from 'vitest';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { coverageOf } from './coverage.ts';
import type { LabelledAnswer } from './testing/labelled-answer.ts';
import { labelledGerman } from './testing/labelled-de.ts';
import { labelledEnglish } from './testing/labelled-en.ts';
import { labelledRussian } from './testing/labelled-ru.ts';
import { spoken } from './testing/spoken.ts';

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  wrong: string[];
}

function tally(answers: readonly LabelledAnswer[], language: RecognitionLanguage): Tally {
  const result: Tally = {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    trueNegatives: 0,
    wrong: [],
  };
  for (const answer of answers) {
    const verdicts = coverageOf(
      answer.checkpoints.map((checkpoint) => checkpoint.text),
      spoken(answer.answer),
      language,
    );
    answer.checkpoints.forEach((checkpoint, index) => {
      const heard = verdicts[index]?.covered === true;
      if (heard && checkpoint.covered) result.truePositives += 1;
      else if (heard) {
        result.falsePositives += 1;
        result.wrong.push(`false positive: ${checkpoint.text} ← “${verdicts[index]?.evidence?.quote ?? ''}”`);
      } else if (checkpoint.covered) {
        result.falseNegatives += 1;
        result.wrong.push(`missed: ${checkpoint.text}`);
      } else result.trueNegatives += 1;
    });
  }
  return result;
}

describe.each<[string, RecognitionLanguage, readonly LabelledAnswer[]]>([
  ['English', 'en', labelledEnglish],
  ['German', 'de', labelledGerman],
  ['Russian', 'ru', labelledRussian],
])('coverage on the labelled %s answers', (name, language, answers) => {
  it('is precise: few items are called covered that a person would not tick', () => {
    const { truePositives, falsePositives, falseNegatives, trueNegatives, wrong } = tally(answers, language);
    const pairs = truePositives + falsePositives + falseNegatives + trueNegatives;
    const precision = truePositives / Math.max(1, truePositives + falsePositives);
    const recall = truePositives / Math.max(1, truePositives + falseNegatives);
    console.log(
      `${name}: ${String(pairs)} pairs, precision ${(precision * 100).toFixed(0)} % ` +
        `(${String(truePositives)}/${String(truePositives + falsePositives)}), recall ${(recall * 100).toFixed(0)} % ` +
        `(${String(truePositives)}/${String(truePositives + falseNegatives)})\n  ${wrong.join('\n  ')}`,
    );
    expect(pairs).toBeGreaterThanOrEqual(40);
    // One wrong "covered" among the few a language has costs 20 points here; all together must stay over 90 %.
    expect(precision).toBeGreaterThanOrEqual(0.75);
  });
});

it('is precise over all three languages together', () => {
  const all = [tally(labelledEnglish, 'en'), tally(labelledGerman, 'de'), tally(labelledRussian, 'ru')];
  const truePositives = all.reduce((sum, one) => sum + one.truePositives, 0);
  const called = all.reduce((sum, one) => sum + one.truePositives + one.falsePositives, 0);
  expect(truePositives / called).toBeGreaterThanOrEqual(0.9);
});
