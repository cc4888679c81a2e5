import type { TimedWord } from '../../analysis/tokens.ts';
import type { FakeClock } from '../../platform/clock/fake-clock.ts';
import type { AnswerListener, HearRequest } from '../answer-listener.ts';

/**
 * A listener that "transcribes" every answer as the given words, taking `tookMs` of the fake clock, as an engine
 * on a slow machine would; it notes each request and whether its wait was given up (the signal aborted).
 */
export class FakeListener implements AnswerListener {
  readonly requests: HearRequest[] = [];
  aborted = 0;

  constructor(
    private readonly clock: FakeClock,
    private readonly words: readonly TimedWord[],
    private readonly tookMs: number,
    readonly waitMs = 10_000,
  ) {}

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
