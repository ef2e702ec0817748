/** The connector picker's filter: every word of the query must appear in the name, the preset or the id. */
export interface Pickable {
  id: string;
  name: string;
  presetId: string;
  isDefault: boolean;
}

export function filterConnectors<T extends Pickable>(items: readonly T[], query: string, presetName: (id: string) => string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...items];
  return items.filter((c) => {
    const text = `${c.name} ${c.presetId} ${presetName(c.presetId)} ${c.id}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
