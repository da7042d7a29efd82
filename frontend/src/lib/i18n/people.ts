/**
 * A person as everyone sees them: the name they chose and, for staff of the municipality, a badge
 * that the API gives from their role as it is now. The badge's words ('gemeente', 'municipality')
 * are refused in names people choose, so nobody can write it into their own name.
 */
import type { Messages } from './nl';

interface Named {
  displayName: string;
  badge?: 'staff' | null;
}

export function personName(person: Named, t: Messages): string;
export function personName(person: Named | null | undefined, t: Messages): string | undefined;
export function personName(person: Named | null | undefined, t: Messages): string | undefined {
  if (!person) return undefined;
  return person.badge === 'staff' ? t.people.staff(person.displayName) : person.displayName;
}
