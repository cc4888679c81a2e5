import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useLocationHash } from '../../platform/location-hash.ts';
import { followHash } from '../../platform/testing/follow-hash.ts';
import { useLeaveGuard } from './use-leave-guard.ts';

afterEach(cleanup);

/** A page of the app as the shell shows it: the hash it is on, with an editor's guard. */
function Page({ unsaved }: { readonly unsaved: boolean }) {
  const hash = useLocationHash();
  const { leaving, stay, leave } = useLeaveGuard(unsaved);
  return (
    <>
      <p>
        on {hash}, asked about {leaving ?? 'nothing'}
      </p>
      <button type="button" onClick={stay}>
        Stay
      </button>
      <button type="button" onClick={leave}>
        Leave
      </button>
    </>
  );
}

describe('useLeaveGuard', () => {
  it('keeps the page while its changes are unsaved, until the user stays or leaves', async () => {
    await followHash('#/edit/new');
    render(<Page unsaved />);

    await followHash('#/history');
    screen.getByText('on #/edit/new, asked about #/history');
    fireEvent.click(screen.getByRole('button', { name: 'Stay' }));
    screen.getByText('on #/edit/new, asked about nothing');
    expect(window.location.hash).toBe('#/edit/new');

    await followHash('#/settings');
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    await waitFor(() => screen.getByText('on #/settings, asked about nothing'));
  });

  it('lets the page go at once when nothing is unsaved', async () => {
    await followHash('#/edit/new');
    render(<Page unsaved={false} />);
    await followHash('#/');
    screen.getByText('on #/, asked about nothing');
  });

  it('asks the browser to warn before the tab closes only while changes are unsaved', () => {
    const { rerender } = render(<Page unsaved />);
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(true);
    rerender(<Page unsaved={false} />);
    expect(unload()).toBe(false);
  });
});
