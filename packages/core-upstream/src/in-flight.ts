/**
 * At most one promise in flight per key: a call while one is pending shares it, and the key
 * is free again once it settles (fulfilled or rejected). For reads and checks that concurrent
 * callers should not repeat (a token, a member's balance, a submission's result).
 */
// Hand-written: single-flight libraries also cache settled results, which korbill must not reuse.
export class InFlight<K, V> {
  private readonly pending = new Map<K, Promise<V>>();

  /** The promise in flight under `key`, or `start()`'s, shared until it settles. */
  run(key: K, start: () => Promise<V>): Promise<V> {
    let promise = this.pending.get(key);
    if (promise === undefined) {
      promise = start().finally(() => this.pending.delete(key));
      this.pending.set(key, promise);
    }
    return promise;
  }
}
