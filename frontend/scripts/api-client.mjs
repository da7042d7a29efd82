#!/usr/bin/env node
/**
 * The typed API client is generated from the contract, openapi/openapi.json, and committed.
 *
 *   node scripts/api-client.mjs generate   write src/lib/api/schema.d.ts
 *   node scripts/api-client.mjs check      fail when the committed file differs from a fresh one
 *
 * One script for both, so the check generates exactly as `generate` does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const frontend = resolve(here, '..');
const spec = resolve(frontend, '../openapi/openapi.json');
const target = resolve(frontend, 'src/lib/api/schema.d.ts');
const cli = resolve(frontend, 'node_modules/openapi-typescript/bin/cli.js');

function generate(output) {
  execFileSync(process.execPath, [cli, spec, '--output', output], { cwd: frontend, stdio: 'pipe' });
}

const mode = process.argv[2];
if (mode === 'generate') {
  generate(target);
  console.log(`API client types written to ${relative(frontend, target)} from ${relative(frontend, spec)}.`);
} else if (mode === 'check') {
  const scratch = mkdtempSync(join(tmpdir(), 'samenspel-api-'));
  try {
    const fresh = join(scratch, 'schema.d.ts');
    generate(fresh);
    if (readFileSync(fresh, 'utf8') !== readFileSync(target, 'utf8')) {
      console.error(
        `${relative(frontend, target)} is out of date with ${relative(frontend, spec)}.\n` +
          'Run `npm run generate:api` (or `make openapi`) and commit the result.',
      );
      process.exit(1);
    }
    console.log('API client types match openapi/openapi.json.');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
} else {
  console.error('usage: api-client.mjs generate|check');
  process.exit(2);
}
