import type { TimedWord } from '../../analysis/tokens.ts';
import type { FakeClock } from '../../platform/clock/fake-clock.ts';
import type { OpenMicrophone } from '../../platform/microphone/microphone.ts';
import type { AnswerListener, FollowedAnswer, FollowRequest, HearRequest } from '../answer-listener.ts';

/** An answer a FakeListener followed: what it was told, in order ('end' once the answer's id is known). */
export interface FakeFollowed {
  readonly request: FollowRequest;
  readonly microphone: OpenMicrophone;
  readonly told: string[];
}

/** What the listener of an engine that cannot listen live does as an answer is recorded: nothing. */
export const notFollowed: FollowedAnswer = {
  pause: () => undefined,
  resume: () => undefined,
  end: () => undefined,
  cancel: () => undefined,
};

/**
 * A listener that "transcribes" every answer as the given words, taking `tookMs` of the fake clock, as an engine
 * on a slow machine would; it notes each request and whether its wait was given up (the signal aborted).
 */
export class FakeListener implements AnswerListener {
  readonly requests: HearRequest[] = [];
  readonly followed: FakeFollowed[] = [];
  aborted = 0;
  closed = false;

  constructor(
    private readonly clock: FakeClock,
    private readonly words: readonly TimedWord[],
    private readonly tookMs: number,
    readonly waitMs = 10_000,
  ) {}

  follow(request: FollowRequest, microphone: OpenMicrophone): FollowedAnswer {
    const told: string[] = [];
    this.followed.push({ request, microphone, told });
    return {
      pause: () => told.push('pause'),
      resume: () => told.push('resume'),
      end: (answerId) => {
        void answerId.then((id) => told.push(`end ${id}`));
      },
      cancel: () => told.push('cancel'),
    };
  }

  close(): void {
    this.closed = true;
  }

  hear(request: HearRequest): Promise<readonly TimedWord[]> {
    this.requests.push(request);
    return new Promise((resolve, reject) => {
      const cancel = this.clock.wakeAt(this.clock.now() + this.tookMs, () => {
        resolve(this.words);
      });
      request.signal.addEventListener('abort', () => {
        this.aborted += 1;
        cancel();
        reject(new Error('cancelled'));
      });
    });
  }
}

/** Words one after the other, 400 ms each, as a transcript gives them. */
export const spoken = (text: string): readonly TimedWord[] =>
  text.split(' ').map((word, index) => ({ text: word, startMs: index * 400, endMs: index * 400 + 350 }));
