/**
 * One submission of a form, the same way everywhere: a form makes one `Submission` and hands its
 * work to `run` (or to `onsubmit`, which also stops the browser's own submission). It owns
 *
 * - **busy**: while the work runs, another press does nothing (`aria-busy` on the button reads it);
 * - **problems**: a failed call becomes messages at the fields the API named in `invalidParams`,
 *   in the form's order, for the `ErrorSummary` and each field (`errors`), or one sentence above
 *   the form when it is not about a field (a wrong password, a 429 with its wait, no network);
 * - **the Idempotency-Key**: `idempotency(body)` is the header for a POST, the same key while the
 *   values are the same (a double click or a retry creates one thing) and a new one after the
 *   work succeeded;
 * - **the 412**: a change of a shared object sends the ETag it loaded as `If-Match`; when someone
 *   changed it meanwhile, `stale` (given to `run`) loads the newest version and its ETag, what was
 *   typed stays, and `stale` is true so the form says so: one more press saves it on purpose.
 *
 *     const form = new Submission(() => ({ title: { label: t.title, id: 'titel' } }));
 *     <form onsubmit={form.onsubmit(async () => {
 *       const body = bodyOf(values);
 *       const { data } = await createTask({ path: { id }, body, headers: form.idempotency(body) });
 *       await goto(…);
 *     })}>
 *     <ErrorSummary messages={form.errors.messages} lead={form.errors.lead} />
 */
import {
  ApiError,
  etagOf,
  formErrors,
  IDEMPOTENCY_HEADER,
  problemOf,
  SubmissionKey,
  toProblem,
  type FieldSpec,
  type FormErrors,
  type Problem,
} from '$lib/api';
import { i18n } from '$lib/i18n/index.svelte';

export interface RunOptions {
  /**
   * A change guarded by an ETag came back 412: load the newest version (its ETag, and what the
   * page shows of it), keeping what was typed.
   */
  stale?: () => Promise<unknown>;
  /** Add what only the form knows to the API's problem (a number it could not read, say). */
  explain?: (problem: Problem) => Problem;
  /**
   * A problem the page says elsewhere (a task taken meanwhile, said where its claims are): answer
   * true, and the form does not show it.
   */
  elsewhere?: (problem: Problem) => boolean | Promise<boolean>;
}

/**
 * A shared object as a form changes it: the version it loaded and that version's ETag, which a
 * change sends as `If-Match`. `load()` takes the newest version (after a 412, or when someone
 * lets go of what they typed); `saved()` takes the one a change answered with.
 */
export class Versioned<T> {
  current: T = $state() as T;
  etag = $state('');
  readonly #load: () => Promise<{ data: T; response: Response }>;

  constructor(current: T, etag: string, load: () => Promise<{ data: T; response: Response }>) {
    this.current = current;
    this.etag = etag;
    this.#load = load;
  }

  /** The header of a change: only if it is still the version this form loaded. */
  get ifMatch(): { 'If-Match': string } {
    return { 'If-Match': this.etag };
  }

  /** The newest version and its ETag. */
  async load(): Promise<T> {
    return this.saved(await this.#load());
  }

  /** A change answered with the new version (and its ETag). */
  saved(answer: { data: T; response: Response }): T {
    this.current = answer.data;
    this.etag = etagOf(answer.response);
    return answer.data;
  }
}

export class Submission {
  /** The work is running. */
  busy = $state(false);
  /** What went wrong the last time, or null. */
  problem = $state<Problem | null>(null);
  /** The last run met a newer version (412): its ETag is loaded, what was typed is kept. */
  stale = $state(false);

  readonly #fields: () => Record<string, FieldSpec>;
  readonly #errorsOf: (problem: Problem | null) => FormErrors;
  readonly #key = new SubmissionKey();

  /** The problem as the form shows it: the summary's list and lead, and each field's message. */
  readonly errors: FormErrors = $derived(this.#show(this.problem));

  /**
   * `fields`: the form's fields in their order, with their ids, labels and limits (read when
   * shown). A form that says more about its fields than the API does (what was typed in a number)
   * gives `errors`: the whole way from a problem to what the form shows.
   */
  constructor(
    fields: () => Record<string, FieldSpec> = () => ({}),
    options: { errors?: (problem: Problem | null) => FormErrors } = {},
  ) {
    this.#fields = fields;
    this.#errorsOf = options.errors ?? ((problem) => formErrors(problem, i18n.t, fields()));
  }

  /**
   * One field as the form knows it: its input's id, its label, its description, and what the form
   * says about it. The field components (`TextField {form} name="title"`) read it, so a field's id,
   * label and description are said once, where the messages about it are made.
   */
  field(name: string): {
    id: string;
    label: string;
    description: string | undefined;
    error: string | undefined;
  } {
    const spec = this.#fields()[name];
    return {
      id: spec?.id ?? name,
      label: spec?.label ?? name,
      description: spec?.description,
      error: this.errors.byField[name],
    };
  }

  #show(problem: Problem | null): FormErrors {
    return this.#errorsOf(problem);
  }

  /** Something to say: the document title starts with "Fout:" then. */
  get hasErrors(): boolean {
    return Boolean(this.errors.lead) || this.errors.messages.length > 0;
  }

  /** The page's title: with "Fout:" before it while the form says something is wrong. */
  titled(title: string): string {
    return this.hasErrors ? `${i18n.t.forms.errorPrefix} ${title}` : title;
  }

  /** The `Idempotency-Key` header for POSTing `body`. */
  idempotency(body: unknown): Record<typeof IDEMPOTENCY_HEADER, string> {
    return { [IDEMPOTENCY_HEADER]: this.#key.for(body) };
  }

  /**
   * Run the work once: nothing while it runs already. Answers whether it succeeded; a failure of
   * the API is kept in `problem` (anything else is a bug and goes on up).
   */
  async run(work: () => Promise<void>, options: RunOptions = {}): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.problem = null;
    this.stale = false;
    try {
      await work();
      this.#key.done();
      return true;
    } catch (cause) {
      const found = problemOf(cause);
      if (found.status === 412 && options.stale) {
        try {
          await options.stale();
          this.stale = true;
        } catch (reloading) {
          this.problem = problemOf(reloading);
        }
      } else if (!(await options.elsewhere?.(found))) {
        this.problem = options.explain ? options.explain(found) : found;
      }
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** A form's `onsubmit`: the browser does not send it itself; `run` does the work. */
  onsubmit(work: () => Promise<void>, options: RunOptions = {}): (event: SubmitEvent) => void {
    return (event) => {
      event.preventDefault();
      void this.run(work, options);
    };
  }

  /**
   * Stop the work with messages at fields the form checks itself (a choice the API cannot see
   * was not made), as the API would say them: `throw form.invalid('action')`.
   */
  invalid(...names: string[]): ApiError {
    return new ApiError(
      toProblem({
        status: 400,
        code: 'invalid_input',
        invalidParams: names.map((name) => ({ name, code: 'required', reason: '' })),
      }),
    );
  }

  /** Forget what went wrong (a form closed, a new start). */
  clear(): void {
    this.problem = null;
    this.stale = false;
  }
}
