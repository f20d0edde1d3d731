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
      const child = items[index];
      const above = items[parent];
      if (child === undefined || above === undefined || !this.#before(child, above)) break;
      items[index] = above;
      items[parent] = child;
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
      const current = items[index];
      const leftItem = items[left];
      const rightItem = items[right];
      if (current === undefined) return;
      let best = index;
      let bestItem = current;
      if (leftItem !== undefined && this.#before(leftItem, bestItem)) {
        best = left;
        bestItem = leftItem;
      }
      if (rightItem !== undefined && this.#before(rightItem, bestItem)) {
        best = right;
        bestItem = rightItem;
      }
      if (best === index) return;
      items[index] = bestItem;
      items[best] = current;
      index = best;
    }
  }
}
