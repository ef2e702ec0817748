/** What a soak writes (bench-results/soak.json) and prints (a summary table). */
import type { CheckResult } from './check';
import type { UnexpectedExit } from './processes';

export interface Rss {
  before: number | null;
  after: number | null;
}

export interface SoakReport extends Partial<CheckResult> {
  at: string;
  ok: boolean;
  /** Set when the run did not finish: `deadline`, `interrupted` or an error's message. */
  aborted?: string;
  options: Record<string, unknown>;
  durationMs: number;
  load: { start: number[]; end: number[] };
  cpus: number;
  /** Resident memory of Patchcord's processes in kB, after seeding and at the end (the worker's "after" is its last incarnation). */
  rss: { api: Rss; worker: Rss };
  unexpectedExits: UnexpectedExit[];
  retryAll: { listed: number; accepted: number; refused: number; errors: string[] } | null;
  placeCallsFailures?: string[];
  phases: Record<string, number>;
}

/** Exit code 0 only when nothing was lost, duplicated or dialled twice and no failed step is left. */
export function passed(r: Partial<CheckResult>): boolean {
  return r.lost === 0 && r.duplicated === 0 && r.doubleDialled === 0 && r.failedStepsLeft === 0;
}

const pad = (v: unknown, n: number, right = true): string => (right ? String(v).padStart(n) : String(v).padEnd(n));
const mb = (kb: number | null): string => (kb === null ? '-' : `${(kb / 1024).toFixed(0)} MB`);

export function summaryTable(r: SoakReport): string {
  const lines: string[] = [];
  const cols = ['calls', 'lost', 'dup', 'rejected', 'fields', 'c2c', 'c2c!200', '2×dial', 'disp-', 'disp+'];
  lines.push(`${pad('fault', 18, false)}${pad('secs', 7)}${cols.map((c) => pad(c, 9)).join('')}`);
  for (const f of r.perFault ?? [])
    lines.push(
      `${pad(f.fault, 18, false)}${pad((f.durationMs / 1000).toFixed(0), 7)}${[
        f.callsDuring,
        f.lost,
        f.duplicated,
        f.rejected,
        f.wrongFields,
        f.clickToCalls,
        f.clickToCallsRefused,
        f.doubleDialled,
        f.dispositionsMissing,
        f.dispositionsDoubled,
      ]
        .map((v) => pad(v, 9))
        .join('')}`,
    );
  lines.push(
    `${pad('whole run', 18, false)}${pad((r.durationMs / 1000).toFixed(0), 7)}${[
      r.calls,
      r.lost,
      r.duplicated,
      r.rejected,
      r.wrongFields,
      r.clickToCalls,
      r.clickToCalls === undefined ? '-' : r.clickToCalls - (r.clickToCallAnswers?.['200'] ?? 0),
      r.doubleDialled,
      r.dispositionsMissing,
      r.dispositionsDoubled,
    ]
      .map((v) => pad(v ?? '-', 9))
      .join('')}`,
  );
  lines.push('');
  lines.push(
    'calls: overlapping the fault · lost: log accepted, no activity · dup: more than one activity · rejected: every log delivery refused',
  );
  lines.push('fields: activity disagrees with the simulator · c2c: click-to-calls (!200: not answered 200) · 2×dial: dialled twice');
  lines.push('disp-/disp+: dispositions accepted but never pushed / pushed more than once');
  lines.push('');
  lines.push(
    `failed steps left: ${r.failedStepsLeft ?? '-'}${r.failedStepsLeftByStep && Object.keys(r.failedStepsLeftByStep).length ? ` ${JSON.stringify(r.failedStepsLeftByStep)}` : ''}` +
      ` · retry all: ${r.retryAll ? `${r.retryAll.listed} listed, ${r.retryAll.accepted} retried` : '-'}`,
  );
  lines.push(`RSS api ${mb(r.rss.api.before)} → ${mb(r.rss.api.after)} · worker ${mb(r.rss.worker.before)} → ${mb(r.rss.worker.after)}`);
  lines.push(`load ${r.load.start.map((l) => l.toFixed(2)).join(' ')} → ${r.load.end.map((l) => l.toFixed(2)).join(' ')} (${r.cpus} CPUs)`);
  if (r.unexpectedExits.length)
    lines.push(`unexpected exits: ${r.unexpectedExits.map((e) => `${e.process} (code ${e.code}, ${e.signal})`).join(', ')}`);
  if (r.aborted) lines.push(`ABORTED: ${r.aborted}`);
  lines.push(r.ok ? 'PASS' : 'FAIL');
  return lines.join('\n');
}
