/**
 * Every page of a cursor-paged collection, for lists a page shows whole (a timeline, a team),
 * up to a bound that no such list reaches. `page` is a generated list function given its query:
 *
 *     const tasks = await allPages((query) => listTasks({ path: { id }, query }));
 */
export interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

/** The query of one page: the largest the API gives, after the cursor of the one before. */
export interface PageQuery {
  limit: number;
  cursor?: string;
}

export async function allPages<T>(
  page: (query: PageQuery) => Promise<{ data: Paged<T> }>,
  maxPages = 10,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  for (let pageNumber = 0; pageNumber < maxPages; pageNumber++) {
    const { data: found } = await page({ limit: 100, ...(cursor && { cursor }) });
    all.push(...found.items);
    if (!found.nextCursor) break;
    cursor = found.nextCursor;
  }
  return all;
}
