/**
 * Every page of a cursor-paged collection, for lists a page shows whole (a timeline, a team),
 * up to a bound that no such list reaches.
 */
export interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

export async function allPages<T>(
  page: (cursor: string | undefined) => Promise<Paged<T>>,
  maxPages = 10,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  for (let pageNumber = 0; pageNumber < maxPages; pageNumber++) {
    const found = await page(cursor);
    all.push(...found.items);
    if (!found.nextCursor) break;
    cursor = found.nextCursor;
  }
  return all;
}
