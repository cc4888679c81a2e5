import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FakeStorage } from '../../platform/storage/fake-storage.ts';
import { StorageStatusPanel } from './StorageStatusPanel.tsx';

afterEach(() => {
  cleanup();
});

const askButton = { name: 'Ask the browser to keep my recordings' };

describe('StorageStatusPanel', () => {
  it('shows the usage and, once asked, that the browser will keep the recordings', async () => {
    render(
      <StorageStatusPanel
        storage={new FakeStorage({ usageBytes: 2_500_000, persisted: false, grants: true })}
      />,
    );
    expect(await screen.findByText(/^Viva uses 2\.5 MB/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', askButton));
    expect(await screen.findByText('The browser will keep your recordings.')).toBeDefined();
    expect(await screen.findByText(/has promised to keep your recordings/)).toBeDefined();
  });

  it('says a refusal may change, or was the user’s own answer, without blaming either', async () => {
    render(<StorageStatusPanel storage={new FakeStorage({ persisted: false, grants: false })} />);
    fireEvent.click(await screen.findByRole('button', askButton));
    expect(await screen.findByText(/^The browser declined\. Some browsers agree later/)).toBeDefined();
  });

  it('offers no request a browser without a storage manager could only refuse', async () => {
    render(<StorageStatusPanel storage={new FakeStorage({ canRequestPersistence: false })} />);
    expect(
      await screen.findByText(/^This browser does not say whether it keeps your recordings/),
    ).toBeDefined();
    expect(screen.queryByRole('button', askButton)).toBeNull();
    expect(screen.queryByText(/^Viva uses/)).toBeNull();
  });
});
