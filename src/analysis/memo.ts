/**
 * A function of a string, remembered per string. Speech says the same few hundred words again and again, so
 * what is worked out per word (its parts, its stem) is worth keeping; bounded, so a long session of odd
 * words cannot grow it without end: when full, it starts afresh.
 */
export function memoised<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const found = known.get(key);
    if (found !== undefined) return found;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
