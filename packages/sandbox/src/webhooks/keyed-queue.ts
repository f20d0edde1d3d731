/**
 * FIFO queues per key where only each key's head is ever handed out, so items of one
 * key are processed strictly in order while different keys proceed independently.
 * O(1) per operation (a head index instead of `Array.shift` on the ready list).
 */
export class KeyedQueue<T> {
  readonly #chains = new Map<string, T[]>();
  #ready: string[] = [];
  #readyAt = 0;

  /** Appends `item` to `key`'s queue; a new head becomes ready at once. */
  push(key: string, item: T): void {
    const chain = this.#chains.get(key);
    if (chain) {
      chain.push(item);
      return;
    }
    this.#chains.set(key, [item]);
    this.#ready.push(key);
  }

  /** The next ready head and its key (it stays queued until {@link finish}). */
  take(): { key: string; item: T } | undefined {
    while (this.#readyAt < this.#ready.length) {
      const key = this.#ready[this.#readyAt++];
      if (key === undefined) break;
      this.#compact();
      const item = this.#chains.get(key)?.[0];
      if (item !== undefined) return { key, item };
    }
    return undefined;
  }

  /** Makes `key`'s head ready again (e.g. a retry is due), if it is still `item`. */
  requeue(key: string, item: T): boolean {
    if (this.#chains.get(key)?.[0] !== item) return false;
    this.#ready.push(key);
    return true;
  }

  /** Removes `item` from the head of `key`'s queue; the next item becomes ready. */
  finish(key: string, item: T): void {
    const chain = this.#chains.get(key);
    if (!chain || chain[0] !== item) return;
    chain.shift();
    if (chain.length === 0) this.#chains.delete(key);
    else this.#ready.push(key);
  }

  /** Whether a head is ready to be taken. */
  get hasReady(): boolean {
    return this.#readyAt < this.#ready.length;
  }

  /** Every queued item, key by key, in order. */
  values(): T[] {
    return [...this.#chains.values()].flat();
  }

  /** Drops everything. */
  clear(): void {
    this.#chains.clear();
    this.#ready = [];
    this.#readyAt = 0;
  }

  #compact(): void {
    if (this.#readyAt > 1024 && this.#readyAt * 2 > this.#ready.length) {
      this.#ready = this.#ready.slice(this.#readyAt);
      this.#readyAt = 0;
    }
  }
}
