/**
 * What a console page last said: one sentence after something worked, shown anew each time (so
 * the alert takes focus again), and the presses without a form of their own (revoke, remove) as
 * one `Submission`, whose problem the page shows beside it.
 */
import { tick } from 'svelte';
import { Submission } from '$lib/forms/submission.svelte';

export class Said {
  done = $state('');
  readonly press = new Submission();

  async say(text: string): Promise<void> {
    this.done = '';
    this.press.clear();
    await tick();
    this.done = text;
  }

  /** One press: its work, then what to say. A failure is in `press.problem`. */
  run(work: () => Promise<string>): Promise<boolean> {
    this.done = '';
    return this.press.run(async () => {
      const text = await work();
      await this.say(text);
    });
  }
}
