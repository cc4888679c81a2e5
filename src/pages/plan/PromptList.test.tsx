import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PromptList } from './PromptList.tsx';

afterEach(cleanup);

describe('PromptList', () => {
  it('names the checkpoints a follow-up probes, and nothing for one that probes none', () => {
    render(
      <PromptList
        heading="Follow-ups"
        language="en-US"
        checkpoints={[{ text: 'Capacity estimate' }, { text: 'Eviction policy' }]}
        prompts={[
          { text: 'How much memory?', budget: { kind: 'limit', seconds: 120 }, hints: [], probes: [0] },
          { text: 'Anything else?', budget: { kind: 'limit', seconds: 120 }, hints: [] },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items[0]).toMatch(/How much memory\?.* probes: Capacity estimate$/);
    expect(items[1]).not.toContain('probes');
  });
});
