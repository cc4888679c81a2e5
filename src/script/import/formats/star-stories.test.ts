import { describe, expect, it } from 'vitest';
import { importedAs, onlyScript } from '../../testing/read-shape.ts';

// Someone else's stories: a different numbering on each story, labels bold or not, a story without its
// full version, one without its short version, one that names no question, answers after "A:".
const stories = `# My behavioral stories

## Story 1 – Migrating billing to events

Questions:
- "Tell me about a risky migration"
* Describe a project with many stakeholders

**Short version (~30 sec)**
> We moved billing from nightly batches to events without a single lost invoice.

**Long version (2–3 minutes)**
**Situation:** Billing ran as one nightly batch.
Task: move it to events with zero lost invoices.
**Action**: dual writes, a reconciliation job, a week of shadow traffic.
Result: cut-over in one night; invoices on time since.

**Follow-ups**
Q: How did you prove nothing was lost?
A: The reconciliation job compared both systems every hour.
**Q: Would you do it again?**
> Yes, with shadow traffic from day one.

## 2. Conflict with a product manager

### Short (45 seconds)
I disagreed on scope and we agreed on a smaller first release.

### Follow-up questions
- What did you learn?

## Story 3: The outage on launch day

### Full version (3-4 min)
- Situation: the launch took the site down.
- Task: restore it.
- Action: rolled back, then added load tests.
- Result: next launch went fine.
`;

describe('STAR stories', () => {
  const script = onlyScript(stories);
  const [migration, conflict, outage] = script.questions;

  it('is detected by its Situation/Task/Action/Result labels and becomes one behavioral drill', () => {
    expect(importedAs(stories).shape).toBe('star-stories');
    expect(script).toMatchObject({ title: 'My behavioral stories', kind: 'behavioral', language: 'en-US' });
    expect(script.questions.map((q) => q.title)).toEqual([
      'Migrating billing to events',
      'Conflict with a product manager',
      'The outage on launch day',
    ]);
    expect(script.pool).toBeUndefined();
  });

  it('asks the first fitting question for the short version, then the full story, then the follow-ups', () => {
    expect(migration?.prompt).toMatchObject({
      text: 'Tell me about a risky migration',
      budget: { kind: 'limit', seconds: 30 },
      hints: ['Also answers: “Describe a project with many stakeholders”'],
      modelAnswer: 'We moved billing from nightly batches to events without a single lost invoice.',
    });
    expect(migration?.followUps.map((f) => [f.text, f.budget])).toEqual([
      [
        'Now walk me through it in full: the situation, your task, what you did, and the result.',
        { kind: 'window', minSeconds: 120, maxSeconds: 180 },
      ],
      ['How did you prove nothing was lost?', { kind: 'window', minSeconds: 30, maxSeconds: 60 }],
      ['Would you do it again?', { kind: 'window', minSeconds: 30, maxSeconds: 60 }],
    ]);
    expect(migration?.followUps[0]?.modelAnswer).toContain('Situation: Billing ran as one nightly batch.');
    expect(migration?.followUps[0]?.modelAnswer).toContain('Result: cut-over in one night');
    expect(migration?.followUps[1]?.modelAnswer).toBe(
      'The reconciliation job compared both systems every hour.',
    );
    expect(migration?.followUps[2]?.modelAnswer).toBe('Yes, with shadow traffic from day one.');
  });

  it('imports a story missing its full version, and one missing its short version', () => {
    expect(conflict?.prompt).toMatchObject({
      text: 'Tell me about this: Conflict with a product manager.',
      budget: { kind: 'limit', seconds: 45 },
    });
    expect(conflict?.followUps.map((f) => f.text)).toEqual(['What did you learn?']);
    expect(outage?.prompt.budget).toEqual({ kind: 'window', minSeconds: 180, maxSeconds: 240 });
    expect(outage?.prompt.modelAnswer).toContain('Action: rolled back, then added load tests.');
    expect(outage?.followUps).toEqual([]);
  });

  it('draws three stories at random when there are more, and reads the follow-up time the notes give', () => {
    const more = [1, 2, 3, 4]
      .map(
        (n) => `## Story ${n}: S${n}\n\nSituation: s\nTask: t\nAction: a\nResult: r\n\nFollow-ups:\n- Why?\n`,
      )
      .join('\n');
    const script = onlyScript(`${more}\n## Timing\n- Follow-ups: 20-40 seconds each\n`);
    expect(script.pool).toEqual({ ask: 3, order: 'shuffled' });
    expect(script.questions[0]?.followUps[0]?.budget).toEqual({
      kind: 'window',
      minSeconds: 20,
      maxSeconds: 40,
    });
  });

  it('speaks German stories in German', () => {
    const script = onlyScript(
      '## Geschichte 1: Der Umzug\n\n**Kurzfassung (30 Sekunden)**\nWir haben die Abrechnung umgestellt, und es ging keine Rechnung verloren.\n\n**Situation:** Die Abrechnung lief nachts.\n**Aufgabe:** Umstellen.\n**Vorgehen:** Schrittweise.\n**Ergebnis:** Keine Ausfälle.\n',
    );
    expect(script.language).toBe('de-DE');
    expect(script.questions[0]?.prompt.text).toBe('Erzählen Sie mir davon: Der Umzug.');
    expect(script.questions[0]?.prompt.language).toBeUndefined();
  });

  it('reads Russian stories, their parts named in Russian', () => {
    const script = onlyScript(
      [
        '## История 1: Переезд биллинга',
        '**Вопросы:**',
        '- Расскажите о рискованной миграции',
        '**Коротко (30 сек)**',
        'Мы перевели биллинг на события без потерь.',
        '**Подробно (2-3 мин)**',
        'Ситуация: ночной пакет. Задача: события.',
        'Действия: двойная запись.',
        'Результат: ни одного потерянного счёта.',
        '**Уточняющие вопросы:**',
        '- Как вы это проверили?',
      ].join('\n'),
    );
    const [story] = script.questions;
    expect(script.language).toBe('ru-RU');
    expect(story?.prompt).toMatchObject({
      text: 'Расскажите о рискованной миграции',
      budget: { kind: 'limit', seconds: 30 },
      modelAnswer: 'Мы перевели биллинг на события без потерь.',
    });
    expect(story?.followUps.map((f) => [f.text, f.budget])).toEqual([
      [
        'Теперь расскажите подробно: ситуация, ваша задача, что вы сделали и какой был результат.',
        { kind: 'window', minSeconds: 120, maxSeconds: 180 },
      ],
      ['Как вы это проверили?', { kind: 'window', minSeconds: 30, maxSeconds: 60 }],
    ]);
  });
});
