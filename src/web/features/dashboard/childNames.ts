import { lineageOfCode } from '#domain/regions';

/**
 * The child region (one level below the dashboard's region) a partner lies in, so a ranking of a
 * province can say "Kabupaten Bangka Barat" next to each library. Undefined at the lowest level.
 */
export function childRegionOf(regionCode: string, children: ReadonlyMap<string, string>): string | undefined {
  for (const code of lineageOfCode(regionCode).reverse()) {
    const name = children.get(code);
    if (name !== undefined) return name;
  }
  return undefined;
}
