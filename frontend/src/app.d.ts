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
    }
  }
}

export {};
