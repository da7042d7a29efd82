/**
 * The `Idempotency-Key` of a form, so a double click or a retry after a lost answer creates one
 * thing, not two. A form keeps one `SubmissionKey` (the `Submission` of `$lib/forms` does): sending
 * the same values again (a retry) sends the same key, so the API answers with what it did the
 * first time; other values are another request, with a new key (the API refuses a key reused for
 * other content). After it worked, the form calls `done()`: whatever it sends next is new.
 */
import { newIdempotencyKey } from './client';

export class SubmissionKey {
  #key: string | null = null;
  #sent = '';

  /** The key for sending `body`: the same as last time while the body is the same. */
  for(body: unknown): string {
    const sent = JSON.stringify(body ?? null);
    if (this.#key === null || sent !== this.#sent) {
      this.#key = newIdempotencyKey();
      this.#sent = sent;
    }
    return this.#key;
  }

  /** The submission worked: the next one is a new request. */
  done(): void {
    this.#key = null;
    this.#sent = '';
  }
}
