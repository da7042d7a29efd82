#!/usr/bin/env node
/**
 * The API client is generated from the contract, openapi/openapi.json, and committed: the types
 * of every schema, the enums as lists, and one function per operation, named after its
 * operationId (`ListOpgaven` → `listOpgaven`), by @hey-api/openapi-ts.
 *
 *   node scripts/api-client.mjs generate   write src/lib/api/generated/
 *   node scripts/api-client.mjs check      fail when the committed folder differs from a fresh one
 *
 * One script for both, so the check generates exactly as `generate` does. What the client does at
 * run time (base URL, credentials, the CSRF header, the Idempotency-Key, a 401 ending the session)
 * is set in one place, src/lib/api/client.ts, not here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@hey-api/openapi-ts';

const here = dirname(fileURLToPath(import.meta.url));
const frontend = resolve(here, '..');
const spec = resolve(frontend, '../openapi/openapi.json');
const target = resolve(frontend, 'src/lib/api/generated');
const prettier = resolve(frontend, 'node_modules/prettier/bin/prettier.cjs');

/**
 * The contract with JSON first wherever a response also comes in another format (the ideas as
 * GeoJSON, asked for with Accept): the client types a response by its first format, and the
 * committed contract's keys are sorted.
 */
function jsonFirst(document) {
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      for (const response of Object.values(operation?.responses ?? {})) {
        const content = response?.content;
        if (content?.['application/json'] && Object.keys(content).length > 1) {
          response.content = { 'application/json': content['application/json'], ...content };
        }
      }
    }
  }
  return document;
}

async function generate(output) {
  await createClient({
    input: jsonFirst(JSON.parse(readFileSync(spec, 'utf8'))),
    output: { path: output, clean: true, entryFile: false },
    logs: { level: 'silent', file: false },
    plugins: [
      // Enums as JavaScript objects too, so the site's lists of values come from the contract.
      { name: '@hey-api/typescript', enums: { mode: 'javascript', case: 'preserve' } },
      // No per-operation auth: the browser sends the session cookie, client.ts adds the CSRF header.
      { name: '@hey-api/sdk', auth: false },
      // A failed call throws (client.ts turns it into an ApiError with the Problem).
      { name: '@hey-api/client-fetch', throwOnError: true },
    ],
  });
  // Formatted as the rest of the site, with the same (pinned) prettier, so diffs stay readable.
  execFileSync(
    process.execPath,
    [prettier, '--log-level', 'warn', '--ignore-path', '', '--with-node-modules', '--write', output],
    {
      cwd: frontend,
      stdio: 'inherit',
    },
  );
}

/** Every file below `root`, as relative path → content. */
function snapshot(root) {
  const files = new Map();
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return files;
}

const mode = process.argv[2];
if (mode === 'generate') {
  await generate(target);
  console.log(`API client written to ${relative(frontend, target)}/ from ${relative(frontend, spec)}.`);
} else if (mode === 'check') {
  // Inside the project, so prettier finds the same configuration as for the committed files.
  const scratch = mkdtempSync(join(frontend, 'node_modules', '.api-check-'));
  try {
    await generate(scratch);
    const fresh = snapshot(scratch);
    let committed;
    try {
      committed = snapshot(target);
    } catch {
      committed = new Map();
    }
    const names = [...new Set([...fresh.keys(), ...committed.keys()])].sort();
    const differing = names.filter((name) => fresh.get(name) !== committed.get(name));
    if (differing.length > 0) {
      console.error(
        `${relative(frontend, target)}/ is out of date with ${relative(frontend, spec)} (${differing.join(', ')}).\n` +
          'Run `npm run generate:api` (or `make openapi`) and commit the result.',
      );
      process.exit(1);
    }
    console.log('The API client matches openapi/openapi.json.');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
} else {
  console.error('usage: api-client.mjs generate|check');
  process.exit(2);
}
