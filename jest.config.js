// Jest compiles TypeScript with swc (decorator metadata included) and also compiles the ESM-only
// packages (jose), which Jest's CommonJS module registry cannot load natively on Node 20.
const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      parser: syntax === 'typescript' ? { syntax, decorators: true } : { syntax },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const os = require('node:os');

module.exports = {
  testEnvironment: 'node',
  // The tests mostly wait on PostgreSQL and HTTP, not the CPU: Jest's default (cores - 1, so one
  // worker on a 2-core machine) runs them one file at a time. Each file has its own database.
  maxWorkers: Math.max(2, os.cpus().length),
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': swc('typescript'),
    '^.+\\.m?js$': swc('ecmascript'),
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
};
