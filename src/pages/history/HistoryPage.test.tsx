import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { script } from '../../library/testing/script-fixture.ts';
import { FakeStorage } from '../../platform/storage/fake-storage.ts';
import { db } from '../../store/db.ts';
import { createInterviewRecords } from '../../store/interview-records.ts';
import { newAnswer, newSession, recordedAnswer } from '../../store/testing/interview-fixture.ts';
import { countReads } from '../../store/testing/read-counter.ts';
import { HistoryPage } from './HistoryPage.tsx';

// Before anything opens the database: Dexie builds its middleware, the counter included, when it opens.
const reads = countReads(db);
const records = createInterviewRecords(db);

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function interview(scriptId: string, title: string, startedAt: number): Promise<void> {
  const sessionId = await records.startSession(
    newSession({ script: script(scriptId, { title }), startedAt }),
  );
  await recordedAnswer(records, newAnswer(sessionId, 0), 2_000);
  await recordedAnswer(records, newAnswer(sessionId, 1), 3_000);
}

function page(scriptId: string | undefined) {
  return (
    <HistoryPage
      scriptId={scriptId}
      storage={new FakeStorage()}
      notice={undefined}
      onNavigate={() => undefined}
    />
  );
}

describe('HistoryPage', () => {
  it('reads the interviews once for the list and the script filter, and no answer', async () => {
    await interview('cap-theorem', 'CAP theorem', 1_000);
    await interview('code-review', 'Code review', 2_000);
    await interview('cap-theorem', 'CAP theorem', 3_000);
    reads.reset();

    const { rerender } = render(page('cap-theorem'));
    const list = await screen.findByRole('list', { name: 'Interviews' });
    expect(within(list).getAllByRole('link', { name: 'CAP theorem' })).toHaveLength(2);
    expect(within(list).getAllByText(/2 answers · 0:05 recorded/)).toHaveLength(2);
    const filter = screen.getByRole('combobox', { name: 'Script' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All scripts', 'CAP theorem', 'Code review']);

    // Another script is the same interviews filtered, not read again.
    rerender(page('code-review'));
    expect(await within(list).findByRole('link', { name: 'Code review' })).toBeDefined();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);

    expect(reads.of('sessions')).toEqual({ requests: 1, rows: 3, cursors: 0 });
    expect(reads.of('answers').requests).toBe(0);
  });

  it('says there are no interviews yet, with no filter to choose from', async () => {
    render(page(undefined));
    expect(await screen.findByText(/^No interviews yet\./)).toBeDefined();
    expect(screen.queryByRole('combobox', { name: 'Script' })).toBeNull();
  });
});
