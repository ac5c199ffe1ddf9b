import { defineConfig } from 'tsup';

// franc and its helpers are ESM-only: bundle them so the CommonJS entry works for require().
const bundled = [/^franc/, /^trigram-utils/, /^n-gram/, /^collapse-white-space/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: bundled,
    treeshake: true,
    sourcemap: false,
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    noExternal: bundled,
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The worker must be its own file: the pool loads it by URL (see src/node/strip-pool.ts).
    entry: { 'node/index': 'src/node/index.ts', 'node/worker': 'src/node/worker.ts' },
    format: ['esm'],
    dts: { entry: { 'node/index': 'src/node/index.ts' }, compilerOptions: { types: ['node'] } },
    target: 'node20',
    platform: 'node',
    noExternal: bundled,
  },
]);
