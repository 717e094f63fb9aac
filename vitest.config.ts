import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'scripts/**/*.test.ts',
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'server/**/*.test.ts',
      'mocks/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
