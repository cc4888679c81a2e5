/**
 * Every waveform's height in CSS pixels. One fixed value, because wavesurfer.js writes it into the
 * <style> of each waveform's shadow root, and the Content-Security-Policy allows exactly that style by
 * its hash (scripts/content-security-policy-plugin.ts): another height would be another, blocked style.
 */
export const waveformHeight = 80;
