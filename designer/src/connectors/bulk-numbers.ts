import type { VirtualNumber } from '../api/types';

/** "number, tag" / "number<TAB>tag" / "number" per line; blank lines ignored. */
export function parseBulkNumbers(text: string): VirtualNumber[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [number = '', ...tag] = line.split(/\t|,|;/);
      return { number: number.trim(), tag: tag.join(',').trim() };
    });
}

/**
 * The server's reasons for refused numbers (`body.virtualNumbers.<i>.number`, positions in what was
 * sent: the non-blank rows) by row index on screen; reasons naming no row are returned apart.
 */
export function numberErrors(
  rows: readonly VirtualNumber[],
  details: readonly { field?: string; message: string }[],
): { byRow: Record<number, string[]>; other: string[] } {
  const sentRows = rows.flatMap((r, i) => (r.number.trim() ? [i] : []));
  const out: { byRow: Record<number, string[]>; other: string[] } = { byRow: {}, other: [] };
  for (const d of details) {
    const m = /^body\.virtualNumbers\.(\d+)(?:\.|$)/.exec(d.field ?? '');
    const row = m ? sentRows[Number(m[1])] : undefined;
    if (row === undefined) out.other.push(d.message);
    else (out.byRow[row] ??= []).push(d.message);
  }
  return out;
}
