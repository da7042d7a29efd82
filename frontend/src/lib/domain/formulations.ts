/** How an opgave's formulations show. */
import type { FormulationRead } from '$lib/api';

/** How the versions show: the current one, proposals waiting, and the earlier adopted ones. */
export interface FormulationHistory {
  current: FormulationRead | null;
  proposals: FormulationRead[];
  earlier: FormulationRead[];
}

export function formulationHistory(items: FormulationRead[]): FormulationHistory {
  const current = items.find((item) => item.current) ?? null;
  const byNewest = (a: FormulationRead, b: FormulationRead) =>
    (b.adoptedAt ?? b.createdAt).localeCompare(a.adoptedAt ?? a.createdAt);
  return {
    current,
    proposals: items.filter((item) => !item.adoptedAt).sort(byNewest),
    earlier: items.filter((item) => item.adoptedAt && !item.current).sort(byNewest),
  };
}
