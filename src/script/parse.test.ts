import { describe, expect, it } from 'vitest';
import { formatScriptError, parseScripts } from './parse.ts';
import type { Script } from './model.ts';

import readme from '../../content/README.md?raw';

const readmeExample = (): string => {
  const example = /````markdown\n([\s\S]*?)````/.exec(readme)?.[1];
  if (example === undefined) throw new Error('content/README.md has no complete example');
  return example;
};

function parseOne(text: string): Script {
  const result = parseScripts(text);
  if (!result.ok) throw new Error(result.errors.map(formatScriptError).join('\n'));
  expect(result.scripts).toHaveLength(1);
  const [script] = result.scripts;
  if (!script) throw new Error('no script');
  return script;
}

function errorsOf(text: string): string[] {
  const result = parseScripts(text);
  if (result.ok) throw new Error('expected the parser to reject the text');
  return result.errors.map(formatScriptError);
}

const frontMatter = [
  '---',
  'id: demo',
  'title: Demo',
  'kind: technical',
  'language: en-US',
  'interviewer: Lead',
  '---',
];
const withBody = (...body: string[]): string => [...frontMatter, '', ...body].join('\n');
const minimal = (...question: string[]): string =>
  withBody('## Opening', 'Hello.', '', '## Question: One', 'Why?', ...question, '', '## Closing', 'Thanks.');

describe('parseScripts, app format', () => {
  it('reads the complete example of content/README.md, every section included', () => {
    const script = parseOne(readmeExample());
    expect(script).toMatchObject({
      id: 'cap-theorem-example',
      title: 'Distributed Systems — CAP Theorem',
      kind: 'technical',
      language: 'en-US',
      interviewer: 'Principal engineer',
      durationSeconds: 1800,
      description: 'Consistency, availability and the tradeoffs in between.',
      opening: { budget: { kind: 'limit', seconds: 60 }, hints: [] },
      closing: { text: 'Excellent! You clearly understand CAP theorem. Any questions?' },
      candidateQuestions: ['Which consistency guarantees do your services promise today?'],
      rubric: ['Explains clearly'],
    });
    expect(script.opening.text).toMatch(/^Let's discuss distributed systems\./);
    const question = script.questions[0];
    expect(question).toMatchObject({
      title: 'CAP theorem',
      askSeconds: 60,
      code: { language: 'sql', source: 'SELECT balance FROM accounts WHERE id = 42;' },
      rubric: ['Understands CAP theorem', 'Makes explicit tradeoffs'],
      prompt: {
        text: 'Explain CAP theorem. How does it apply to a platform you know? What tradeoffs do you make?',
        budget: { kind: 'limit', seconds: 900 },
        hints: ['The interviewer wants a real system, not the textbook.'],
      },
    });
    expect(question?.checkpoints).toEqual([
      { text: 'Explains CAP theorem (Consistency, Availability, Partition Tolerance)', seconds: 300 },
      { text: 'Applies it to a real system', seconds: 300 },
      { text: 'Discusses tradeoffs', seconds: 300 },
    ]);
    expect(question?.followUps).toEqual([
      {
        text: 'How do you handle network partitions?',
        budget: { kind: 'limit', seconds: 120 },
        hints: [],
        probes: [0],
      },
      {
        text: "What's the difference between strong and eventual consistency?",
        budget: { kind: 'window', minSeconds: 60, maxSeconds: 120 },
        hints: ['a concrete example of each'],
        modelAnswer:
          'Strong consistency means every read sees the latest write; eventual consistency lets replicas lag.',
      },
    ]);
    expect(question?.traps).toEqual([
      { text: 'Can you have CA?', budget: { kind: 'limit', seconds: 120 }, hints: [] },
    ]);
  });

  it('applies the documented defaults where no budget is written', () => {
    const script = parseOne(minimal('', '### Follow-ups', '- And then?', '', '### Traps', '- Really?'));
    expect(script.opening.budget).toEqual({ kind: 'limit', seconds: 60 });
    expect(script.questions[0]?.prompt.budget).toEqual({ kind: 'limit', seconds: 300 });
    expect(script.questions[0]?.followUps[0]?.budget).toEqual({ kind: 'limit', seconds: 120 });
    expect(script.questions[0]?.traps[0]?.budget).toEqual({ kind: 'limit', seconds: 120 });
    expect(script.closing.budget).toEqual({ kind: 'limit', seconds: 60 });
  });

  it("gives a question the sum of its checkpoints' minutes when every checkpoint has some", () => {
    const timed = parseOne(minimal('', '### Checkpoints', '- Clarify (5 minutes)', '- Design (20m)'));
    expect(timed.questions[0]?.prompt.budget).toEqual({ kind: 'limit', seconds: 1500 });
    const partly = parseOne(minimal('', '### Checkpoints', '- Clarify (5 minutes)', '- Design'));
    expect(partly.questions[0]?.prompt.budget).toEqual({ kind: 'limit', seconds: 300 });
    expect(partly.questions[0]?.checkpoints).toEqual([{ text: 'Clarify', seconds: 300 }, { text: 'Design' }]);
  });

  it('reads a language per prompt, a pool, section budgets and item budgets', () => {
    const text = [
      '---',
      'id: pool-demo',
      'title: Pool',
      'kind: screening',
      'language: ru-RU',
      'interviewer: HR',
      'ask: 2',
      'order: shuffled',
      '---',
      '## Opening (30s)',
      '«Здравствуйте!»',
      '## Question: A (2-3 min)',
      'Расскажите о себе.',
      '### Follow-ups (30-60s)',
      '1. [en] Why this company? (1m)',
      '2. Почему?',
      '## Question: B',
      '[en-GB] How do you resolve conflict?',
      '## Question: C',
      'Третий?',
      '## Closing',
      'Спасибо.',
    ].join('\n');
    const script = parseOne(text);
    expect(script.pool).toEqual({ ask: 2, order: 'shuffled' });
    expect(script.opening).toMatchObject({ text: 'Здравствуйте!', budget: { kind: 'limit', seconds: 30 } });
    const [a, b] = script.questions;
    expect(a?.prompt.budget).toEqual({ kind: 'window', minSeconds: 120, maxSeconds: 180 });
    expect(a?.followUps.map((f) => [f.text, f.language, f.budget])).toEqual([
      ['Why this company?', 'en', { kind: 'limit', seconds: 60 }],
      ['Почему?', undefined, { kind: 'window', minSeconds: 30, maxSeconds: 60 }],
    ]);
    expect(b?.prompt).toMatchObject({ text: 'How do you resolve conflict?', language: 'en-GB' });
  });

  it('keeps paragraphs of prompts and the lines of model answers', () => {
    const script = parseOne(
      withBody(
        '## Opening',
        'First line',
        'continues.',
        '',
        'Second paragraph.',
        '### Model answer',
        'Situation:',
        '1. one',
        '',
        'Result.',
        '## Question',
        'Why?',
        '## Closing',
        'Bye.',
      ),
    );
    expect(script.opening.text).toBe('First line continues.\n\nSecond paragraph.');
    expect(script.opening.modelAnswer).toBe('Situation:\n1. one\n\nResult.');
    expect(script.questions[0]?.title).toBe('Question 1');
  });
});

describe('parseScripts, errors', () => {
  it.each([
    [
      'an unknown duration',
      minimal().replace('## Opening', '## Opening (2 minuts)'),
      'line 9: unknown duration "2 minuts" — write 90s, 2m, 1.5 minutes or 2-3m',
    ],
    [
      'a missing front matter key',
      withBody('## Opening', 'Hi', '## Question', 'Q', '## Closing', 'Bye').replace('title: Demo\n', ''),
      'line 6: the front matter needs "title: …"',
    ],
    [
      'an unknown front matter key',
      minimal().replace('kind:', 'mood: calm\nkind:'),
      'line 4: unknown front matter key "mood" — expected one of id, title, kind, language, interviewer, duration, description, ask, order',
    ],
    [
      'a bad kind',
      minimal().replace('kind: technical', 'kind: chat'),
      'line 4: expected a kind: system-design, technical, architecture, problem-solving, code-review, behavioral, screening',
    ],
    [
      'a bad id',
      minimal().replace('id: demo', 'id: Demo Script'),
      'line 2: an id is lowercase letters, digits and dashes, like cap-theorem',
    ],
    [
      'a bad language',
      minimal().replace('language: en-US', 'language: english!'),
      'line 5: expected a BCP-47 language tag such as en-US, de-DE or ru-RU',
    ],
    [
      'an unclosed front matter',
      '---\nid: x\n',
      'line 1: the front matter that starts here has no closing "---" line',
    ],
    [
      'no front matter and no mock interviews',
      '# Notes\n\nJust text.',
      'line 1: expected a script in one of the shapes Viva reads: front matter starting with "---" on the first line; "## Mock Interview 1: …" sections; STAR stories ("Situation:", "Task:", "Action:", "Result:"); a dialogue ("Interviewer: …", "Candidate: …"); a "Predicted interview questions" section with areas, and "Questions to ask them"; numbered questions ("1) …", "2. …") with notes under each',
    ],
    [
      'an unknown section',
      minimal().replace('## Closing', '## Outro'),
      'line 15: unknown section "## Outro" — expected Opening, Question, Closing or Rubric',
    ],
    [
      'an unknown part',
      minimal('### Notes', '- x'),
      'line 14: unknown part "### Notes" in question — expected ### Code, ### Checkpoints, ### Follow-ups, ### Traps, ### Rubric, ### Hints, ### Model answer',
    ],
    [
      'a part given twice',
      minimal('### Hints', '- a', '### Hints', '- b'),
      'line 16: "### Hints" appears twice in this section',
    ],
    [
      'a budget on a part that takes none',
      minimal('### Rubric (2m)', '- a'),
      'line 14: only ### Follow-ups and ### Traps take a budget',
    ],
    [
      'no questions',
      withBody('## Opening', 'Hi', '## Closing', 'Bye'),
      'line 11: a script needs at least one "## Question" section',
    ],
    [
      'no opening',
      withBody('## Question', 'Q', '## Closing', 'Bye'),
      'line 9: a script starts with "## Opening"',
    ],
    [
      'no closing',
      withBody('## Opening', 'Hi', '## Question', 'Q'),
      'line 11: a script ends with "## Closing" (a "## Rubric" may follow it)',
    ],
    [
      'sections out of order',
      withBody('## Opening', 'Hi', '## Closing', 'Bye', '## Question', 'Q'),
      'line 13: sections go in this order: Opening, the questions, Closing, Rubric',
    ],
    [
      'a second opening',
      withBody('## Opening', 'Hi', '## Opening', 'Hi', '## Question', 'Q', '## Closing', 'Bye'),
      'line 11: a second "## Opening" section — a script has one',
    ],
    [
      'an empty prompt',
      withBody('## Opening', '## Question', 'Q', '## Closing', 'Bye'),
      'line 9: write what the interviewer says under this heading',
    ],
    [
      'text that is not a list item',
      minimal('### Rubric', 'Clear thinking'),
      'line 15: expected a list item ("- …" or "1. …"), found "Clear thinking"',
    ],
    [
      'a code part without a fence',
      minimal('### Code', 'var x = 1;'),
      'line 15: expected one fenced code block (```) under "### Code"',
    ],
    [
      'an unclosed fence',
      minimal('### Code', '```js', 'let x'),
      'line 15: this code block has no closing ```',
    ],
    [
      'code outside ### Code',
      minimal('```', 'x', '```'),
      'line 14: code goes under "### Code" in a question',
    ],
    [
      'a pool larger than the questions',
      minimal().replace('interviewer: Lead', 'interviewer: Lead\nask: 3'),
      'line 7: "ask" is more than the script has questions',
    ],
    [
      'a pool count that is not a number',
      minimal().replace('interviewer: Lead', 'interviewer: Lead\nask: some'),
      'line 7: "ask" must be a whole number, found "some"',
    ],
    [
      'an unknown order',
      minimal().replace('interviewer: Lead', 'interviewer: Lead\nask: 1\norder: random'),
      'line 8: expected "order: in order" or "order: shuffled"',
    ],
    [
      'an order without a pool',
      minimal().replace('interviewer: Lead', 'interviewer: Lead\norder: shuffled'),
      'line 7: "order" needs "ask: N" — how many of the questions to ask',
    ],
    [
      'a window as the duration',
      minimal().replace('interviewer: Lead', 'interviewer: Lead\nduration: 30-45m'),
      'line 7: the duration is one time like 45m, not a window',
    ],
    [
      'a window as a checkpoint time',
      minimal('### Checkpoints', '- Clarify (2-3m)'),
      "line 15: a checkpoint's time is one value like 5m, not a window",
    ],
    [
      'a heading level that is not used',
      minimal('#### Deep', 'x'),
      'line 14: use "## " for the phases (Opening, Question, Closing, Rubric) and "### " for their parts',
    ],
    [
      'a bad language tag on a prompt',
      minimal('### Follow-ups', '1. [en-US-US] Why?'),
      'line 15: expected a BCP-47 language tag such as en-US, de-DE or ru-RU',
    ],
  ])('reports %s at its line', (_, text, expected) => {
    expect(errorsOf(text)).toContain(expected);
  });

  it('reports every error of a file at once, in line order', () => {
    const text = minimal('### Follow-ups', '1. Why? (2 minuts)', '2. How? (5 secs)', '3. When? (1 hourz)');
    expect(errorsOf(text)).toEqual([
      'line 15: unknown duration "2 minuts" — write 90s, 2m, 1.5 minutes or 2-3m',
      'line 17: unknown duration "1 hourz" — write 90s, 2m, 1.5 minutes or 2-3m',
    ]);
  });
});
