// How late the app's clock wakes the interview after a deadline, in a visible tab (the harness page runs the
// app's own browser clock).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../tests/e2e/support/browser.ts';
import { median, percentile } from '../tests/e2e/support/statistics.ts';
import { callHarness, openHarness } from './support/harness.ts';
import { recordResults } from './support/results.ts';

const DEADLINES = 60;

describe('deadlines', () => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
    await openHarness(browser.page);
  });

  afterAll(async () => {
    await browser.close();
  });

  it(`wakes the interview soon after each of ${DEADLINES} deadlines`, async () => {
    const lateness = await callHarness(browser.page, 'measureDeadlineLateness', DEADLINES, 50, 500);
    expect(lateness).toHaveLength(DEADLINES);
    // Never early: the clock re-arms rather than wake its caller before the deadline.
    expect(Math.min(...lateness)).toBeGreaterThanOrEqual(0);
    const round = (value: number) => Math.round(value * 10) / 10;
    const results = {
      deadlines: DEADLINES,
      median: round(median(lateness)),
      p95: round(percentile(lateness, 95)),
      max: round(Math.max(...lateness)),
    };
    console.info(`timer lateness (ms): ${JSON.stringify(results)}`);
    recordResults({ timer: { latenessMs: results } });
  });
});
