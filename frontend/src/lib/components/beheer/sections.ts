/** The parts of the beheerder's console, in the order the console shows them. */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { BeheerMessages } from '$lib/i18n/beheer/nl';

/** Each part's address below the console; its name and lead are `t[part]` and `t[part + 'Intro']`. */
const PARTS = {
  people: 'mensen',
  organisations: 'organisaties',
  teams: 'teams',
  clients: 'koppelingen',
  webhooks: 'webhooks',
  identity: 'inloggen',
  theme: 'thema',
  domains: 'beleidsdomeinen',
  postcodes: 'postcodes',
  audit: 'auditlog',
} as const;

export type ConsolePart = keyof typeof PARTS;

export interface ConsoleSection {
  href: ResolvedPathname;
  label: string;
  /** What the part is for, on the console's first page. */
  intro: string;
}

/** A part's name and lead. */
export function consolePart(part: ConsolePart, t: BeheerMessages): { label: string; intro: string } {
  return { label: t[part], intro: t[`${part}Intro`] };
}

export function consoleSections(slug: string, t: BeheerMessages): ConsoleSection[] {
  return [
    { href: resolve('/gemeenten/[slug]/beheer', { slug }), label: t.title, intro: t.intro },
    ...(Object.entries(PARTS) as [ConsolePart, (typeof PARTS)[ConsolePart]][]).map(([part, path]) => ({
      href: resolve(`/gemeenten/[slug]/beheer/${path}`, { slug }),
      ...consolePart(part, t),
    })),
  ];
}
