/**
 * What every field component (`TextField`, `TextArea`, `SelectField`, `Checkbox`, `RadioGroup`,
 * `CheckboxGroup`) knows about itself the same way: its id, label, description and message, given or taken
 * from its form's `Submission` by name, and the ids of its description and message that the
 * control is described by. `FieldMessages` shows the two.
 */
import type { Submission } from './submission.svelte';

export interface FieldProps {
  /**
   * Without it: the id the form's fields give it (`form`), else the name. A group's is its first
   * option's, which the error summary links to.
   */
  id?: string;
  name: string;
  /** Without it: the label (a group's legend) the form's fields give it (`form`). */
  label?: string;
  /** The form it belongs to: its id, label and message come from there unless given. */
  form?: Submission;
  /** Without it: the description the form's fields give it (`form`), if any. */
  description?: string;
  /** The message from the API (or the form) about this field; marks it invalid. */
  error?: string;
}

const OWN = ['id', 'name', 'label', 'form', 'description', 'error'] as const;

/** A field component's props without the field's own: the attributes for its control. */
export function controlAttributes<T extends FieldProps>(props: T): Omit<T, keyof FieldProps> {
  const rest: Partial<T> = { ...props };
  for (const key of OWN) delete rest[key];
  return rest as Omit<T, keyof FieldProps>;
}

export class Field {
  readonly #props: () => FieldProps;
  readonly #known = $derived.by(() => {
    const { form, name } = this.#props();
    return form?.field(name);
  });

  /** `props`: the component's props as they are now (read each time). */
  constructor(props: () => FieldProps) {
    this.#props = props;
  }

  readonly id = $derived.by(() => this.#props().id ?? this.#known?.id ?? this.#props().name);
  readonly name = $derived.by(() => this.#props().name);
  readonly label = $derived.by(() => this.#props().label ?? this.#known?.label ?? this.#props().name);
  readonly error = $derived.by(() => this.#props().error ?? this.#known?.error);
  readonly description = $derived.by(() => this.#props().description ?? this.#known?.description);
  readonly descriptionId = $derived(`${this.id}-description`);
  readonly errorId = $derived(`${this.id}-error`);
  /** What the control is described by: its description and its message, where there are. */
  readonly describedBy = $derived(
    [this.description ? this.descriptionId : '', this.error ? this.errorId : ''].filter(Boolean).join(' ') ||
      undefined,
  );
}
