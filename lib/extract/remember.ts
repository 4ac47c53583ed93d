/**
 * The last few answers of a pure function, by key. The extractor asks about one sentence several
 * times in a row (its toll when it is read, again when it enriches the incident before, again when
 * a retelling is merged), and the answer never changes. A short memory, not a cache: it holds what
 * the current article asked last, so repeated runs over a corpus recompute everything.
 */
export function rememberRecent<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => string, size = 16): (...args: A) => R {
  const recent = new Map<string, R>();
  return (...args: A): R => {
    const k = key(...args);
    if (recent.has(k)) return recent.get(k) as R;
    const answer = fn(...args);
    // Frozen: a caller that changed a shared answer would change it for every later caller.
    if (answer !== null && typeof answer === 'object') Object.freeze(answer);
    recent.set(k, answer);
    if (recent.size > size) recent.delete(recent.keys().next().value as string);
    return answer;
  };
}
