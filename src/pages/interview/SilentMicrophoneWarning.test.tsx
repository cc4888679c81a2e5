import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../platform/clock/fake-clock.ts';
import { FakeMicrophone, type FakeOpenMicrophone } from '../../platform/microphone/fake-microphone.ts';
import { SilentMicrophoneWarning } from './SilentMicrophoneWarning.tsx';

afterEach(cleanup);

async function openMicrophone(): Promise<FakeOpenMicrophone> {
  const microphone = new FakeMicrophone();
  await microphone.open();
  if (microphone.opened === undefined) throw new Error('The fake microphone did not open.');
  return microphone.opened;
}

/** The microphone delivers `level` ten times a second for `ms`, as the worklet's batches do. */
function play(clock: FakeClock, microphone: FakeOpenMicrophone, level: number, ms: number) {
  act(() => {
    for (let at = 0; at < ms; at += 100) {
      clock.advance(100);
      microphone.emitLevel(level);
    }
  });
}

const warning = () => screen.getByRole('alert').textContent;

describe('SilentMicrophoneWarning', () => {
  it('warns once the first 2.5 s bring no sound, and clears the warning when sound arrives', async () => {
    const clock = new FakeClock();
    const microphone = await openMicrophone();
    render(<SilentMicrophoneWarning microphone={microphone} clock={clock} listening />);
    play(clock, microphone, 0, 2_400);
    expect(warning()).toBe('');
    play(clock, microphone, 0, 100);
    expect(warning()).toMatch(/^We hear nothing from your microphone: it may be muted/);
    play(clock, microphone, 0.4, 100);
    expect(warning()).toBe('');
  });

  it('warns when no level comes at all', async () => {
    const clock = new FakeClock();
    const microphone = await openMicrophone();
    render(<SilentMicrophoneWarning microphone={microphone} clock={clock} listening />);
    act(() => {
      clock.advance(2_500);
    });
    expect(warning()).toMatch(/We hear nothing/);
  });

  it('says nothing while someone speaks, or while not listening, and starts again when listening does', async () => {
    const clock = new FakeClock();
    const microphone = await openMicrophone();
    const { rerender } = render(
      <SilentMicrophoneWarning microphone={microphone} clock={clock} listening={false} />,
    );
    play(clock, microphone, 0, 5_000);
    expect(warning()).toBe('');
    rerender(<SilentMicrophoneWarning microphone={microphone} clock={clock} listening />);
    play(clock, microphone, 0.3, 5_000);
    expect(warning()).toBe('');
    rerender(<SilentMicrophoneWarning microphone={microphone} clock={clock} listening={false} />);
    rerender(<SilentMicrophoneWarning microphone={microphone} clock={clock} listening />);
    play(clock, microphone, 0, 2_000);
    expect(warning()).toBe('');
    play(clock, microphone, 0, 1_000);
    expect(warning()).toMatch(/We hear nothing/);
    expect(clock.pendingAlarms).toBe(0);
  });
});
