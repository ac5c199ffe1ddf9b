import { DEFAULT_MODEL } from './model/default-model.js';
import { assertModelFits } from './classify.js';
import {
  BOILERPLATE_LABELS,
  DEFAULT_THRESHOLD,
  LABELS,
  type BoilerplateLabel,
  type DetectedLanguage,
  type Model,
  type StripOptions,
  type UserRule,
} from './types.js';

/** {@link StripOptions} checked and with defaults filled in. */
export interface ResolvedOptions {
  language: DetectedLanguage | undefined;
  remove: ReadonlySet<BoilerplateLabel>;
  threshold: number;
  rules: readonly UserRule[];
  model: Model;
}

const LANGUAGES: readonly DetectedLanguage[] = ['de', 'en', 'und'];

/** Validates options, throwing a TypeError or RangeError that says what was expected and found. */
export function resolveOptions(options: StripOptions | undefined): ResolvedOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') throw new TypeError(`promostrip: \`options\` must be an object, got ${typeof options}`);
  const { language, remove = BOILERPLATE_LABELS, threshold = DEFAULT_THRESHOLD, rules = [], model = DEFAULT_MODEL } = options;
  if (language !== undefined && !LANGUAGES.includes(language)) {
    throw new RangeError(`promostrip: \`options.language\` must be one of ${LANGUAGES.join(', ')}, got ${String(language)}`);
  }
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1)) {
    throw new RangeError(`promostrip: \`options.threshold\` must be a number in (0, 1), got ${String(threshold)}`);
  }
  if (!Array.isArray(remove) || remove.some((l) => !BOILERPLATE_LABELS.includes(l))) {
    throw new TypeError(`promostrip: \`options.remove\` must be an array of ${BOILERPLATE_LABELS.join(', ')}`);
  }
  if (!Array.isArray(rules)) throw new TypeError('promostrip: `options.rules` must be an array');
  for (const r of rules) {
    const ok = r && ((typeof r.pattern === 'string' && r.pattern.trim() !== '') || r.pattern instanceof RegExp) && LABELS.includes(r.label);
    if (!ok) throw new TypeError(`promostrip: each rule needs a non-empty string or a RegExp \`pattern\` and a \`label\` (${LABELS.join(', ')})`);
  }
  if (model !== DEFAULT_MODEL) assertModelFits(model);
  return { language, remove: new Set(remove), threshold, rules, model };
}
