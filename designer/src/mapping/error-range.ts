/** Where to underline a JSONata error in the editor. */

export interface EditorError {
  message: string;
  position?: number;
  token?: string;
}

/** JSONata reports the position just after the offending token; underline the token itself. */
export function errorRange(error: EditorError, length: number): { from: number; to: number } {
  const pos = Math.min(Math.max(error.position ?? length, 0), length);
  const tokenLength = error.token ? error.token.length : 1;
  const from = Math.max(0, pos - tokenLength);
  return { from, to: Math.max(pos, Math.min(from + 1, length)) };
}
