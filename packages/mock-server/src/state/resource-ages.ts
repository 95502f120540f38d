/**
 * The order in which the mock's top-level resources were created, so the
 * oldest can be evicted when a bound is set.
 */
import { SlidingList } from './sliding-list.ts';

/** The resources `maxResources` counts. */
export type ResourceKind = 'pipeline' | 'context' | 'schedule' | 'webhook' | 'resource';

/** One counted resource: its kind and id. */
export interface AgedResource {
  readonly kind: ResourceKind;
  readonly id: string;
}

/** Deleted entries are swept out once there are this many and they outnumber the held ones. */
const SWEEP_AFTER = 64;

/**
 * Counts the held resources and keeps them oldest first, across kinds. A
 * delete leaves its entry behind until it reaches the front or a sweep
 * (when deleted entries outnumber held ones), so creating, deleting and
 * evicting are all O(1) amortised. With no limit it keeps nothing.
 *
 * @example
 * const ages = new ResourceAges(2, (r) => maps[r.kind].has(r.id));
 * ages.added('context', 'a'); // → undefined
 * ages.added('pipeline', 'b'); // → undefined
 * ages.added('webhook', 'c'); // → { kind: 'context', id: 'a' }: evict it
 */
export class ResourceAges {
  /** The most resources held at once; `undefined` for no bound. */
  readonly limit: number | undefined;
  readonly #isHeld: (resource: AgedResource) => boolean;
  #entries = new SlidingList<AgedResource>();
  #held = 0;
  #deleted = 0;

  /** `isHeld` says whether a resource is still stored (false once it was deleted). */
  constructor(limit: number | undefined, isHeld: (resource: AgedResource) => boolean) {
    this.limit = limit;
    this.#isHeld = isHeld;
  }

  /** How many counted resources are held (0 when there is no limit: nothing is counted). */
  get held(): number {
    return this.#held;
  }

  /**
   * Notes a resource just created and stored. Returns the oldest held
   * resource when the new one takes the count over the limit: the caller
   * evicts it. At most one per create, as the count never exceeds the limit.
   */
  added(kind: ResourceKind, id: string): AgedResource | undefined {
    if (this.limit === undefined) return undefined;
    this.#entries.push({ kind, id });
    if (++this.#held <= this.limit) return undefined;
    for (let oldest = this.#entries.shift(); oldest !== undefined; oldest = this.#entries.shift()) {
      if (this.#isHeld(oldest)) {
        this.#held--;
        return oldest;
      }
      this.#deleted--;
    }
    throw new Error('resource ages: more held than entries');
  }

  /** Notes that a counted resource was deleted (no longer stored). */
  deleted(): void {
    if (this.limit === undefined) return;
    this.#held--;
    if (++this.#deleted >= SWEEP_AFTER && this.#deleted > this.#held) this.#sweep();
  }

  /** Forgets every entry. */
  clear(): void {
    this.#entries.clear();
    this.#held = 0;
    this.#deleted = 0;
  }

  /** Drops the entries of deleted resources, keeping the order of the rest. */
  #sweep(): void {
    const kept = new SlidingList<AgedResource>();
    for (const entry of this.#entries) if (this.#isHeld(entry)) kept.push(entry);
    this.#entries = kept;
    this.#deleted = 0;
  }
}
