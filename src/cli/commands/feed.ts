import type { Command } from 'commander';

/** `promostrip feed` (stub until it lands). */
export function registerFeed(_program: Command): void {}
