/**
 * A binary min-heap ordered by `before` (true when `a` must come out before `b`).
 * O(log n) push and pop, so thousands of scheduled jobs cost nothing noticeable.
 */
export class MinHeap<T> {
  readonly #items: T[] = [];
  readonly #before: (a: T, b: T) => boolean;

  /** Creates an empty heap with the given order. */
  constructor(before: (a: T, b: T) => boolean) {
    this.#before = before;
  }

  /** How many items are held. */
  get size(): number {
    return this.#items.length;
  }

  /** The first item without removing it. */
  peek(): T | undefined {
    return this.#items[0];
  }

  /** Adds an item. */
  push(item: T): void {
    const items = this.#items;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.#before(items[index]!, items[parent]!)) break;
      [items[index], items[parent]] = [items[parent]!, items[index]!];
      index = parent;
    }
  }

  /** Removes and returns the first item. */
  pop(): T | undefined {
    const items = this.#items;
    const first = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      this.#sinkFromTop();
    }
    return first;
  }

  /** All items in no particular order. */
  values(): readonly T[] {
    return this.#items;
  }

  #sinkFromTop(): void {
    const items = this.#items;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let best = index;
      if (left < items.length && this.#before(items[left]!, items[best]!)) best = left;
      if (right < items.length && this.#before(items[right]!, items[best]!)) best = right;
      if (best === index) return;
      [items[index], items[best]] = [items[best]!, items[index]!];
      index = best;
    }
  }
}
