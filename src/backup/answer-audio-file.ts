import { loadAnswerAudio } from '../store/answer-audio.ts';
import type { VivaDatabase } from '../store/database.ts';
import { db } from '../store/db.ts';
import { audioExtension } from './audio-extension.ts';
import { answerFileName } from './file-names.ts';
import { withWebmDuration } from './webm-duration.ts';

/** One answer's recording as a file to download. */
export interface AnswerAudioFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/**
 * One answer's recording as a file ordinary players show the right length of: WebM gets the measured
 * duration written in (MediaRecorder leaves it out); MP4 audio is saved as it was recorded, as .m4a.
 * Throws when the answer or its interview is not stored.
 */
export async function answerAudioFile(
  answerId: string,
  database: VivaDatabase = db,
): Promise<AnswerAudioFile> {
  const { answer, session } = await database.transaction(
    'r',
    database.answers,
    database.sessions,
    async () => {
      const answer = await database.answers.get(answerId);
      return { answer, session: answer && (await database.sessions.get(answer.sessionId)) };
    },
  );
  if (!answer) throw new Error(`No answer ${answerId} is stored.`);
  if (!session) throw new Error(`The interview of answer ${answerId} is not stored.`);

  const { blob, durationMs } = await loadAnswerAudio(answerId, database);
  const extension = audioExtension(blob.type);
  const fileName = answerFileName(session, answer, extension);
  if (extension !== 'webm') return { blob, fileName };
  const bytes = withWebmDuration(new Uint8Array(await blob.arrayBuffer()), durationMs);
  return { blob: new Blob([bytes], { type: blob.type }), fileName };
}
