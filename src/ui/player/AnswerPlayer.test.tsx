import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeWaveformPlayers } from '../../platform/waveform/fake-waveform.ts';
import type { WaveformRegion } from '../../platform/waveform/waveform.ts';
import { AnswerPlayer, type AnswerPlayerProps } from './AnswerPlayer.tsx';

afterEach(cleanup);

const peaks = Int8Array.of(-20, 30, -90, 100, -5, 5);
const recording = new Blob(['opus'], { type: 'audio/webm' });
const regions: readonly WaveformRegion[] = [
  { id: 'section-1', startMs: 0, endMs: 60_000, label: 'Clarify', kind: 'section' },
  { id: 'pause-1', startMs: 70_000, endMs: 74_000, label: 'Pause, 4 s', kind: 'pause' },
  { id: 'pin-1', startMs: 90_000, label: 'Forgot the cache', kind: 'pin' },
];

/** The player for a 3-minute answer, once its waveform is drawn; `rerender` changes some of its props. */
async function renderPlayer(props: Partial<AnswerPlayerProps> = {}) {
  const players = fakeWaveformPlayers();
  const loadAudio = vi.fn(() => Promise.resolve(recording));
  const onPin = vi.fn<(atMs: number) => void>();
  const base: AnswerPlayerProps = {
    answerId: 'a1',
    peaks,
    durationMs: 180_000,
    loadAudio,
    regions,
    createPlayer: players.createPlayer,
    onPin,
    label: 'Your answer to question 1',
    ...props,
  };
  const view = render(<AnswerPlayer {...base} />);
  await waitFor(() => {
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', false);
  });
  const player = players.created.at(-1);
  if (player === undefined) throw new Error('No player was created.');
  const rerender = (changed: Partial<AnswerPlayerProps>) => {
    view.rerender(<AnswerPlayer {...base} {...changed} />);
  };
  return { player, players, loadAudio, onPin, unmount: view.unmount, rerender };
}

const waveform = () => screen.getByRole('slider', { name: 'Position' });
const press = (key: string) => fireEvent.keyDown(waveform(), { key });

describe('AnswerPlayer', () => {
  it('draws from the peaks and duration alone, labelled, with the regions over it', async () => {
    const { player, loadAudio } = await renderPlayer();

    expect(screen.getByRole('region', { name: 'Your answer to question 1' })).toBeTruthy();
    expect(player.container).toBe(waveform());
    expect(player.durationMs).toBe(180_000);
    await waitFor(() => {
      expect(player.regions).toEqual(regions);
    });
    expect(screen.getByText('0:00 / 3:00')).toBeTruthy();
    expect(waveform().getAttribute('aria-valuetext')).toBe('0:00 of 3:00');
    expect(loadAudio).not.toHaveBeenCalled();
  });

  it('loads the recording on the first play only, saying so meanwhile', async () => {
    const { player, loadAudio } = await renderPlayer();
    expect(loadAudio).toHaveBeenCalledTimes(0);

    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('status').textContent).toBe('Loading the recording…');
    await waitFor(() => {
      expect(player.playing).toBe(true);
    });
    expect(loadAudio).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Play' }));
    await waitFor(() => {
      expect(player.playing).toBe(true);
    });
    expect(loadAudio).toHaveBeenCalledTimes(1);
  });

  it('plays and pauses with the button, and shows the time as it plays', async () => {
    const { player } = await renderPlayer();

    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => {
      expect(player.playing).toBe(true);
    });
    act(() => {
      player.advance(65_400);
    });
    expect(screen.getByText('1:05 / 3:00')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(player.playing).toBe(false);
    expect(await screen.findByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('plays and pauses with Space and K on the waveform', async () => {
    const { player } = await renderPlayer();

    press(' ');
    await waitFor(() => {
      expect(player.playing).toBe(true);
    });
    press('k');
    expect(player.playing).toBe(false);
    expect(await screen.findByRole('button', { name: 'Play' })).toBeTruthy();
    press('K');
    await waitFor(() => {
      expect(player.playing).toBe(true);
    });
  });

  it('moves 5 seconds with the arrows, and to either end with Home and End', async () => {
    const { player } = await renderPlayer();
    const seekTo = vi.spyOn(player, 'seekTo');

    press('ArrowRight');
    press('ArrowRight');
    press('ArrowLeft');
    expect(player.currentMs).toBe(5_000);
    press('End');
    expect(player.currentMs).toBe(180_000);
    expect(screen.getByText('3:00 / 3:00')).toBeTruthy();
    press('ArrowRight');
    press('Home');
    press('ArrowLeft');

    expect(seekTo.mock.calls.map(([ms]) => ms)).toEqual([5_000, 10_000, 5_000, 180_000, 180_000, 0, 0]);
    expect(waveform().getAttribute('aria-valuenow')).toBe('0');
  });

  it('leaves keys with a modifier, and keys it has no use for, to the browser', async () => {
    const { player } = await renderPlayer();
    const seekTo = vi.spyOn(player, 'seekTo');

    expect(fireEvent.keyDown(waveform(), { key: 'ArrowRight', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(waveform(), { key: 'x' })).toBe(true);
    expect(fireEvent.keyDown(waveform(), { key: 'ArrowRight' })).toBe(false);

    expect(seekTo).toHaveBeenCalledTimes(1);
  });

  it('sets the speed from the select', async () => {
    const { player } = await renderPlayer();
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    expect(
      screen
        .getAllByRole('option')
        .map((option) => [option.textContent, (option as HTMLOptionElement).value]),
    ).toEqual([
      ['0.75×', '0.75'],
      ['1×', '1'],
      ['1.25×', '1.25'],
      ['1.5×', '1.5'],
      ['1.75×', '1.75'],
      ['2×', '2'],
    ]);

    fireEvent.change(speed, { target: { value: '1.5' } });
    fireEvent.change(speed, { target: { value: '0.75' } });

    expect(player.rates).toEqual([1.5, 0.75]);
    expect(speed).toHaveProperty('value', '0.75');
  });

  it('pins a note at the exact moment clicked on the waveform', async () => {
    const { player, onPin } = await renderPlayer();

    act(() => {
      player.click(61_234);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pin a note at 1:01' }));

    expect(onPin).toHaveBeenCalledWith(61_234);
  });

  it('offers no pin without onPin', async () => {
    const players = fakeWaveformPlayers();
    render(
      <AnswerPlayer
        answerId="a1"
        peaks={peaks}
        durationMs={180_000}
        loadAudio={() => Promise.resolve(recording)}
        regions={[]}
        createPlayer={players.createPlayer}
        label="Answer"
      />,
    );
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', false);
    });

    expect(screen.queryByRole('button', { name: /Pin a note/ })).toBeNull();
  });

  it('redraws the regions when they change, and nothing else', async () => {
    const { player, players, rerender } = await renderPlayer();
    const moved = [{ id: 'pin-2', startMs: 5_000, label: 'Good opening', kind: 'pin' as const }];

    rerender({ regions: moved, loadAudio: () => Promise.resolve(recording) });

    await waitFor(() => {
      expect(player.regions).toEqual(moved);
    });
    expect(players.created).toHaveLength(1);
    expect(player.destroyed).toBe(false);
  });

  it('destroys the player when unmounted', async () => {
    const { player, unmount } = await renderPlayer();

    unmount();

    expect(player.destroyed).toBe(true);
  });

  it('keeps exactly one live player under StrictMode', async () => {
    const players = fakeWaveformPlayers();
    const view = render(
      <StrictMode>
        <AnswerPlayer
          answerId="a1"
          peaks={peaks}
          durationMs={180_000}
          loadAudio={() => Promise.resolve(recording)}
          regions={regions}
          createPlayer={players.createPlayer}
          label="Answer"
        />
      </StrictMode>,
    );
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', false);
    });

    expect(players.created.filter((player) => !player.destroyed)).toHaveLength(1);
    view.unmount();
    expect(players.created.every((player) => player.destroyed)).toBe(true);
  });

  it('starts afresh for another answer', async () => {
    const { player, players, rerender } = await renderPlayer();
    act(() => {
      player.click(30_000);
    });

    rerender({ answerId: 'a2', durationMs: 60_000, label: 'Your answer to question 2' });

    expect(player.destroyed).toBe(true);
    expect(await screen.findByText('0:00 / 1:00')).toBeTruthy();
    expect(players.created.at(-1)?.durationMs).toBe(60_000);
  });

  it('says why the recording could not be loaded, and tries again on the next play', async () => {
    const loadAudio = vi
      .fn<() => Promise<Blob>>()
      .mockRejectedValueOnce(new Error('No answer a1 is stored.'))
      .mockResolvedValue(recording);
    const { player } = await renderPlayer({ loadAudio });

    fireEvent.click(screen.getByRole('button', { name: 'Play' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The recording could not be played: No answer a1 is stored.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => {
      expect(player.playing).toBe(true);
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(loadAudio).toHaveBeenCalledTimes(2);
  });

  it('says why playback failed', async () => {
    const { player } = await renderPlayer();

    act(() => {
      player.fail(new Error('Format error'));
    });

    expect(screen.getByRole('alert').textContent).toBe('The recording could not be played: Format error');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('says why the waveform could not be drawn, and offers no controls', async () => {
    render(
      <AnswerPlayer
        answerId="a1"
        peaks={peaks}
        durationMs={0}
        loadAudio={() => Promise.resolve(recording)}
        regions={[]}
        createPlayer={() => Promise.reject(new Error('The recording is empty.'))}
        label="Answer"
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Drawing the waveform…');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The recording could not be played: The recording is empty.',
    );
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveProperty('disabled', true);
  });
});
