/**
 * A list that grows at its end and forgets from its front, keeping the
 * position of every item it still holds.
 */

/** Dropped slots at the front are let go once there are this many and they are half the store. */
const COMPACT_AFTER = 1024;

/** What readers of a {@link SlidingList} may use. */
export interface ReadonlySlidingList<T> extends Iterable<T> {
  /** The position the next pushed item takes: like an array's length, dropped items included. */
  readonly length: number;
  /** The position of the oldest held item (`length` when none is held). */
  readonly first: number;
  /** How many items are held. */
  readonly size: number;
  /** The item at `position`; `undefined` when it was dropped or is out of range. */
  at(position: number): T | undefined;
}

/**
 * An append-only list that drops its oldest items, in O(1) amortised per
 * push and per drop. Positions are handed out in order from 0 and never
 * reused: after the oldest items are dropped, `at` still finds the rest at
 * the positions they had, and gives `undefined` for the dropped ones. So a
 * project's pipelines stay at `number - 1`, and a page token that holds a
 * position keeps meaning the same place.
 *
 * @example
 * const list = new SlidingList<string>();
 * list.push('a'); list.push('b'); list.push('c');
 * list.shift(); // → 'a'
 * list.at(0); // → undefined (dropped)
 * list.at(2); // → 'c'
 * [list.first, list.length, list.size]; // → [1, 3, 2]
 */
export class SlidingList<T> implements ReadonlySlidingList<T> {
  /** The held items from `#head` on; the slots before it are dropped ones not yet let go. */
  #items: Array<T | undefined> = [];
  #head = 0;
  /** The position of `#items[0]`. */
  #base = 0;

  /** The position the next pushed item takes: like an array's length, dropped items included. */
  get length(): number {
    return this.#base + this.#items.length;
  }

  /** The position of the oldest held item (`length` when none is held). */
  get first(): number {
    return this.#base + this.#head;
  }

  /** How many items are held. */
  get size(): number {
    return this.#items.length - this.#head;
  }

  /** The item at `position`; `undefined` when it was dropped or is out of range. */
  at(position: number): T | undefined {
    const index = position - this.#base;
    return index < this.#head ? undefined : this.#items[index];
  }

  /** Appends an item at position `length`. */
  push(item: T): void {
    this.#items.push(item);
  }

  /** Drops the oldest held item and returns it (`undefined` when none is held). */
  shift(): T | undefined {
    if (this.#head === this.#items.length) return undefined;
    const item = this.#items[this.#head];
    this.#items[this.#head++] = undefined;
    if (this.#head >= COMPACT_AFTER && this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#base += this.#head;
      this.#head = 0;
    }
    return item;
  }

  /** Forgets every item and starts positions again from 0. */
  clear(): void {
    this.#items = [];
    this.#head = 0;
    this.#base = 0;
  }

  /** The held items, oldest first. */
  *[Symbol.iterator](): IterableIterator<T> {
    for (let index = this.#head; index < this.#items.length; index++) yield this.#items[index] as T;
  }
}
