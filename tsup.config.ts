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
    external: ['../index.js'],
  },
]);
