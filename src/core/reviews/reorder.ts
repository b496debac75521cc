/** A copy of `list` with `value` inserted at `position`, clamped to the list's ends (past the end appends). */
export function placeAt<T>(list: readonly T[], value: T, position: number): T[] {
  const at = Math.max(0, Math.min(position, list.length));
  return [...list.slice(0, at), value, ...list.slice(at)];
}
