import type { Decision } from './decide.js';
import type { Unit, UserRule } from './types.js';

const matches = (rule: UserRule, text: string): boolean => {
  if (typeof rule.pattern === 'string') return text.toLowerCase().includes(rule.pattern.toLowerCase());
  rule.pattern.lastIndex = 0;
  return rule.pattern.test(text);
};

/** Applies user rules: the first matching rule decides the unit's label, with full confidence. */
export function applyUserRules(units: readonly Unit[], decisions: Decision[], rules: readonly UserRule[]): void {
  if (rules.length === 0) return;
  units.forEach((u, i) => {
    const rule = rules.find((r) => matches(r, u.text));
    if (!rule) return;
    const reason = `rule: ${rule.name ?? String(rule.pattern)}`;
    decisions[i] =
      rule.label === 'editorial'
        ? { score: 0, label: decisions[i]!.label, reasons: [reason] }
        : { score: 1, label: rule.label, reasons: [reason] };
  });
}
