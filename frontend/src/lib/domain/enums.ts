/**
 * The values of an enum come from the contract: the generator writes each one as an object
 * (`Phase.exploring`), so a value the API adds or drops reaches the site without a hand-written
 * copy. Where the site shows them in an order of their own (a phase's place in the process, the
 * mail choices from most to least), `inOrder` takes that order and checks it names every value
 * once: a value the contract adds or drops is a type error there.
 */

type Missing<T extends string, L extends readonly string[]> = Exclude<T, L[number]>;

/** All values of a generated enum, in the contract's order. */
export function valuesOf<T extends string>(values: Readonly<Record<string, T>>): readonly T[] {
  return Object.values(values);
}

/**
 * All values of a generated enum in the site's order. `order` must name every value (checked by
 * the type); should the contract still know one more, it goes last rather than missing.
 */
export function inOrder<T extends string, const L extends readonly T[]>(
  values: Readonly<Record<string, T>>,
  order: L & ([Missing<T, L>] extends [never] ? unknown : { missing: Missing<T, L> }),
): readonly T[] {
  const all = valuesOf(values);
  return [...order.filter((value) => all.includes(value)), ...all.filter((value) => !order.includes(value))];
}

/** A guard for a value from outside (an address, a form): is it one of `values`? */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
