import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { interviewLockName } from '../interview/interview-lock.ts';
import type { AppUpdates } from '../platform/app-update/app-updates.ts';
import { FakeAppUpdates } from '../platform/app-update/fake-app-updates.ts';
import { createFakeLocks } from '../platform/locks/fake-locks.ts';
import { UpdateNotice } from './UpdateNotice.tsx';

afterEach(cleanup);

const reloadButton = () => screen.queryByRole('button', { name: 'Reload' });

describe('UpdateNotice', () => {
  it('says nothing until a new version waits, then offers to reload into it', () => {
    const updates = new FakeAppUpdates();
    render(<UpdateNotice updates={updates} locks={createFakeLocks()} interviewing={false} />);
    expect(screen.queryByRole('status')).toBeNull();

    act(() => {
      updates.announce();
    });
    expect(screen.getByRole('status').textContent).toContain('Update ready — reload');
    expect(reloadButton()).not.toBeNull();
  });

  it('offers nothing on an interview page, and offers it again once the interview page is left', () => {
    const updates = new FakeAppUpdates();
    updates.announce();
    const locks = createFakeLocks();
    const view = render(<UpdateNotice updates={updates} locks={locks} interviewing={true} />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(reloadButton()).toBeNull();

    view.rerender(<UpdateNotice updates={updates} locks={locks} interviewing={false} />);
    expect(reloadButton()).not.toBeNull();
  });

  it('lets the new version take over on Reload', async () => {
    const updates = new FakeAppUpdates();
    updates.announce();
    render(<UpdateNotice updates={updates} locks={createFakeLocks()} interviewing={false} />);

    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));

    expect(await screen.findByRole('button', { name: 'Reloading…' })).toHaveProperty('disabled', true);
    expect(updates.activations).toBe(1);
  });

  it('keeps the old version while another tab runs an interview, and says why', async () => {
    const updates = new FakeAppUpdates();
    updates.announce();
    const locks = createFakeLocks();
    const otherTab = await locks.acquire(interviewLockName);
    render(<UpdateNotice updates={updates} locks={locks} interviewing={false} />);

    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));

    expect(
      await screen.findByText(/An interview is running in another tab/, {}, { timeout: 3_000 }),
    ).not.toBeNull();
    expect(updates.activations).toBe(0);
    // Once that interview has ended, Reload works.
    otherTab?.release();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await screen.findByRole('button', { name: 'Reloading…' });
    expect(updates.activations).toBe(1);
  });

  it('says so when the new version cannot take over, and lets the user try again', async () => {
    const failing: AppUpdates = {
      isWaiting: () => true,
      subscribe: () => () => undefined,
      activate: () => Promise.reject(new Error('the service worker is gone')),
    };
    const locks = createFakeLocks();
    render(<UpdateNotice updates={failing} locks={locks} interviewing={false} />);

    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));

    expect(await screen.findByText('The update could not start: the service worker is gone')).not.toBeNull();
    expect(reloadButton()).toHaveProperty('disabled', false);
    // The interview lock was given back: interviews can still start.
    expect(await locks.acquire(interviewLockName, { waitMs: 0 })).toBeDefined();
  });
});
