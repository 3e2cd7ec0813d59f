/** Rows per database page: small enough that one page's query and XML take a few milliseconds. */
export const exportPageSize = 1000;

/**
 * The pages of a keyset-paged query, one at a time: `page(after, limit)` returns the rows after
 * the cursor, in cursor order. Each page is its own short query, so a long export never holds a
 * transaction (or, on SQLite, the writer lock) open, and rows reported meanwhile past the cursor
 * are included. `after` is undefined for the first page.
 */
export async function* keysetPages<Row, Cursor>(
  page: (after: Cursor | undefined, limit: number) => Promise<readonly Row[]>,
  cursorOf: (row: Row) => Cursor,
  limit = exportPageSize,
): AsyncGenerator<readonly Row[]> {
  let after: Cursor | undefined;
  for (;;) {
    const rows = await page(after, limit);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (rows.length < limit || last === undefined) return;
    after = cursorOf(last);
  }
}

/** An array already in memory (a computed ranking), handed out in pages like a query's. */
export async function* inPages<Row>(rows: readonly Row[], limit = exportPageSize): AsyncGenerator<readonly Row[]> {
  for (let i = 0; i < rows.length; i += limit) yield await Promise.resolve(rows.slice(i, i + limit));
}

/** Rows of each page mapped (with what a page needs looked up once for the whole page). */
export async function* mapPages<A, B>(
  pages: AsyncIterable<readonly A[]>,
  map: (page: readonly A[]) => Promise<readonly B[]>,
): AsyncGenerator<readonly B[]> {
  for await (const page of pages) yield await map(page);
}
