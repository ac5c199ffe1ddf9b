import type { Command } from 'commander';

/** `promostrip batch` (stub until it lands). */
export function registerBatch(_program: Command): void {}
