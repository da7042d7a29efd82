import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

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
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
  },
});
