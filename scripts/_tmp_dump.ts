import { readFileSync } from 'node:fs';
import { parseScripts } from '/work/main/src/script/parse.ts';
for (const f of process.argv.slice(2)) {
  const r: any = parseScripts(readFileSync(f, 'utf8'));
  const s = (r.scripts ?? [r.script])[0];
  console.log('==', s.id, s.pool, 'opening:', JSON.stringify(s.opening).slice(0, 200));
  for (const q of s.questions) {
    console.log('-', q.title, JSON.stringify(q.prompt.budget), q.prompt.language ?? '', '|', q.prompt.text.slice(0, 70), '| hints', q.prompt.hints.length, 'ma', q.prompt.modelAnswer?.length ?? 0, 'fu', q.followUps.map((p: any) => `${p.budget.kind === 'limit' ? p.budget.seconds : p.budget.minSeconds + '-' + p.budget.maxSeconds}/${p.modelAnswer?.length ?? 0}`).join(','));
  }
  console.log('closing', JSON.stringify(s.closing).slice(0, 300), 'cand', s.candidateQuestions.length, 'rubric', s.rubric);
}
