/** Feed analysis (stub until it lands). */
export function analyzeFeed(_xml: string): unknown { return {}; }
