import type { WaveformColors } from '../../platform/waveform/waveform.ts';

const properties = {
  wave: '--player-wave',
  progress: '--player-progress',
  cursor: '--player-cursor',
  section: '--player-section',
  pause: '--player-pause',
  pin: '--player-pin',
  filler: '--player-filler',
  fast: '--player-fast',
} as const satisfies Record<keyof WaveformColors, string>;

/**
 * The waveform's colours from the CSS custom properties around `element`, so that the canvas, which CSS
 * cannot colour, follows the light or dark theme. Read once, when the waveform is drawn.
 */
export function themeColors(element: HTMLElement): Partial<WaveformColors> {
  const style = getComputedStyle(element);
  const colors: { -readonly [K in keyof WaveformColors]?: string } = {};
  for (const key of Object.keys(properties) as (keyof WaveformColors)[]) {
    const value = style.getPropertyValue(properties[key]).trim();
    // An unset property reads as '', which leaves that colour to the player's default.
    if (value !== '') colors[key] = value;
  }
  return colors;
}
