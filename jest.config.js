/** Unit tests (no network) and integration tests (a real docker-registry on loopback) share one config;
 * every integration test file starts and stops its own registry, so files may run in parallel. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  testTimeout: 120000,
  maxWorkers: 2
}
