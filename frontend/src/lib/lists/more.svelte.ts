/**
 * A list that grows page by page ("load more"), the same way everywhere: the first page comes with
 * the page's data; `more()` asks the API for the next one with the cursor it gave, adds its items,
 * and moves focus to the first new one, as if the list had been that long all along. While it
 * loads, another press does nothing; a failure is kept in `problem` for `LoadMore` to say.
 *
 *     const list = $derived(new MoreList(data.page, (cursor) => listX({ query: { cursor } })));
 *     {#each list.items as item (item.id)} … {/each}
 *     <LoadMore {list} label={t.loadMore} focus="#lijst .item" />
 */
import { tick } from 'svelte';
import { problemOf, type Paged, type Problem } from '$lib/api';

/** Where to continue after more came: a selector of the list's focusable items, or the first new item's element. */
export type MoreFocus<T> = string | ((first: T) => HTMLElement | null | undefined);

export class MoreList<T> {
  items = $state<T[]>([]);
  cursor = $state<string | null>(null);
  busy = $state(false);
  problem = $state<Problem | null>(null);
  readonly #next: (cursor: string) => Promise<{ data: Paged<T> }>;
  readonly #key: ((item: T) => string) | undefined;

  /**
   * `key`, where items may come twice (one added meanwhile moves the pages along): an item whose
   * key is shown already is not added again.
   */
  constructor(
    first: Paged<T>,
    next: (cursor: string) => Promise<{ data: Paged<T> }>,
    key?: (item: T) => string,
  ) {
    this.items = first.items;
    this.cursor = first.nextCursor;
    this.#next = next;
    this.#key = key;
  }

  /**
   * The next page; answers whether it came. `focus` finds where to continue: the list's focusable
   * items (`#lijst .item a`, of which the first new one takes focus), or the element of the first
   * new item.
   */
  async more(focus?: MoreFocus<T>): Promise<boolean> {
    if (this.busy || !this.cursor) return false;
    this.busy = true;
    this.problem = null;
    const count = this.items.length;
    try {
      const { data } = await this.#next(this.cursor);
      const key = this.#key;
      const known = key ? this.items.map(key) : [];
      this.items = [
        ...this.items,
        ...(key ? data.items.filter((item) => !known.includes(key(item))) : data.items),
      ];
      this.cursor = data.nextCursor;
      if (focus) {
        await tick();
        const first = this.items[count];
        const element =
          typeof focus === 'string'
            ? document.querySelectorAll<HTMLElement>(focus)[count]
            : first && focus(first);
        element?.focus();
      }
      return true;
    } catch (cause) {
      this.problem = problemOf(cause);
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Add an item (one just made) at the end, or `first`, once. */
  add(item: T, same: (other: T) => boolean, where: 'first' | 'last' = 'last'): void {
    const others = this.items.filter((other) => !same(other));
    this.items = where === 'first' ? [item, ...others] : [...others, item];
  }

  /** Take items out that no longer belong (one resolved, one deleted). */
  remove(gone: (item: T) => boolean): void {
    this.items = this.items.filter((item) => !gone(item));
  }

  /** Put a changed item in the place of the one it replaces. */
  replace(changed: (item: T) => T): void {
    this.items = this.items.map(changed);
  }
}

/** One of a municipality's lists (`?municipality=`), going on from its first page, 50 at a time. */
export function municipalityList<T>(
  first: Paged<T>,
  municipality: string,
  list: (options: {
    query: { municipality: string; cursor: string; limit: number };
  }) => Promise<{ data: Paged<T> }>,
): MoreList<T> {
  return new MoreList(first, (cursor) => list({ query: { municipality, cursor, limit: 50 } }));
}
