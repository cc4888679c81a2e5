import { z } from '../zod.ts';
import { questionOrders, scriptKinds } from './model.ts';

/** Whether a tag is well-formed BCP-47, as the browser's own Intl understands it. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const text = (what: string) => z.string().trim().min(1, `${what} is empty — write what belongs there`);
const languageTag = z
  .string()
  .refine(isLanguageTag, { message: 'expected a BCP-47 language tag such as en-US, de-DE or ru-RU' });
const seconds = z.number().int().positive('a time must be at least one second');

const budget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('limit'), seconds }),
  z
    .object({ kind: z.literal('window'), minSeconds: seconds, maxSeconds: seconds })
    .refine((w) => w.minSeconds < w.maxSeconds, { message: 'a window must start before it ends, like 2-3m' }),
]);

const prompt = z.object({
  text: text('the prompt'),
  language: languageTag.exactOptional(),
  budget,
  hints: z.array(text('a hint')),
  modelAnswer: text('the model answer').exactOptional(),
  probes: z.array(z.number().int().nonnegative()).min(1).exactOptional(),
});

const question = z
  .object({
    title: text('the question title'),
    prompt,
    askSeconds: seconds.exactOptional(),
    code: z.object({ language: z.string(), source: text('the code block') }).exactOptional(),
    checkpoints: z.array(z.object({ text: text('a checkpoint'), seconds: seconds.exactOptional() })),
    followUps: z.array(prompt),
    traps: z.array(prompt),
    rubric: z.array(text('a rubric item')),
  })
  .superRefine((q, context) => {
    q.followUps.forEach((followUp, index) => {
      for (const checkpoint of followUp.probes ?? [])
        if (checkpoint >= q.checkpoints.length)
          context.addIssue({
            code: 'custom',
            path: ['followUps', index, 'probes'],
            message: `probes checkpoint ${checkpoint + 1}, but the question has ${q.checkpoints.length === 0 ? 'no checkpoints' : `only ${q.checkpoints.length}`}`,
          });
    });
    q.traps.forEach((trap, index) => {
      if (trap.probes !== undefined)
        context.addIssue({
          code: 'custom',
          path: ['traps', index, 'probes'],
          message: 'a trap is asked whatever the answer covered: "(probes: …)" belongs on a follow-up',
        });
    });
  });

/** The schema every script passes before Viva uses it: at build time, on import and on restore. */
export const scriptSchema = z
  .object({
    id: z
      .string({ error: 'missing "id: …" in the front matter' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lowercase letters, digits and dashes, like cap-theorem'),
    title: text('the title'),
    kind: z.enum(scriptKinds, { error: `expected a kind: ${scriptKinds.join(', ')}` }),
    language: languageTag,
    interviewer: text('the interviewer'),
    durationSeconds: seconds.exactOptional(),
    description: text('the description').exactOptional(),
    opening: prompt,
    questions: z.array(question).min(1, 'a script needs at least one "## Question" section'),
    pool: z
      .object({
        ask: z.number().int().positive('"ask" must be a whole number of questions, at least 1'),
        order: z.enum(questionOrders, { error: 'expected "order: in order" or "order: shuffled"' }),
      })
      .exactOptional(),
    closing: prompt,
    candidateQuestions: z.array(text('a question for the interviewer')),
    rubric: z.array(text('a rubric item')),
  })
  .refine((s) => s.pool === undefined || s.pool.ask <= s.questions.length, {
    message: '"ask" is more than the script has questions',
    path: ['pool', 'ask'],
  });
