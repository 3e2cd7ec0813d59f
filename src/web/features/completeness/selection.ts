/** The silent partners chosen for a reminder: toggling one, or all of those shown at once. */
export function toggleOne(chosen: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(chosen);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** All shown when not all were chosen yet, none when they were. */
export function toggleAll(chosen: ReadonlySet<number>, shown: readonly number[]): Set<number> {
  return shown.every((id) => chosen.has(id)) ? new Set() : new Set(shown);
}

/** What is still chosen once the list changed (another month, a reminder sent): only those still shown. */
export function keepShown(chosen: ReadonlySet<number>, shown: readonly number[]): Set<number> {
  return new Set(shown.filter((id) => chosen.has(id)));
}
