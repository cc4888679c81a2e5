import type { RegionParams } from 'wavesurfer.js/plugins/regions';
import type { WaveformColors, WaveformRegion } from './waveform.ts';

/** A region as wavesurfer's Regions plugin draws it: fixed in place, coloured by its kind. */
export function toRegionParams(region: WaveformRegion, colors: WaveformColors): RegionParams {
  return {
    id: region.id,
    start: region.startMs / 1000,
    // Without an end the plugin draws a line, which is what a moment is.
    ...(region.endMs !== undefined && { end: region.endMs / 1000 }),
    drag: false,
    resize: false,
    color: colors[region.kind],
    // Pauses and fillers are many and short: their labels would pile up over the waveform, so they are
    // drawn without one (the review lists them with their times).
    ...(region.kind !== 'pause' && region.kind !== 'filler' && { content: region.label }),
  };
}
