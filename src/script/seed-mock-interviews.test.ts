import { describe, expect, it } from 'vitest';
import { formatScriptError, parseScripts } from './parse.ts';
import { summarizeScript } from './summary.ts';
import seed004 from '../../tests/fixtures/seed-004-mock-interviews.md?raw';

function scriptsOf(text: string) {
  const result = parseScripts(text);
  if (!result.ok) throw new Error(result.errors.map(formatScriptError).join('\n'));
  return result.scripts;
}

describe('the "Mock Interview" convention (seed 004)', () => {
  const scripts = scriptsOf(seed004);

  it('finds all eight interviews with their titles and kinds', () => {
    expect(scripts.map((s) => [s.title, s.kind])).toEqual([
      ['System Design - Multi-Tenant SaaS Platform', 'system-design'],
      ['Technical Deep Dive - async/await', 'technical'],
      ['Database Optimization', 'technical'],
      ['Distributed Systems - CAP Theorem', 'technical'],
      ['Architecture - Clean Architecture', 'architecture'],
      ['Problem Solving - Production Incident', 'problem-solving'],
      ['Code Review', 'code-review'],
      ['Behavioral - Leadership', 'behavioral'],
    ]);
    expect(new Set(scripts.map((s) => s.id)).size).toBe(8);
  });

  it("keeps the system design's timings: opening, question, 5/10/20/5/3/2 minutes of answer, closing", () => {
    const [systemDesign] = scripts;
    const summary = systemDesign && summarizeScript(systemDesign);
    expect(summary).toMatchObject({
      questions: 1,
      followUps: 5,
      traps: 4,
      checkpoints: 6,
      checkpointSeconds: [300, 600, 1200, 300, 180, 120],
      rubric: 7,
      openingSeconds: 120,
      closingSeconds: 120,
    });
    expect(systemDesign?.questions[0]?.askSeconds).toBe(60);
    expect(systemDesign?.questions[0]?.prompt.budget).toEqual({ kind: 'limit', seconds: 2700 });
    expect(systemDesign?.opening.text).toMatch(/^Hi! Thanks for taking the time\..*Ready\?$/);
  });

  it('reads the scenario as the question and the code as code shown on screen', () => {
    const incident = scripts[5];
    expect(incident?.questions[0]?.askSeconds).toBe(120);
    expect(incident?.questions[0]?.prompt.text).toMatch(/^BrandOS production is experiencing high latency/);
    const review = scripts[6]?.questions[0];
    expect(review?.code?.language).toBe('csharp');
    expect(review?.code?.source.split('\n')).toHaveLength(17);
    expect(review?.code?.source).toContain('public async Task<List<Order>> GetOrdersAsync(int tenantId)');
    expect(review?.askSeconds).toBe(60);
  });

  it('drops quotes around prompts and the check marks before rubric items, whatever their encoding', () => {
    const question = scripts[0]?.questions[0];
    expect(question?.followUps[0]?.text).toBe('How do you ensure tenant isolation?');
    expect(question?.rubric[0]).toBe('Clarifies requirements');
    const marked = ['✅ Clear', '‚úÖ Clear', 'âœ… Clear', '✔️ Clear', '[x] Clear'];
    for (const mark of marked) {
      const text = seed004.replace('‚úÖ Clarifies requirements', mark);
      expect(scriptsOf(text)[0]?.questions[0]?.rubric[0]).toBe('Clear');
    }
  });

  it.each([
    ['**Opening (2 minuts)**:', 'line 23: unknown duration "2 minuts" — write 90s, 2m, 1.5 minutes or 2-3m'],
    [
      '**Warmup (2 minutes)**:',
      'line 23: unknown part "**Warmup**" — expected one of Opening, Question, Scenario, Code, Expected Candidate Response, Follow-up Questions, Trap Questions, Evaluation Rubric, Closing',
    ],
  ])('rejects %s with its line', (label, expected) => {
    const result = parseScripts(seed004.replace('**Opening (2 minutes)**:', label));
    expect(result.ok ? [] : result.errors.map(formatScriptError)).toContain(expected);
  });

  it('rejects an interview without a question', () => {
    const text =
      '## Mock Interview 1: Empty\n\n**Opening (1 minute)**:\n"Hi"\n\n**Closing (1 minute)**:\n"Bye"\n';
    const result = parseScripts(text);
    expect(result.ok ? [] : result.errors.map(formatScriptError)).toEqual([
      'line 1: this mock interview has no "**Question**:" or "**Scenario**:" part',
    ]);
  });
});
