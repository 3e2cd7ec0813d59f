/**
 * The child region (one level below the dashboard's region) a partner lies in, so a ranking of a
 * province can say "Kabupaten Bangka Barat" next to each library. Undefined at the lowest level.
 */
export function childRegionOf(regionCode: string, children: ReadonlyMap<string, string>): string | undefined {
  const parts = regionCode.split('.');
  for (let depth = parts.length; depth > 0; depth -= 1) {
    const name = children.get(parts.slice(0, depth).join('.'));
    if (name !== undefined) return name;
  }
  return undefined;
}
