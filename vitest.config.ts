import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    environment: 'node',
    environmentOptions: { jsdom: { url: 'http://localhost/' } },
    testTimeout: 20_000,
    setupFiles: ['src/test-setup.ts'],
  },
});
