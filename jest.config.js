/**
 * Two suites (STYLE.md 24), run together by `npm test` and apart by `jest --selectProjects NAME`:
 * - unit: no network, no apt, never dist/ (`npm run test:unit`).
 * - integration: a real docker-registry on loopback and peer tools, the built dist/ (`npm run test:integration`).
 * Jest runs a project's globalSetup only when at least one of that project's tests is selected, so the
 * tool installs of scripts/jest-global-setup.mjs never happen for the unit suite. Every integration
 * file starts and stops its own registry, so files may run in parallel.
 */
const typescript = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  }
}

export default {
  projects: [
    { ...typescript, displayName: 'unit', roots: ['<rootDir>/__tests__/unit'] },
    {
      ...typescript,
      displayName: 'integration',
      roots: ['<rootDir>/__tests__/integration'],
      globalSetup: '<rootDir>/scripts/jest-global-setup.mjs'
    }
  ],
  testTimeout: 120000,
  maxWorkers: 2
}
