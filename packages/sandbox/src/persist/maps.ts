/** Replaces the entries of `target` with those of `source` (keeps `target`'s identity). */
export function refill<K, V>(target: Map<K, V>, source: ReadonlyMap<K, V>): void {
  target.clear();
  for (const [key, value] of source) target.set(key, value);
}

/** Replaces the items of `target` with those of `source` (keeps `target`'s identity). */
export function refillArray<T>(target: T[], source: readonly T[]): void {
  target.length = 0;
  target.push(...source);
}
