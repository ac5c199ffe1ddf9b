import type { CueName } from '../lang/types.js';
import { hasStrongCue } from '../features/index.js';
import { CLEARLY_KEPT } from './clearly-kept.js';
import type { SmoothingPass } from './index.js';
import { lineEnd, lineStart } from './line-runs.js';
import { capAt, onlyTeaserCues, strongCuesOnlyFrom } from './revise.js';

/** The strong cues a bulleted item of the article's own list may carry: a product's terms, a disclosure, a quote's figure. */
const ITEM_TERMS_CUES: readonly CueName[] = ['product', 'disclosure', 'widget'];
/**
 * The strong cues an unmarked item ending in a semicolon, or an item under the article's own
 * summary heading, may carry besides: advice lists are imperatives ("Download your statements;",
 * „- Hol Dir Deine aktuelle Police heraus.“ under „So gehst Du beim Wechsel vor“).
 */
const SEMICOLON_ITEM_CUES: readonly CueName[] = [...ITEM_TERMS_CUES, 'cta'];
/** A guarded list item's score is capped here. */
const GUARDED_SCORE = 0.2;
/** A lead-in the model removed for a teaser phrase stays when at least this many list items follow it. */
const MIN_ITEMS = 2;
/** A point of a summary without bullets has at least this many words: a menu's items ("Info", "Economy") have fewer. */
const MIN_POINT_WORDS = 4;
/** A point set as a paragraph opens with a label of at most this many words ("What it tracks."). */
const MAX_POINT_LABEL_WORDS = 6;
/** A bare line under a lead-in that heads bare lines ("Positives:") is an item when it is this short. */
const MAX_BARE_ITEM_WORDS = 12;

/**
 * An editorial bullet list after an editorial lead-in stays: the list items that follow a kept
 * unit ending in a colon ("Die wichtigsten Punkte im Überblick:"), with the further sentences on
 * their lines ("• Your credit score. Borrowers with scores of 740 …"), are the article's own,
 * unless a unit carries a strong boilerplate cue of its own; a bulleted item that only names a
 * product's terms or a disclosure is still the article's ("• Verwahrung: weiterhin ohne
 * Depotgebühr" in a list of a broker's new fees, "- der Hinweis auf einen Interessenkonflikt
 * fehlt" in a list of a regulator's warning signs, „- Dividendenrendite: 3,4 %“ in the company's
 * figures). The article's own summary heading heads bulleted items without a colon too („Die
 * Kennzahlen im Überblick“). A lead-in that ends a kept
 * paragraph and carries only a teaser phrase ("… Before you buy, consider the following:") is
 * the article's own too when list items or clearly kept points follow it ("… it's worth
 * checking:" over "What it tracks. A fund tracking …"). The article's own summary lead-in
 * ("Positives:", "Risiken:") heads bare lines without bullets too ("Falling churn and net debt"),
 * and so does a lead-in the model clearly kept at the end of its line ("Key facts about the deal:"
 * over "Client: …", "Timeline: …"; "… Among the campaigns cited by the committee:"); a bare line
 * with a strong cue of its own ("Read more") ends such a list. Lines without bullets that end in a
 * semicolon, and the line right below them, are items too: a list punctuated like a sentence is
 * edited prose ("… should look at how they bank:" over "Download your statements …;", "Ask
 * whether …;", "Use the app …"), and its imperatives are advice, not calls to action.
 */
export const leadInLists: SmoothingPass = ({ units, features, decisions, threshold }) => {
  const headsBareLines = (i: number): boolean =>
    !hasStrongCue(features[i]) &&
    (features[i]!.cues.includes('summary-heading') || (units[i + 1]?.line !== units[i]!.line && decisions[i]!.score < threshold * CLEARLY_KEPT));
  const bareItem = (j: number): boolean => {
    const { kind, line } = units[j]!;
    const shape = features[j]!.shape;
    return (kind === 'heading' || kind === 'line') && units[j + 1]?.line !== line && shape.words <= MAX_BARE_ITEM_WORDS && shape.end !== ':';
  };
  const ownLine = (j: number): boolean => units[j - 1]?.line !== units[j]!.line && units[j + 1]?.line !== units[j]!.line;
  const endsInSemicolon = (j: number): boolean => ownLine(j) && features[j]!.shape.trimmed.endsWith(';');
  const semicolonItem = (j: number): boolean => endsInSemicolon(j) || (ownLine(j) && j > 0 && endsInSemicolon(j - 1));
  const isItem = (j: number, bare: boolean): boolean => units[j]!.kind === 'list-item' || semicolonItem(j) || (bare && bareItem(j));
  /**
   * A table's column header right under its lead-in may read like a picture credit ("Beneficiary /
   * Amount" like "Example / Roe"), but no credit stands under a sentence that introduces what follows.
   */
  const columnHeader = (j: number): boolean =>
    j > 0 && features[j - 1]!.shape.end === ':' && units[j]!.kind !== 'list-item' && strongCuesOnlyFrom(features[j]!, ['picture-credit']);
  /** Whether an item has no strong cue but those an item of its kind may carry (a step's imperative too under a summary heading). */
  const plainItem = (j: number, advice: boolean): boolean => {
    if (!hasStrongCue(features[j]) || columnHeader(j)) return true;
    // A step is one sentence on its line: a planted promo asks, pitches and links ("• Are you on track …? A free tool … Click here …").
    if (semicolonItem(j) || (advice && units[j]!.kind === 'list-item' && ownLine(j))) return strongCuesOnlyFrom(features[j]!, SEMICOLON_ITEM_CUES);
    return units[j]!.kind === 'list-item' && strongCuesOnlyFrom(features[j]!, ITEM_TERMS_CUES);
  };
  /** Whether every unit on the line of unit `j` is a plain item. */
  const lineIsPlain = (j: number, advice: boolean): boolean => {
    const [start, end] = [lineStart(units, j), lineEnd(units, j)];
    for (let k = start; k < end; k++) if (!plainItem(k, advice)) return false;
    return true;
  };
  const itemsBelow = (i: number, bare: boolean, advice: boolean): number => {
    let items = 0;
    for (let j = i + 1; j < units.length && isItem(j, bare) && (semicolonItem(j) || advice ? plainItem(j, advice) : !hasStrongCue(features[j])); j++) items++;
    return items;
  };
  /** Whether points set as paragraphs follow `i`: a short label opening the next line ("What it tracks. A fund …"), then its text, all clearly kept without a strong cue. */
  const clearlyKeptBelow = (i: number): boolean => {
    if (units[i + 1]?.line === units[i]!.line || (features[i + 1]?.shape.words ?? Infinity) > MAX_POINT_LABEL_WORDS) return false;
    for (let j = i + 1; j <= i + MIN_ITEMS; j++) {
      if (j >= units.length || hasStrongCue(features[j]) || decisions[j]!.score >= threshold * CLEARLY_KEPT) return false;
    }
    return true;
  };
  const teaserLeadIn = (i: number, items: number): boolean =>
    onlyTeaserCues(features[i]!) &&
    units[i - 1]?.line === units[i]!.line &&
    decisions[i - 1]!.score < threshold &&
    (items >= MIN_ITEMS || clearlyKeptBelow(i));
  /** The article's own summary heading alone on its line, right above a bulleted item („Die Kennzahlen im Überblick“ over „- Dividendenrendite: 3,4 %“). */
  const summaryOverItems = (i: number): boolean =>
    features[i]!.cues.includes('summary-heading') && units[i]!.kind !== 'sentence' && units[i + 1]?.kind === 'list-item' && units[i + 1]!.line !== units[i]!.line;
  /** The article's own summary heading alone on its line, over clearly kept lines of its own: its points without bullets ("Summary" over headline-like lines). */
  const summaryOverKeptLines = (i: number): boolean => {
    const { kind } = units[i]!;
    if (!features[i]!.cues.includes('summary-heading') || hasStrongCue(features[i]) || kind === 'sentence' || kind === 'list-item' || !ownLine(i)) return false;
    for (let d = 1; d <= MIN_ITEMS; d++) {
      const j = i + d;
      if (j >= units.length || !ownLine(j) || features[j]!.shape.words < MIN_POINT_WORDS || decisions[j]!.score >= threshold * CLEARLY_KEPT) return false;
    }
    return true;
  };
  for (let i = 0; i < units.length; i++) {
    if (decisions[i]!.score >= threshold && summaryOverKeptLines(i)) capAt(decisions, i, GUARDED_SCORE, "the article's own summary heading");
    if (features[i]!.shape.end !== ':' && !summaryOverItems(i)) continue;
    // Without its colon, a summary heading heads bulleted items only: a box's bare title may follow them („WZ am Morgen“).
    const bare = features[i]!.shape.end === ':' && headsBareLines(i);
    // A bulleted summary heading („• Hauptversammlungssaison 2027: Die wichtigsten Termine“) is a link of a list, not its title.
    const advice = summaryOverItems(i) && units[i]!.kind !== 'list-item';
    if (decisions[i]!.score >= threshold || hasStrongCue(features[i])) {
      const items = itemsBelow(i, bare, advice);
      if ((bare || (advice && !hasStrongCue(features[i]))) && items >= MIN_ITEMS) capAt(decisions, i, GUARDED_SCORE, "lead-in of the article's own summary list");
      else if (teaserLeadIn(i, items)) capAt(decisions, i, GUARDED_SCORE, 'lead-in of a list at the end of its paragraph');
      else continue;
    }
    let itemLine = -1;
    // Whether the line of the item being walked is plain, judged once per line.
    let judgedLine = -1;
    let plainLine = false;
    for (let j = i + 1; j < units.length; j++) {
      if (isItem(j, bare)) {
        // A bare line with a strong cue of its own starts something else ("Read more").
        if (units[j]!.kind !== 'list-item' && !plainItem(j, advice)) break;
        itemLine = units[j]!.line;
      } else if (units[j]!.line !== itemLine) break;
      // An item whose line carries a strong cue of another kind is a planted promo ("• Are you on track to retire? A free matching tool …").
      if (units[j]!.line !== judgedLine) {
        judgedLine = units[j]!.line;
        plainLine = lineIsPlain(j, advice);
      }
      if (plainItem(j, advice) && plainLine) {
        capAt(decisions, j, GUARDED_SCORE, 'item of a list the article introduces');
      }
    }
  }
};
