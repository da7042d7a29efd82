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

interface Written {
  author: Named | null;
  municipalityAuthor?: { municipality: { name: string }; clientName: string | null } | null;
}

/** Who wrote a comment: a person, or the municipality itself (with its system, for its staff). */
export function writerName(comment: Written, t: Messages): string | undefined {
  const voice = comment.municipalityAuthor;
  if (voice) return t.people.municipality(voice.municipality.name, voice.clientName);
  return personName(comment.author, t);
}

/** Who wrote content under moderation: a person, or the municipality through the system named. */
export function contentWriter(
  content: { author: Named | null; clientName: string | null },
  t: Messages,
): string {
  return personName(content.author, t) ?? (content.clientName ? t.people.system(content.clientName) : '');
}
