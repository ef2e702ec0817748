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
