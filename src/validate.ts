/** Throws a TypeError naming the argument when a value that must be a string is not one. */
export function assertText(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    const found = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    throw new TypeError(`promostrip: \`${name}\` must be a string, got ${found}`);
  }
}
