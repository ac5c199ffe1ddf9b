import { CUE_FAMILIES, CUE_NAMES } from './lang/types.js';
import { FEATURE_NAMES, STRUCTURE_FEATURES } from './features/index.js';

/** Human-readable reasons for the structural features; cue features use their family's reason. */
const STRUCTURE_REASONS: Readonly<Record<(typeof STRUCTURE_FEATURES)[number], string>> = {
  'kind:heading': 'stands alone like a heading',
  'kind:sentence': 'a sentence',
  'kind:list-item': 'list item',
  'kind:line': 'line that is not a sentence',
  'words:log': 'length',
  'words:le3': 'very short',
  'words:ge25': 'long sentence',
  'pos:first-tenth': 'at the top of the article',
  'pos:last-fifth': 'near the end of the article',
  'pos:last-block': 'in the last block',
  'pos:first-unit': 'first line',
  'end:question': 'question',
  'end:interrobang': 'ends in "?!"',
  'end:exclamation': 'exclamation',
  'end:ellipsis': 'ends in an ellipsis',
  'end:colon': 'ends in a colon',
  'end:none': 'no sentence ending',
  'has:inner-question': 'contains a question',
  'has:url': 'contains a URL',
  'has:email': 'contains an e-mail address',
  'has:phone': 'contains a phone number',
  'has:ticker': 'ticker symbol',
  'has:markdown': 'link or emphasis markup',
  'has:date': 'date or time line',
  'is:bracketed': 'in parentheses',
  'ratio:digits': 'mostly digits',
  'ratio:upper': 'many capitals',
  'ratio:titlecase': 'title case',
  repeated: 'repeats other text of the article',
  clickbait: 'reads like clickbait',
  'ctx:prev-colon': 'follows a lead-in ending in a colon',
  'ctx:prev-heading': 'follows a heading',
  'ctx:next-long-sentence': 'introduces article text',
  'ctx:after-related-header': 'after a related-content header',
  'ctx:headline-run': 'in a run of headline-like lines',
  'ctx:block-size-log': 'size of its block',
  'ctx:single-unit-block': 'a block of its own',
};

/** The reason shown for each feature column, in {@link FEATURE_NAMES} order. */
export const FEATURE_REASONS: readonly string[] = FEATURE_NAMES.map((name, j) =>
  j < CUE_NAMES.length ? CUE_FAMILIES[CUE_NAMES[j]!].reason : STRUCTURE_REASONS[name as (typeof STRUCTURE_FEATURES)[number]],
);
