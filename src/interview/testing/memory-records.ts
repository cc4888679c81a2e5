import type { RecordedChunk } from '../../platform/microphone/microphone.ts';
import type {
  AnswerAudio,
  AnswerTiming,
  InterviewRecords,
  TurnDecision,
  NewAnswer,
  NewSession,
  SessionStatus,
} from '../records.ts';

export interface MemoryAnswer extends NewAnswer {
  readonly id: string;
  chunks: RecordedChunk[];
  timing?: AnswerTiming;
  audio?: AnswerAudio;
}

export interface MemorySession extends NewSession {
  readonly id: string;
  status: SessionStatus;
  endedAt?: number;
  decisions?: readonly TurnDecision[];
}

/** Interview records kept in arrays, for machine tests that care about what was stored, not how. */
export class MemoryRecords implements InterviewRecords {
  readonly sessions: MemorySession[] = [];
  readonly answers: MemoryAnswer[] = [];
  /** When set, every write rejects with this error, as a full disk would. */
  failWrites: Error | undefined;

  private check(): Promise<void> {
    return this.failWrites === undefined ? Promise.resolve() : Promise.reject(this.failWrites);
  }

  private session(id: string): MemorySession {
    const session = this.sessions.find((s) => s.id === id);
    if (session === undefined) throw new Error(`No session ${id}`);
    return session;
  }

  private answer(id: string): MemoryAnswer {
    const answer = this.answers.find((a) => a.id === id);
    if (answer === undefined) throw new Error(`No answer ${id}`);
    return answer;
  }

  async startSession(session: NewSession): Promise<string> {
    await this.check();
    const id = `session-${this.sessions.length + 1}`;
    this.sessions.push({ ...session, id, status: 'in-progress' });
    return id;
  }

  async finishSession(
    sessionId: string,
    status: Exclude<SessionStatus, 'in-progress'>,
    endedAt: number,
    decisions: readonly TurnDecision[] = [],
  ) {
    await this.check();
    const session = this.session(sessionId);
    session.status = status;
    session.endedAt = endedAt;
    if (decisions.length > 0) session.decisions = decisions;
  }

  async resumeSession(sessionId: string): Promise<void> {
    await this.check();
    const session = this.sessions.find((s) => s.id === sessionId);
    if (session?.status !== 'interrupted') throw new Error(`No interrupted session ${sessionId}`);
    session.status = 'in-progress';
    delete session.endedAt;
  }

  async keepDecisions(sessionId: string, decisions: readonly TurnDecision[]): Promise<void> {
    await this.check();
    this.session(sessionId).decisions = decisions;
  }

  async startAnswer(answer: NewAnswer): Promise<string> {
    await this.check();
    this.session(answer.sessionId); // rejects for an unknown session, as the store does
    const id = `answer-${this.answers.length + 1}`;
    this.answers.push({ ...answer, id, chunks: [] });
    return id;
  }

  async appendChunk(answerId: string, chunk: RecordedChunk): Promise<void> {
    await this.check();
    this.answer(answerId).chunks.push(chunk);
  }

  async finishAnswerTiming(answerId: string, timing: AnswerTiming): Promise<void> {
    await this.check();
    this.answer(answerId).timing = timing;
  }

  async finishAnswerAudio(answerId: string, audio: AnswerAudio): Promise<void> {
    await this.check();
    this.answer(answerId).audio = audio;
  }
}
