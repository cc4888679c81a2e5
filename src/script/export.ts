/** Writes a Script in the app's Markdown format (content/README.md); parsing the result gives the same Script. */
import { writeBudget, writeDuration } from './duration.ts';
import { fenceStart } from './import/blocks.ts';
import { stripQuotes } from './import/text.ts';
import type { Prompt, Question, Script } from './model.ts';

/** The script as app-format Markdown, with every budget written out so defaults cannot drift. */
export function exportScript(script: Script): string {
  const blocks: string[] = [frontMatter(script)];
  blocks.push(`## Opening (${writeBudget(script.opening.budget)})`, ...promptBody(script.opening));
  script.questions.forEach((question) => blocks.push(...questionBlocks(question)));
  blocks.push(`## Closing (${writeBudget(script.closing.budget)})`, ...promptBody(script.closing));
  if (script.candidateQuestions.length > 0)
    blocks.push('### Your questions', bullets(script.candidateQuestions));
  if (script.rubric.length > 0) blocks.push('## Rubric', bullets(script.rubric));
  return `${blocks.join('\n\n')}\n`;
}

function frontMatter(script: Script): string {
  const fields: [string, string | number | undefined][] = [
    ['id', script.id],
    ['title', script.title],
    ['kind', script.kind],
    ['language', script.language],
    ['interviewer', script.interviewer],
    ['duration', script.durationSeconds === undefined ? undefined : writeDuration(script.durationSeconds)],
    ['description', script.description],
    ['ask', script.pool?.ask],
    ['order', script.pool?.order],
  ];
  const lines = fields.flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${String(value)}`]));
  return ['---', ...lines, '---'].join('\n');
}

/**
 * Text as the parser reads it back: quoted when it would otherwise lose its own quotes or be read as a
 * heading or a code fence (quotes around a whole prompt or item are the format's way to say "just text").
 */
function protect(text: string): string {
  const misread =
    stripQuotes(text) !== text || text.startsWith('#') || fenceStart(text.split('\n')[0] ?? '') !== undefined;
  return misread ? `"${text}"` : text;
}

const tagged = (prompt: Prompt): string =>
  prompt.language ? `[${prompt.language}] ${prompt.text}` : prompt.text;
const bullets = (items: readonly string[]): string => items.map((item) => `- ${protect(item)}`).join('\n');

/** The prompt's text and its hints and model answer, as the blocks under a phase heading. */
function promptBody(prompt: Prompt): string[] {
  return [tagged(prompt), ...revealedAfterAnswering(prompt)];
}

function revealedAfterAnswering(prompt: Prompt): string[] {
  const blocks: string[] = [];
  if (prompt.hints.length > 0) blocks.push('### Hints', bullets(prompt.hints));
  if (prompt.modelAnswer !== undefined) blocks.push('### Model answer', prompt.modelAnswer);
  return blocks;
}

function questionBlocks(question: Question): string[] {
  const attributes = [writeBudget(question.prompt.budget)];
  if (question.askSeconds !== undefined) attributes.push(`ask ${writeDuration(question.askSeconds)}`);
  const { prompt, code, checkpoints, followUps, traps, rubric } = question;
  const blocks = [`## Question: ${question.title} (${attributes.join(', ')})`, tagged(prompt)];
  if (code) blocks.push('### Code', `\`\`\`\`${code.language}\n${code.source}\n\`\`\`\``);
  if (checkpoints.length > 0) {
    const items = checkpoints.map((c) =>
      c.seconds === undefined ? protect(c.text) : `${protect(c.text)} (${writeDuration(c.seconds)})`,
    );
    blocks.push('### Checkpoints', items.map((item) => `- [ ] ${item}`).join('\n'));
  }
  if (followUps.length > 0) blocks.push('### Follow-ups', numbered(followUps));
  if (traps.length > 0) blocks.push('### Traps', numbered(traps));
  if (rubric.length > 0) blocks.push('### Rubric', bullets(rubric));
  return [...blocks, ...revealedAfterAnswering(prompt)];
}

/** Numbered prompts, each with its budget, then its model answer and hints indented under it. */
function numbered(prompts: readonly Prompt[]): string {
  return prompts
    .map((prompt, index) => {
      const probes =
        prompt.probes === undefined ? '' : ` (probes: ${prompt.probes.map((c) => c + 1).join(', ')})`;
      const lines = [`${index + 1}. ${tagged(prompt)} (${writeBudget(prompt.budget)})${probes}`];
      for (const line of prompt.modelAnswer?.split('\n') ?? [])
        lines.push(`   >${line === '' ? '' : ` ${line}`}`);
      for (const hint of prompt.hints) lines.push(`   Hint: ${hint}`);
      return lines.join('\n');
    })
    .join('\n');
}
