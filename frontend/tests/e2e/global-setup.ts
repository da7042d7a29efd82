/**
 * Before any journey: is the site really served? A browser refuses a page or a module script sent
 * with the wrong type, and every journey would then fail with a timeout that says nothing. This
 * names the cause instead.
 */
import type { FullConfig } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { CHECKED_STATES } from './checked-states';

export default async function globalSetup(config: FullConfig): Promise<void> {
  // Every page state is checked anew in each run (see checkPage).
  rmSync(CHECKED_STATES, { recursive: true, force: true });
  mkdirSync(CHECKED_STATES, { recursive: true });
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error('e2e: no baseURL configured');
  const page = await fetch(new URL('/gemeenten/utrecht', baseURL));
  const html = await page.text();
  const type = page.headers.get('content-type') ?? '';
  if (page.status !== 200 || !type.startsWith('text/html')) {
    throw new Error(
      `e2e: the site is not served as a web page: GET /gemeenten/utrecht answered ${page.status} ${type}. ` +
        'The API must answer every non-API path with index.html (200, text/html) and its assets with their ' +
        'own content type; see api/lib/site.py.',
    );
  }
  const script = html.match(/import\("([^"]+\.js)"\)/)?.[1];
  if (!script)
    throw new Error('e2e: index.html does not start the app: is frontend/build a SvelteKit build?');
  const asset = await fetch(new URL(script, baseURL));
  const assetType = asset.headers.get('content-type') ?? '';
  if (asset.status !== 200 || !/javascript/.test(assetType)) {
    throw new Error(
      `e2e: ${script} answered ${asset.status} ${assetType}; browsers only run modules served as JavaScript.`,
    );
  }
}
