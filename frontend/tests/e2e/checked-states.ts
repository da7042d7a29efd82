/**
 * The page states `checkPage` checked in this run, a folder each, shared by every worker, so of two
 * journeys that reach the same state only the first checks it. The global setup empties it first.
 */
import { fileURLToPath } from 'node:url';

export const CHECKED_STATES = fileURLToPath(new URL('../../test-results/checked-states', import.meta.url));
