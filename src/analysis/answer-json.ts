import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { recognitionLanguage } from '../transcription/recognition-language.ts';
import { describeIssues, issueMessage } from '../validation-messages.ts';
import { z } from '../zod.ts';
import type { TimedWord } from './tokens.ts';

/** An answer to analyse from the command line: its words, and optionally the script question it answered. */
export interface AnswerJson {
  readonly language: RecognitionLanguage;
  readonly words: readonly TimedWord[];
  readonly script?: string;
  readonly question?: number;
}

const milliseconds = z.number().min(0);

const answerSchema = z
  .object({
    language: z.string().refine((tag) => recognitionLanguage(tag) !== undefined, {
      message: 'expected an English, German or Russian language tag such as "en-US", "de" or "ru-RU"',
    }),
    words: z.array(
      z
        .object({ text: z.string().min(1), startMs: milliseconds, endMs: milliseconds })
        .refine((word) => word.endMs >= word.startMs, { message: 'ends before it starts' }),
    ),
    script: z.string().min(1).optional(),
    question: z.number().int().min(0).optional(),
  })
  .refine((answer) => answer.question === undefined || answer.script !== undefined, {
    message: 'a question needs its script',
  });

export type AnswerJsonOutcome =
  { readonly ok: true; readonly answer: AnswerJson } | { readonly ok: false; readonly message: string };

/** Reads the JSON of an answer; a failure says where and what was expected. */
export function parseAnswerJson(text: string): AnswerJsonOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = answerSchema.safeParse(value, { error: issueMessage });
  if (!parsed.success) return { ok: false, message: describeIssues(parsed.error.issues) };
  const { language, words, script, question } = parsed.data;
  return {
    ok: true,
    answer: {
      language: recognitionLanguage(language) ?? 'en',
      words,
      ...(script === undefined ? {} : { script }),
      ...(question === undefined ? {} : { question }),
    },
  };
}
