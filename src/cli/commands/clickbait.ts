import type { Command } from 'commander';

/** `promostrip clickbait` (stub until it lands). */
export function registerClickbait(_program: Command): void {}
