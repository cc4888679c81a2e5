/**
 * What the interviewer says where a document gives no words: the opening, the closing, and the prompts a
 * shape adds (asking for the full story). One set for each language the importer detects.
 */
import type { ImportLanguage } from './language.ts';

export interface ImportPhrases {
  readonly interviewer: string;
  readonly opening: string;
  /** The opening of story drills: short version first, then the whole story. */
  readonly storiesOpening: string;
  readonly closing: string;
  /** Asked after a story's short version. */
  readonly fullStory: string;
  /** The prompt for a story the document names no question for. */
  readonly tellStory: (title: string) => string;
  /** A hint naming another question the same story answers. */
  readonly alsoAnswers: (question: string) => string;
  /** The title of questions that have no heading of their own. */
  readonly questionsTitle: string;
  readonly storiesTitle: string;
}

export const phrases: Record<ImportLanguage, ImportPhrases> = {
  'en-US': {
    interviewer: 'Interviewer',
    opening: "Hi, thanks for making the time today. I'll ask you a few questions. Ready to start?",
    storiesOpening:
      "Hi, thanks for making the time today. I'd like to hear a few stories from your experience. For each one, give me the short version first, and then I'll ask you to go deeper. Ready to start?",
    closing: "Thank you, that's all from my side. Do you have any questions for me?",
    fullStory: 'Now walk me through it in full: the situation, your task, what you did, and the result.',
    tellStory: (title) => `Tell me about this: ${title}.`,
    alsoAnswers: (question) => `Also answers: “${question}”`,
    questionsTitle: 'Interview questions',
    storiesTitle: 'STAR stories',
  },
  'de-DE': {
    interviewer: 'Interviewer',
    opening:
      'Hallo, danke, dass Sie sich die Zeit nehmen. Ich stelle Ihnen ein paar Fragen. Können wir anfangen?',
    storiesOpening:
      'Hallo, danke, dass Sie sich die Zeit nehmen. Ich möchte ein paar Geschichten aus Ihrer Erfahrung hören. Erzählen Sie jede zuerst kurz, danach frage ich genauer nach. Können wir anfangen?',
    closing: 'Vielen Dank, das war es von meiner Seite. Haben Sie Fragen an mich?',
    fullStory:
      'Erzählen Sie das jetzt ausführlich: die Situation, Ihre Aufgabe, was Sie getan haben und das Ergebnis.',
    tellStory: (title) => `Erzählen Sie mir davon: ${title}.`,
    alsoAnswers: (question) => `Passt auch zu: „${question}“`,
    questionsTitle: 'Interviewfragen',
    storiesTitle: 'STAR-Geschichten',
  },
  'ru-RU': {
    interviewer: 'Интервьюер',
    opening: 'Здравствуйте, спасибо, что нашли время. Я задам вам несколько вопросов. Можем начинать?',
    storiesOpening:
      'Здравствуйте, спасибо, что нашли время. Я хочу услышать несколько историй из вашего опыта. Сначала расскажите каждую коротко, потом я попрошу подробнее. Можем начинать?',
    closing: 'Спасибо, у меня всё. Есть ли у вас вопросы ко мне?',
    fullStory: 'Теперь расскажите подробно: ситуация, ваша задача, что вы сделали и какой был результат.',
    tellStory: (title) => `Расскажите об этом: ${title}.`,
    alsoAnswers: (question) => `Подходит и для вопроса: «${question}»`,
    questionsTitle: 'Вопросы для собеседования',
    storiesTitle: 'STAR-истории',
  },
};
