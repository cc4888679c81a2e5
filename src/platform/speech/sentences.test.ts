import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it.each([
    ['Hello. How are you?', ['Hello.', 'How are you?']],
    ['Stop! Really?! Fine… Go on.', ['Stop!', 'Really?!', 'Fine…', 'Go on.']],
    ['Wait... what?', ['Wait...', 'what?']],
    ['One sentence without a full stop', ['One sentence without a full stop']],
    ['  spaces\n\tand\nlines  ', ['spaces and lines']],
    ['Line one.\nLine two.', ['Line one.', 'Line two.']],
    ['He said "go." Then left.', ['He said "go."', 'Then left.']],
    ['(See above.) Next one.', ['(See above.)', 'Next one.']],
    ['The p99 went from 1.5 to 2.25 seconds. Why?', ['The p99 went from 1.5 to 2.25 seconds.', 'Why?']],
    ['Use a queue, e.g. Kafka. Why?', ['Use a queue, e.g. Kafka.', 'Why?']],
    ['Pick one (i.e. the fastest). Then?', ['Pick one (i.e. the fastest).', 'Then?']],
    ['Compare Go vs. Rust. Which?', ['Compare Go vs. Rust.', 'Which?']],
    ['Ask Dr. Smith and J. Doe. Done.', ['Ask Dr. Smith and J. Doe.', 'Done.']],
    ['1. Describe the design. 2. Scale it.', ['1. Describe the design.', '2. Scale it.']],
    ['Logs, metrics, traces etc. Which first?', ['Logs, metrics, traces etc.', 'Which first?']],
    ['Logs, traces etc. and more.', ['Logs, traces etc. and more.']],
    ['Latency under 100 ms. Next.', ['Latency under 100 ms.', 'Next.']],
    ['Visit node.js. Then stop.', ['Visit node.js.', 'Then stop.']],
  ])('splits %j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it.each([
    [
      'Wie gehen Sie mit Konflikten um, z.B. im Team? Und bzw. mit dem Management.',
      ['Wie gehen Sie mit Konflikten um, z.B. im Team?', 'Und bzw. mit dem Management.'],
    ],
    [
      'Nennen Sie z. B. Kafka oder d. h. Queues. Warum?',
      ['Nennen Sie z. B. Kafka oder d. h. Queues.', 'Warum?'],
    ],
    ['Er fragte: „Warum?“ Dann schwieg er.', ['Er fragte: „Warum?“', 'Dann schwieg er.']],
    ['Er sagte: „Gut.“ Weiter.', ['Er sagte: „Gut.“', 'Weiter.']],
    ['Seit dem 1. Mai arbeite ich dort. Und Sie?', ['Seit dem 1. Mai arbeite ich dort.', 'Und Sie?']],
    ['Go, Rust usw. Was noch?', ['Go, Rust usw.', 'Was noch?']],
    ['Er sagte: »Gut.« Weiter.', ['Er sagte: »Gut.«', 'Weiter.']],
  ])('splits German %j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it.each([
    ['Расскажите о себе. Почему вы ищете работу?', ['Расскажите о себе.', 'Почему вы ищете работу?']],
    ['Он спросил: «Зачем?» Я ответил.', ['Он спросил: «Зачем?»', 'Я ответил.']],
    ['Что такое CAP, т.е. что выбрать? Ответ.', ['Что такое CAP, т.е. что выбрать?', 'Ответ.']],
    ['Это, т. е. кэш, важно. Далее.', ['Это, т. е. кэш, важно.', 'Далее.']],
    ['Очереди, логи и т.д. Что ещё?', ['Очереди, логи и т.д.', 'Что ещё?']],
    ['Очереди, логи и т. д. Что ещё?', ['Очереди, логи и т. д.', 'Что ещё?']],
    ['Очереди и т.д. и т.п. всё это.', ['Очереди и т.д. и т.п. всё это.']],
    ['Tell me about yourself. Почему Go?', ['Tell me about yourself.', 'Почему Go?']],
  ])('splits Russian %j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it.each(['', '   ', '\n\n'])('returns no pieces for blank text %j', (text) => {
    expect(splitSentences(text)).toEqual([]);
  });

  it('joins marks that say nothing to their neighbour', () => {
    expect(splitSentences('Really? … Yes.')).toEqual(['Really? …', 'Yes.']);
    expect(splitSentences('… Well. Go on.')).toEqual(['… Well.', 'Go on.']);
    expect(splitSentences('?!')).toEqual(['?!']);
  });

  it('cuts a long sentence at a semicolon or colon before a comma, each piece at most 220 characters', () => {
    const first =
      'Walk me through the design of a rate limiter for a public API, with tiers, bursts and quotas';
    const second =
      'then explain how you would keep it consistent across regions, what you would store, where, and why';
    const third =
      'and finally how you would test it under load, which metrics you would watch, and what alerts you would set';
    expect(splitSentences(`${first}; ${second}, ${third}.`)).toEqual([`${first};`, `${second}, ${third}.`]);
    expect(splitSentences(`${first}, ${second}: ${third}.`)).toEqual([`${first}, ${second}:`, `${third}.`]);
  });

  it('cuts a long sentence without clauses at commas, then at spaces, never leaving a piece over 220', () => {
    const clause = 'we measured the latency of every request at the edge';
    const withCommas = Array.from({ length: 8 }, () => clause).join(', ');
    const withSpaces = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    for (const text of [withCommas, withSpaces]) {
      const pieces = splitSentences(text);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join(' ')).toBe(text);
      for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(220);
    }
    expect(splitSentences(withCommas)[0]).toMatch(/edge,$/);
  });

  it('cuts a word longer than 220 characters anywhere', () => {
    const pieces = splitSentences(`https://example.com/${'a'.repeat(400)}`);
    expect(pieces.map((piece) => piece.length)).toEqual([220, 200]);
  });
});
