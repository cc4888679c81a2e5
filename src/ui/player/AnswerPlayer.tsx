import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatClock } from '../../interview/format-clock.ts';
import {
  createWaveformPlayer,
  type CreateWaveformPlayer,
  type WaveformRegion,
} from '../../platform/waveform/waveform.ts';
import { playerKeyCommand } from './player-keys.ts';
import { PlayerStatus } from './PlayerStatus.tsx';
import { SpeedSelect } from './SpeedSelect.tsx';
import { useWaveformPlayer } from './use-waveform-player.ts';

export interface AnswerPlayerProps {
  /** The answer recorded; another one gets a player of its own. */
  readonly answerId: string;
  /** The recorder's min, max pairs, 50 a second: the waveform is drawn from these alone. */
  readonly peaks: Int8Array;
  readonly durationMs: number;
  /** Assembles the recording from its chunks; called on the first play only. */
  readonly loadAudio: () => Promise<Blob>;
  /** Sections, long pauses and pinned notes; keep the array stable (useMemo) so they are not redrawn needlessly. */
  readonly regions: readonly WaveformRegion[];
  readonly createPlayer?: CreateWaveformPlayer;
  /** Given, a button pins a note at the current position and reports it. */
  readonly onPin?: (atMs: number) => void;
  /** Moves the play position there; a new object each time (a click on a transcript's word). */
  readonly seekRequest?: { readonly atMs: number } | undefined;
  /** Told the position as it moves (while playing, and after a seek), in milliseconds. */
  readonly onTime?: ((ms: number) => void) | undefined;
  /** Names the player for assistive technology, such as "Your answer to question 3". */
  readonly label: string;
}

/** One answer's recording: its waveform, drawn at once from the stored peaks, and the controls to replay it. */
export function AnswerPlayer(props: AnswerPlayerProps) {
  // Another answer is another recording: the key starts afresh instead of carrying time and speed over.
  return <RecordingPlayer key={props.answerId} {...props} />;
}

function RecordingPlayer({
  peaks,
  durationMs,
  loadAudio,
  regions,
  createPlayer = createWaveformPlayer,
  onPin,
  seekRequest,
  onTime,
  label,
}: AnswerPlayerProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { player, view, dispatch } = useWaveformPlayer(containerRef, {
    peaks,
    durationMs,
    loadAudio,
    createPlayer,
  });
  const [rate, setRate] = useState(1);

  useEffect(() => {
    player?.setRegions(regions);
  }, [player, regions]);

  useEffect(() => {
    if (seekRequest !== undefined) player?.seekTo(seekRequest.atMs);
  }, [player, seekRequest]);

  useEffect(() => {
    if (player === undefined || onTime === undefined) return;
    const unsubscribe = [player.on('time', onTime), player.on('seek', onTime)];
    return () => {
      for (const stop of unsubscribe) stop();
    };
  }, [player, onTime]);

  const toggle = () => {
    if (player === undefined) return;
    dispatch({ type: 'request', play: !view.requested });
    player.toggle();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (player === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
    const command = playerKeyCommand(event.key, player.currentMs, durationMs);
    if (command === undefined) return;
    // Space and the arrows would scroll the page as well.
    event.preventDefault();
    if (command.type === 'toggle') toggle();
    else player.seekTo(command.toMs);
  };

  const position = formatClock(view.second * 1000);
  const duration = formatClock(durationMs);
  return (
    <section className="answer-player" aria-label={label}>
      <div
        ref={containerRef}
        className="player-waveform"
        role="slider"
        tabIndex={0}
        aria-label="Position"
        aria-valuemin={0}
        aria-valuemax={Math.floor(durationMs / 1000)}
        aria-valuenow={view.second}
        aria-valuetext={`${position} of ${duration}`}
        aria-keyshortcuts="Space K ArrowLeft ArrowRight Home End"
        title="Click to go there. Space or K plays and pauses, the arrows move 5 seconds."
        onKeyDown={onKeyDown}
      />
      <div className="player-controls">
        <button
          type="button"
          className="button button-primary player-toggle"
          disabled={player === undefined}
          onClick={toggle}
        >
          {view.requested ? 'Pause' : 'Play'}
        </button>
        <span className="player-time">
          {position} / {duration}
        </span>
        <SpeedSelect
          rate={rate}
          disabled={player === undefined}
          onChange={(next) => {
            setRate(next);
            player?.setRate(next);
          }}
        />
        {onPin !== undefined && (
          <button
            type="button"
            className="button"
            disabled={player === undefined}
            onClick={() => {
              // The exact position, not the whole second on the label.
              if (player !== undefined) onPin(player.currentMs);
            }}
          >
            Pin a note at {position}
          </button>
        )}
      </div>
      <PlayerStatus view={view} />
    </section>
  );
}
