import { describe, expect, it } from 'vitest';
import { parseAnswerJson } from './answer-json.ts';

describe('parseAnswerJson', () => {
  it('reads an answer with its script question', () => {
    const text = JSON.stringify({
      language: 'de-DE',
      words: [{ text: 'Hallo', startMs: 0, endMs: 300 }],
      script: 'tech-lead-de',
      question: 1,
    });
    expect(parseAnswerJson(text)).toEqual({
      ok: true,
      answer: {
        language: 'de',
        words: [{ text: 'Hallo', startMs: 0, endMs: 300 }],
        script: 'tech-lead-de',
        question: 1,
      },
    });
  });

  it.each([
    ['{', /^not JSON: /u],
    ['{"language":"fr","words":[]}', /^language: expected an English, German or Russian language tag/u],
    [
      '{"language":"en","words":[{"text":"a","startMs":5,"endMs":1}]}',
      /^words\[0\]: ends before it starts$/u,
    ],
    [
      '{"language":"en","words":[{"text":"a","startMs":"0","endMs":1}]}',
      /^words\[0\]\.startMs: expected a number$/u,
    ],
    ['{"language":"en"}', /^words: is missing$/u],
    ['{"language":"en","words":[],"question":0}', /a question needs its script/u],
  ])('refuses %s, saying where and what was expected', (text, message) => {
    const outcome = parseAnswerJson(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(message);
  });
});
