import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { LibraryEntry } from '../../library/entry.ts';
import { noCriteria, type LibraryCriteria } from '../../library/filter.ts';
import { entry, question, script } from '../../library/testing/script-fixture.ts';
import { LibraryView } from './LibraryView.tsx';

afterEach(cleanup);

const entries: LibraryEntry[] = [
  entry(script('cap', { title: 'CAP Theorem', kind: 'technical', language: 'en-US' })),
  entry(
    script('tech-lead', {
      title: 'Tech-Lead-Interview',
      kind: 'screening',
      language: 'de-DE',
      questions: [question('Führung', 'Wie führen Sie ein Team?')],
    }),
  ),
  entry(
    script('saas', {
      title: 'Multi-Tenant SaaS',
      kind: 'system-design',
      language: 'en-US',
      pool: { ask: 2, order: 'shuffled' },
      questions: [question('A', 'Design it.'), question('B', 'Scale it.'), question('C', 'Break it.')],
    }),
    'imported',
  ),
];

/** The view is controlled; the page keeps the criteria, so the test does too. */
function Harness() {
  const [criteria, setCriteria] = useState<LibraryCriteria>(noCriteria);
  return <LibraryView entries={entries} criteria={criteria} onCriteriaChange={setCriteria} />;
}

const listedTitles = () =>
  screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('LibraryView', () => {
  it('lists every script as a link to its plan with its figures', () => {
    render(<Harness />);

    expect(listedTitles()).toEqual(['CAP Theorem', 'Tech-Lead-Interview', 'Multi-Tenant SaaS']);
    expect(screen.getByRole('link', { name: 'Multi-Tenant SaaS' }).getAttribute('href')).toBe(
      '#/script/imported/saas',
    );
    const german = screen.getByRole('link', { name: 'Tech-Lead-Interview' }).closest('article');
    expect(german).not.toBeNull();
    if (!german) return;
    expect(within(german).getByText('Screening')).toBeTruthy();
    expect(within(german).getByText(/German \(Germany\)/)).toBeTruthy();
    expect(within(german).getByText('de-DE')).toBeTruthy();
    const pool = screen.getByRole('link', { name: 'Multi-Tenant SaaS' }).closest('article');
    if (!pool) throw new Error('no card');
    expect(within(pool).getByText('Imported')).toBeTruthy();
    expect(within(pool).getByText('ask 2 of 3 questions')).toBeTruthy();
  });

  it('offers only the kinds and languages present, and filters by them', () => {
    render(<Harness />);
    const kind = screen.getByLabelText('Kind');
    const options = within(kind)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['All kinds', 'System design', 'Technical', 'Screening']);

    fireEvent.change(kind, { target: { value: 'technical' } });
    expect(listedTitles()).toEqual(['CAP Theorem']);

    fireEvent.change(kind, { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'de-DE' } });
    expect(listedTitles()).toEqual(['Tech-Lead-Interview']);
    expect(screen.getByText('1 of 3 scripts match.')).toBeTruthy();
  });

  it('searches prompt texts case-insensitively', () => {
    render(<Harness />);

    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'TEAM' } });

    expect(listedTitles()).toEqual(['Tech-Lead-Interview']);
  });

  it('says when nothing matches and clears the filters on request', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'screening' } });
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'kubernetes' } });

    expect(listedTitles()).toEqual([]);
    expect(screen.getByText('No script matches these filters.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(listedTitles()).toHaveLength(3);
    expect(screen.getByLabelText<HTMLInputElement>('Search').value).toBe('');
    expect(screen.getByLabelText<HTMLSelectElement>('Kind').value).toBe('');
  });
});
