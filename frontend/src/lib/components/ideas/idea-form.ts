/**
 * The idea form's values, and how they become the API's bodies. The text is typed as plain text
 * and sent as the little HTML the API accepts (`$lib/text/idea-text`). Blank fields are left out
 * when submitting, so the API names what is required; when changing, every field is sent, so
 * clearing one clears it. The form has no rules of its own: a coordinate that is no number goes as
 * typed, and the API says what is wrong with it, at its field.
 */
import type { FieldSpec, ProposalCreate, Location, ProposalRead, ProposalUpdate } from '$lib/api';
import { withoutBlanks } from '$lib/api';
import type { Messages } from '$lib/i18n/index.svelte';
import { htmlToText, textToHtml } from '$lib/text/idea-text';

export interface IdeaFormValues {
  title: string;
  /** Plain text: blank lines between paragraphs, "- " for list items. */
  body: string;
  actionLineId: string;
  latitude: string;
  longitude: string;
  /** An address chosen from the address search (its id at the geocoder); empty when none is newly chosen. */
  placeId: string;
  /** The address as shown: newly chosen, or the idea's own (then `placeId` is empty and it stays). */
  placeLabel: string;
  /** Empty for "myself". */
  organisationId: string;
}

export function emptyIdeaValues(): IdeaFormValues {
  return {
    title: '',
    body: '',
    actionLineId: '',
    latitude: '',
    longitude: '',
    placeId: '',
    placeLabel: '',
    organisationId: '',
  };
}

export function ideaValuesOf(proposal: ProposalRead, parser?: DOMParser): IdeaFormValues {
  return {
    title: proposal.title,
    body: htmlToText(proposal.body, parser),
    actionLineId: proposal.actionLine?.id ?? '',
    latitude: proposal.location ? String(proposal.location.latitude) : '',
    longitude: proposal.location ? String(proposal.location.longitude) : '',
    placeId: '',
    placeLabel: proposal.address ?? '',
    organisationId: proposal.organisation?.id ?? '',
  };
}

/** "52,1075" and "52.1075" are the same number; anything else goes as typed, for the API to judge. */
function coordinate(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const number = Number(trimmed.replace(',', '.'));
  return Number.isFinite(number) ? number : trimmed;
}

/**
 * The location, if either coordinate is filled in (a missing one is left out: the API names it);
 * null when both are blank.
 */
export function locationOf(values: Pick<IdeaFormValues, 'latitude' | 'longitude'>): Location | null {
  const latitude = coordinate(values.latitude);
  const longitude = coordinate(values.longitude);
  if (latitude === undefined && longitude === undefined) return null;
  return {
    ...(latitude !== undefined && { latitude }),
    ...(longitude !== undefined && { longitude }),
  } as Location;
}

export function createIdeaBody(values: IdeaFormValues): ProposalCreate {
  // A chosen address gives the place: the API looks up its point, wijk and buurt.
  const location = values.placeId ? null : locationOf(values);
  return {
    ...withoutBlanks({ title: values.title.trim(), body: textToHtml(values.body) }),
    ...(values.actionLineId && { actionLineId: values.actionLineId }),
    ...(values.organisationId && { organisationId: values.organisationId }),
    ...(location && { location }),
    ...(values.placeId && { placeId: values.placeId }),
  } as ProposalCreate;
}

export function updateIdeaBody(values: IdeaFormValues): ProposalUpdate {
  return {
    title: values.title.trim(),
    body: textToHtml(values.body),
    actionLineId: values.actionLineId || null,
    // A newly chosen address; the idea's own address as it stands (nothing sent); or the point.
    ...(values.placeId
      ? { placeId: values.placeId }
      : values.placeLabel
        ? {}
        : { location: locationOf(values) }),
  };
}

/** What a similar idea is looked up by: the title and the text so far. */
export function similarText(values: Pick<IdeaFormValues, 'title' | 'body'>): string {
  return `${values.title} ${values.body}`.replace(/\s+/g, ' ').trim();
}

/** The form's fields, in order: labels, ids and the contract's limits, for the messages. */
export function ideaFields(t: Messages): Record<string, FieldSpec> {
  const f = t.ideaForm;
  return {
    title: {
      label: f.title,
      id: 'idee-titel',
      minLength: 3,
      maxLength: 200,
      description: f.titleDescription,
    },
    body: { label: f.body, id: 'idee-tekst', maxLength: 20000, description: f.bodyDescription },
    actionLineId: { label: f.actionLine, id: 'idee-actielijn', description: f.actionLineDescription },
    location: { label: f.location, id: 'idee-breedtegraad' },
    'location.latitude': { label: f.latitude, id: 'idee-breedtegraad', min: -90, max: 90 },
    'location.longitude': { label: f.longitude, id: 'idee-lengtegraad', min: -180, max: 180 },
    organisationId: { label: f.organisation, id: 'idee-namens', description: f.organisationDescription },
    placeId: { label: t.places.addressLabel, id: 'idee-adres' },
  };
}
