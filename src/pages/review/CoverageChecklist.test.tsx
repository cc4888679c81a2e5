import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { coverageOf } from '../../analysis/coverage.ts';
import { finalVerdicts } from '../../analysis/coverage-verdicts.ts';
import { spoken } from '../../analysis/testing/spoken.ts';
import { CoverageChecklist } from './CoverageChecklist.tsx';

afterEach(() => {
  cleanup();
});

const items = ['Mentions caching', 'Mentions sharding', 'Explains clearly'];

function box(name: string): HTMLInputElement {
  const element = screen.getByRole('checkbox', { name });
  if (!(element instanceof HTMLInputElement)) throw new Error(`${name} is no checkbox`);
  return element;
}

function checklist(verdictsFrom?: { answer: string; ticked?: string[]; unticked?: string[] }) {
  const onSet = vi.fn();
  const onSeek = vi.fn();
  const verdicts =
    verdictsFrom &&
    finalVerdicts(
      coverageOf(items, spoken(verdictsFrom.answer), 'en'),
      verdictsFrom.ticked ?? [],
      verdictsFrom.unticked ?? [],
    );
  render(
    <CoverageChecklist
      items={items}
      verdicts={verdicts}
      ticked={['Explains clearly']}
      onSet={onSet}
      onSeek={onSeek}
    />,
  );
  return { onSet, onSeek };
}

describe('CoverageChecklist', () => {
  it('ticks what the transcript says, quotes it, and plays it on a click', () => {
    const { onSeek } = checklist({ answer: 'first | we add a cache in front' });
    expect(box('Mentions caching').checked).toBe(true);
    expect(box('Mentions sharding').checked).toBe(false);
    expect(screen.getByText(/Not found in the transcript \(no “sharding” near the rest\)/u)).toBeTruthy();
    expect(screen.getByText('Only you can judge this one')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Heard at 0:01: add a cache in front' }));
    expect(onSeek).toHaveBeenCalledWith(1500);
  });

  it('asks to record the opposite of what is shown, and says when the verdict is the candidate’s', () => {
    const { onSet } = checklist({ answer: 'we add a cache', unticked: ['Mentions caching'] });
    expect(box('Mentions caching').checked).toBe(false);
    expect(screen.getByText(/your verdict/u)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mentions caching' }));
    expect(onSet).toHaveBeenCalledWith('Mentions caching', true);
  });

  it('without a transcript, shows the candidate’s own ticks and says what the transcript will add', () => {
    const { onSet } = checklist();
    expect(box('Explains clearly').checked).toBe(true);
    expect(screen.getByText(/Once it is transcribed, Viva ticks what it heard/u)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Explains clearly' }));
    expect(onSet).toHaveBeenCalledWith('Explains clearly', false);
  });
});
