/** The addresses of an opgave's meetings: the list (with each meeting on it) and planning one. */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

export function meetingsPath(slug: string, id: string): ResolvedPathname {
  return resolve('/gemeenten/[slug]/opgaven/[id=uuid]/bijeenkomsten', { slug, id });
}

export function newMeetingPath(slug: string, id: string): ResolvedPathname {
  return resolve('/gemeenten/[slug]/opgaven/[id=uuid]/bijeenkomsten/nieuw', { slug, id });
}

/** The anchor of one meeting on its opgave's list. */
export function meetingAnchor(meetingId: string): string {
  return `bijeenkomst-${meetingId}`;
}
