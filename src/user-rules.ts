import type { Decision } from './decide.js';
import type { Unit, UserRule } from './types.js';

/** A rule's pattern as a test on a unit's trimmed text; a RegExp is copied without `g`/`y`, so the caller's keeps its state. */
const tester = (rule: UserRule): ((text: string) => boolean) => {
  if (typeof rule.pattern === 'string') {
    const phrase = rule.pattern.toLowerCase();
    return (text) => text.toLowerCase().includes(phrase);
  }
  const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, ''));
  return (text) => re.test(text);
};

/** Applies user rules: the first matching rule decides the unit's label, with full confidence. */
export function applyUserRules(units: readonly Unit[], decisions: Decision[], rules: readonly UserRule[]): void {
  if (rules.length === 0) return;
  const tests = rules.map(tester);
  units.forEach((u, i) => {
    const text = u.text.trim();
    const rule = rules.find((_, k) => tests[k]!(text));
    if (!rule) return;
    const reason = `rule: ${rule.name ?? String(rule.pattern)}`;
    decisions[i] =
      rule.label === 'editorial'
        ? { score: 0, label: decisions[i]!.label, reasons: [reason] }
        : { score: 1, label: rule.label, reasons: [reason] };
  });
}
