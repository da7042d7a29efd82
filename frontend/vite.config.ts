import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { readdirSync, readFileSync } from 'node:fs';

// The unit tests that replace a module for their file (`vi.mock`), found by reading them.
const mocking = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((file) => `src/${file}`)
  .filter((file) => file.endsWith('.test.ts') && /\bvi\.(do)?mock\(/.test(readFileSync(file, 'utf8')));

// During `npm run dev` the API runs separately (make run, or python -m api run on port 8000).
const apiTarget = process.env.SAMENSPEL_API ?? 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [sveltekit(), svelteTesting()],
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    // scripts/size-report.mjs reports what matters (initial JavaScript per route, gzipped).
    reportCompressedSize: false,
    // The build is slow on two cores because of SvelteKit's own plugin; rolldown's timing advice
    // about that is noise in every run.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  test: {
    // Two sets of unit tests. A file that replaces a module (`vi.mock`) gets a fresh module graph
    // and page of its own, as every file once did. The others share one jsdom page and module graph
    // per worker: setting up jsdom for each of forty files was most of the suite's CPU. A file that
    // leaves something behind for the next (a global, a store) must clean up or mock.
    projects: [
      { extends: true, test: { name: 'isolated', include: mocking, isolate: true } },
      {
        extends: true,
        test: { name: 'shared', include: ['src/**/*.test.ts'], exclude: mocking, isolate: false },
      },
    ],
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
  },
});
