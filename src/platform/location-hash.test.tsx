import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { finishLeaving, holdLeaving, renameHash, useLocationHash, usePageVisit } from './location-hash.ts';
import { followHash } from './testing/follow-hash.ts';

afterEach(cleanup);

/** The shell as far as these hooks go: the hash it shows, and the visit it keys a page by. */
function Shell() {
  return (
    <p>
      on {useLocationHash()}, visit {usePageVisit()}
    </p>
  );
}

/** The visit the shell shows now. */
const visit = (): number => Number(/visit (\d+)/.exec(screen.getByText(/^on /).textContent)?.[1]);

describe('renameHash and usePageVisit', () => {
  it('renames the page without a visit or a history entry; going to another page is a visit', async () => {
    render(<Shell />);
    await followHash('#/edit/new');
    const first = visit();
    const entries = window.history.length;

    act(() => {
      renameHash('#/edit/imported/my-script');
    });
    screen.getByText(`on #/edit/imported/my-script, visit ${first}`);
    expect(window.history.length).toBe(entries);

    await followHash('#/edit/new');
    screen.getByText(`on #/edit/new, visit ${first + 1}`);
  });

  it('counts a held change as a visit only once it is let go', async () => {
    render(<Shell />);
    await followHash('#/edit/copy/builtin/cap-theorem');
    const first = visit();
    const stopHolding = holdLeaving(() => true);
    try {
      await followHash('#/history');
      act(() => {
        finishLeaving(false);
      });
      screen.getByText(`on #/edit/copy/builtin/cap-theorem, visit ${first}`);

      await followHash('#/settings');
      act(() => {
        finishLeaving(true);
      });
      screen.getByText(`on #/settings, visit ${first + 1}`);
    } finally {
      stopHolding();
    }
  });
});
