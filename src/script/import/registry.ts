/**
 * Every document shape the importer reads. Adding a shape means adding its file to formats/ and its entry
 * here; when two shapes are equally sure of a document, the earlier one wins.
 */
import { dialogueShape } from './formats/dialogue.ts';
import { mockInterviewsShape } from './formats/mock-interviews.ts';
import { predictedQuestionsShape } from './formats/predicted-questions.ts';
import { questionListShape } from './formats/question-list.ts';
import { starStoriesShape } from './formats/star-stories.ts';
import { vivaShape } from './formats/viva.ts';
import type { DocumentShape } from './shape.ts';

export const shapes: readonly DocumentShape[] = [
  vivaShape,
  mockInterviewsShape,
  starStoriesShape,
  dialogueShape,
  predictedQuestionsShape,
  questionListShape,
];
