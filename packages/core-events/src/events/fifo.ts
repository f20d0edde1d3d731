/** The head index from which a queue drops what it already gave out, when that is half. */
const COMPACT_FROM = 1024;

/**
 * A first-in first-out queue for event hand-over. `Array.prototype.shift` copies the rest of
 * the array on every call, which a queue of thousands of events (a replay, a burst of bulk
 * results) cannot afford: this moves a head index instead, and drops the taken part once it
 * is at least {@link COMPACT_FROM} items and half the array (or all of it).
 */
export class Fifo<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  /** Items waiting. */
  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** The oldest item, removed; undefined when empty. */
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined; // no reference kept to what was given out
    if (this.head === this.items.length) this.clear();
    else if (this.head >= COMPACT_FROM && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }
}
