import type { Command } from 'commander';

/** `promostrip eval` (stub until it lands). */
export function registerEval(_program: Command): void {}
