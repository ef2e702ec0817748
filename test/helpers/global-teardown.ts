import fs from 'node:fs';
import type { EmbeddedProcess } from '../../src/embedded/services';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__patchcordTest as { procs: EmbeddedProcess[]; tmp: string } | undefined;
  if (!state) return;
  for (const proc of [...state.procs].reverse()) await proc.stop();
  fs.rmSync(state.tmp, { recursive: true, force: true });
}
