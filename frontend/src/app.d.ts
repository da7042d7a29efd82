// See https://svelte.dev/docs/kit/types#app.d.ts
import type { MunicipalityRead } from '$lib/api';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** The API's problem code, translated by the error page. */
      code?: string;
      /** The API's request id, to quote when reporting a problem. */
      requestId?: string;
    }
    interface PageData {
      /** Set by routes inside a municipality; the shell shows its name and applies its theme. */
      municipality?: MunicipalityRead;
    }
    interface PageState {
      /** Where the verification mail went, for the "check your mail" page after registering. */
      email?: string;
      /** The title of the opgave just created, for the opgave's page to confirm it. */
      created?: string;
      /** The opgave's changes were just saved, for its page to confirm it. */
      saved?: boolean;
      /** The title of the idea just submitted, for its page to thank the person. */
      submitted?: string;
      /** The idea's changes were just saved, for its page to confirm it. */
      ideaSaved?: boolean;
      /**
       * Only part of the page changed with the address (a search among an opgave's ideas): focus
       * stays where the person is, rather than moving to the page's heading.
       */
      keepFocus?: boolean;
      /** The name of the indicator just added, for its page to confirm it. */
      indicatorCreated?: string;
      /** The title of the reflection moment just planned, for its page to confirm it. */
      reflectionPlanned?: string;
      /** The title of the meeting just planned, for the meetings page to confirm it. */
      meetingPlanned?: string;
      /** The title of the task just planned, for its page to confirm it. */
      taskPlanned?: string;
      /** The task's changes were just saved, for its page to confirm it. */
      taskSaved?: boolean;
      /** The budget just opened, for the budget view to confirm it and offer it to pledge into. */
      budgetOpened?: { id: string; title: string };
      /** The title of the budget whose changes were just saved, for the budget view to confirm it. */
      budgetSaved?: string;
    }
  }
}

export {};
