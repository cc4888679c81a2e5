import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { analyseAnswer } from '../../analysis/answer-analysis.ts';
import { spoken } from '../../analysis/testing/spoken.ts';
import { SpeechDetails } from './SpeechDetails.tsx';

afterEach(() => {
  cleanup();
});

function details(text: string, story: boolean) {
  const onSeek = vi.fn();
  const analysis = analyseAnswer({ words: spoken(text), language: 'en', checklist: [], story });
  render(<SpeechDetails analysis={analysis} onSeek={onSeek} />);
  return onSeek;
}

describe('SpeechDetails', () => {
  it('gives the pace against the band and lists each filler, a click playing it', () => {
    const onSeek = details('um we cache | basically everything', false);
    expect(screen.getByText('How it was said')).toBeTruthy();
    expect(screen.getByText('No word or phrase comes back often.')).toBeTruthy();
    expect(
      screen.getByText(/words a minute while talking, too short an answer to compare with the 130–160/u),
    ).toBeTruthy();
    expect(screen.getByText(/^2: 40\.0 per 100 words, 46\.2 a minute\.$/u)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '“basically” at 0:01' }));
    expect(onSeek).toHaveBeenCalledWith(1900);
  });

  it('shows a story’s parts with their start and share, and the parts not heard', () => {
    const onSeek = details('At my last job it was slow. I decided to cache it and it was fine', true);
    expect(screen.getByText('How it was said')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'The story: Situation, Task, Action, Result' });
    expect(table.textContent).toMatch(/Situation0:00: “at my last job”\d+ %/u);
    expect(table.textContent).toMatch(/Tasknot heard/u);
    expect(table.textContent).toMatch(/Resultnot heard/u);
    fireEvent.click(screen.getByRole('button', { name: '0:02: “i decided”' }));
    expect(onSeek).toHaveBeenCalledWith(2800);
  });

  it('lists what the answer kept saying, each playable from its first time', () => {
    const onSeek = details('the cache | the cache | the cache | the cache', false);
    fireEvent.click(screen.getByRole('button', { name: '“the cache” ×4, first at 0:00' }));
    expect(onSeek).toHaveBeenCalledWith(0);
    expect(screen.getByRole('button', { name: '“cache” ×4, first at 0:00' })).toBeTruthy();
  });

  it('says when no filler was heard', () => {
    details('we cache', false);
    expect(screen.getByText('None heard.')).toBeTruthy();
  });
});
