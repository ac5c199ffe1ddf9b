/**
 * `xs.map(f)`, but the result is always a packed array, in whichever tier V8 runs the caller.
 *
 * `Array.prototype.map` returns a packed array from its builtin and a holey one where TurboFan
 * inlines it. Arrays the pipeline hands from stage to stage therefore changed their V8 elements
 * kind whenever the producing stage got optimised, and every optimised consumer was thrown back
 * and compiled again: about a second of compile time per thread, a large part of warm-up.
 * The per-call stages build their arrays with this instead.
 */
export function mapArray<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
