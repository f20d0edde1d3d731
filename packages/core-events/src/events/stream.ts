import { Repeater, type RepeaterBuffer, type RepeaterExecutor } from "@repeaterjs/repeater";
import { Fifo } from "./fifo.js";

/**
 * A repeater buffer on {@link Fifo}: `FixedBuffer` shifts an array per value, which a queue of
 * a thousand waiting events cannot afford; `clear()` drops what waits (a too-slow reader).
 */
export class FifoBuffer<T> implements RepeaterBuffer<T> {
  private readonly queue = new Fifo<T>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.queue.size;
  }

  get empty(): boolean {
    return this.queue.size === 0;
  }

  get full(): boolean {
    return this.queue.size >= this.capacity;
  }

  add(value: T): void {
    this.queue.push(value);
  }

  remove(): T {
    if (this.queue.size === 0) throw new Error("buffer empty");
    return this.queue.shift() as T; // size checked above; T itself may include undefined
  }

  clear(): void {
    this.queue.clear();
  }
}

/**
 * The async iterator every event stream is built on: a `Repeater` (the producer pushes, waits
 * while its buffer is full, and cleans up once `stop` settles) whose `throw()` ends it as
 * `return()` does, then rejects. A plain repeater's `throw()` hands the error to the pending
 * push, which a producer waiting on its source never sees, so an idle stream would stay open.
 */
export class EventStream<T> extends Repeater<T, undefined> {
  constructor(executor: RepeaterExecutor<T, undefined>, buffer?: RepeaterBuffer<T>) {
    super(executor, buffer);
  }

  override async throw(error: unknown): Promise<IteratorResult<T, undefined>> {
    await this.return();
    throw error;
  }
}
