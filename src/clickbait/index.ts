/** Clickbait scoring of headlines and teasers (stub until it lands). */
export interface ClickbaitResult { score: number; language: string; reasons: string[] }
/** Scores how much a headline or teaser is clickbait, in [0, 1] (stub). */
export function clickbaitScore(_text: string): ClickbaitResult { return { score: 0, language: 'und', reasons: [] }; }
