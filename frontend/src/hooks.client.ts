import type { HandleClientError } from '@sveltejs/kit';

/** An unexpected error in the browser: logged for developers, a calm message for people. */
export const handleError: HandleClientError = ({ error, status }) => {
  console.error(error);
  return {
    message: status === 404 ? 'Not found' : 'Internal error',
    code: status === 404 ? 'not_found' : 'internal_error',
  };
};
