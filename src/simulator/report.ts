/** What the simulate command prints: one progress line while calls run, a table at the end. */
import type { PlaceCallsProgress, SimulationSummary } from './types';

const KIND_ORDER = ['route', 'popup', 'callEvent', 'callLog', 'callLogDuplicate', 'callLogUpdate'];

export function progressLine(p: PlaceCallsProgress): string {
  const pct = p.total === 0 ? 100 : Math.floor((p.done / p.total) * 100);
  return `calls ${p.placed}/${p.total} placed, ${p.done} done (${pct}%) · requests ${p.sent} sent, ${p.failed} failed`;
}

/**
 * On a terminal the line rewrites itself; in a log file (CI) a line every 10 % of calls done, so the
 * log stays short but shows the run was moving.
 */
export function makeProgressPrinter(out: NodeJS.WriteStream) {
  let lastDecile = -1;
  let lastWrite = 0;
  return {
    update(p: PlaceCallsProgress): void {
      if (out.isTTY) {
        // At most ten redraws a second: a fast run reports thousands of steps.
        const now = Date.now();
        if (now - lastWrite < 100 && p.done < p.total) return;
        lastWrite = now;
        out.write(`\r${progressLine(p)}\u001b[K`);
        return;
      }
      const decile = p.total === 0 ? 10 : Math.floor((p.done / p.total) * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        out.write(`${progressLine(p)}\n`);
      }
    },
    finish(): void {
      if (out.isTTY) out.write('\n');
    },
  };
}

const pad = (s: string | number, n: number, right = false): string => (right ? String(s).padStart(n) : String(s).padEnd(n));

export function summaryTable(s: SimulationSummary): string {
  const kinds = Object.keys(s.requests).sort((a, b) => (KIND_ORDER.indexOf(a) + 1 || 99) - (KIND_ORDER.indexOf(b) + 1 || 99));
  const header =
    kinds.length === 0
      ? []
      : [
          `${pad('request', 18)}${pad('sent', 8, true)}${pad('ok', 8, true)}${pad('failed', 8, true)}${pad('p50 ms', 9, true)}${pad('p99 ms', 9, true)}`,
          ...kinds.map((k) => {
            const r = s.requests[k];
            return r
              ? `${pad(k, 18)}${pad(r.sent, 8, true)}${pad(r.ok, 8, true)}${pad(r.failed, 8, true)}${pad(r.p50Ms, 9, true)}${pad(r.p99Ms, 9, true)}`
              : '';
          }),
          '',
        ];
  const lines = [...header, `calls ${s.calls} · answered ${s.answered} · missed ${s.missed} · ${(s.elapsedMs / 1000).toFixed(1)} s`];
  if (s.failures.length > 0) {
    lines.push('', `first failures (${s.failures.length} shown):`);
    for (const f of s.failures.slice(0, 10))
      lines.push(`  ${f.kind} → ${f.status === 0 ? 'no answer' : `HTTP ${f.status}`}: ${f.body.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  return lines.join('\n');
}

/** Every webhook request answered 2xx. */
export const allAccepted = (s: SimulationSummary): boolean => Object.values(s.requests).every((r) => r.failed === 0);
