/**
 * The opgave form's values, and how they become the API's bodies: for creating (blank fields left
 * out, so the API names what is required) and for changing (every field sent, so clearing one
 * clears it).
 */
import type { FieldSpec, OpgaveCreate, OpgaveRead, OpgaveUpdate } from '$lib/api';
import { withoutBlanks } from '$lib/api';
import type { Messages } from '$lib/i18n/index.svelte';

export interface OpgaveFormValues {
  title: string;
  summary: string;
  /** Only when creating: later versions go through proposing and adopting. */
  formulation: string;
  targetGroup: string;
  /** Neighbourhoods, separated by commas. */
  area: string;
  domains: string[];
  startDate: string;
  endDate: string;
  published: boolean;
}

export function emptyValues(): OpgaveFormValues {
  return {
    title: '',
    summary: '',
    formulation: '',
    targetGroup: '',
    area: '',
    domains: [],
    startDate: '',
    endDate: '',
    published: false,
  };
}

export function valuesOf(opgave: OpgaveRead): OpgaveFormValues {
  return {
    title: opgave.title,
    summary: opgave.summary,
    formulation: opgave.formulation,
    targetGroup: opgave.targetGroup,
    area: opgave.area.join(', '),
    domains: opgave.domains.map((domain) => domain.slug),
    startDate: opgave.startDate ?? '',
    endDate: opgave.endDate ?? '',
    published: opgave.published,
  };
}

/** "Overvecht, Zuilen ," → ["Overvecht", "Zuilen"]. */
export function areaList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function createBody(values: OpgaveFormValues, municipality: string): OpgaveCreate {
  return {
    ...withoutBlanks({
      title: values.title.trim(),
      summary: values.summary.trim(),
      formulation: values.formulation.trim(),
      targetGroup: values.targetGroup.trim(),
      startDate: values.startDate,
      endDate: values.endDate,
    }),
    municipality,
    area: areaList(values.area),
    domains: values.domains,
    published: values.published,
  };
}

export function updateBody(values: OpgaveFormValues): OpgaveUpdate {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    targetGroup: values.targetGroup.trim(),
    area: areaList(values.area),
    domains: values.domains,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    published: values.published,
  };
}

/** The form's fields, in order: labels, ids and the contract's limits, for the messages. */
export function opgaveFields(t: Messages): Record<string, FieldSpec> {
  const f = t.opgaveForm;
  return {
    title: {
      label: f.title,
      id: 'opgave-titel',
      minLength: 3,
      maxLength: 200,
      description: f.titleDescription,
    },
    summary: {
      label: f.summary,
      id: 'opgave-samenvatting',
      maxLength: 4000,
      description: f.summaryDescription,
    },
    formulation: {
      label: f.formulation,
      id: 'opgave-formulering',
      maxLength: 20000,
      description: f.formulationDescription,
    },
    targetGroup: { label: f.targetGroup, id: 'opgave-doelgroep', maxLength: 4000 },
    area: { label: f.area, id: 'opgave-gebied', maxLength: 120, description: f.areaDescription },
    domains: { label: f.domains, id: 'opgave-domeinen', description: f.domainsDescription },
    startDate: { label: f.startDate, id: 'opgave-begindatum' },
    endDate: { label: f.endDate, id: 'opgave-einddatum' },
    published: { label: f.publish, id: 'opgave-publiceren', description: f.publishDescription },
  };
}
