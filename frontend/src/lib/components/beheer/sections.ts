/** The parts of the beheerder's console, in the order the console shows them. */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { BeheerMessages } from '$lib/i18n/beheer/nl';

export interface ConsoleSection {
  href: ResolvedPathname;
  label: string;
  /** What the part is for, on the console's first page. */
  intro: string;
}

export function consoleSections(slug: string, t: BeheerMessages): ConsoleSection[] {
  return [
    { href: resolve('/gemeenten/[slug]/beheer', { slug }), label: t.title, intro: t.intro },
    { href: resolve('/gemeenten/[slug]/beheer/mensen', { slug }), label: t.people, intro: t.peopleIntro },
    {
      href: resolve('/gemeenten/[slug]/beheer/organisaties', { slug }),
      label: t.organisations,
      intro: t.organisationsIntro,
    },
    { href: resolve('/gemeenten/[slug]/beheer/teams', { slug }), label: t.teams, intro: t.teamsIntro },
    {
      href: resolve('/gemeenten/[slug]/beheer/koppelingen', { slug }),
      label: t.clients,
      intro: t.clientsIntro,
    },
    {
      href: resolve('/gemeenten/[slug]/beheer/webhooks', { slug }),
      label: t.webhooks,
      intro: t.webhooksIntro,
    },
    {
      href: resolve('/gemeenten/[slug]/beheer/inloggen', { slug }),
      label: t.identity,
      intro: t.identityIntro,
    },
    { href: resolve('/gemeenten/[slug]/beheer/thema', { slug }), label: t.theme, intro: t.themeIntro },
    {
      href: resolve('/gemeenten/[slug]/beheer/beleidsdomeinen', { slug }),
      label: t.domains,
      intro: t.domainsIntro,
    },
    {
      href: resolve('/gemeenten/[slug]/beheer/postcodes', { slug }),
      label: t.postcodes,
      intro: t.postcodesIntro,
    },
    { href: resolve('/gemeenten/[slug]/beheer/auditlog', { slug }), label: t.audit, intro: t.auditIntro },
  ];
}
