/**
 * A unit is clearly kept when its score is below this share of the threshold: the passes that
 * protect a heading, or end a boilerplate section, look for article text kept with a margin.
 */
export const CLEARLY_KEPT = 0.6;
