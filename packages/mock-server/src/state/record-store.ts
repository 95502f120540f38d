/**
 * Records by id in creation order, grouped by the keys their lists filter
 * on (an owner, a project, a scope).
 */

/** What a store tells its owner, so created and deleted records are counted. */
export interface RecordStoreHooks {
  /** A record was added (after it is stored). */
  added(id: string): void;
  /** A record was deleted by a request (after it is gone). */
  deleted(id: string): void;
}

/**
 * The mock's contexts, schedules or webhooks: read like a `ReadonlyMap` by
 * id, in creation order, and listed by group (`group(key)`, also in
 * creation order), so a list of one owner's records reads only those.
 * Writes go through `add`, `delete`, `evict` and `regroup`, which keep the
 * groups in step.
 *
 * @example
 * const schedules = new RecordStore<ScheduleRecord>((s) => [s.projectSlug], hooks);
 * schedules.add(record);
 * schedules.group('gh/acme/api'); // → [record]
 */
export class RecordStore<R extends { readonly id: string }> implements ReadonlyMap<string, R> {
  readonly #byId = new Map<string, R>();
  readonly #groups = new Map<string, Map<string, R>>();
  /** Each record's creation ordinal, to put a regrouped record in its place. */
  readonly #order = new Map<string, number>();
  #created = 0;
  readonly #keysOf: (record: R) => readonly string[];
  readonly #hooks: RecordStoreHooks;

  /** `keysOf` names the groups a record belongs to; it is read again by `regroup`. */
  constructor(keysOf: (record: R) => readonly string[], hooks: RecordStoreHooks) {
    this.#keysOf = keysOf;
    this.#hooks = hooks;
  }

  /** How many records are stored. */
  get size(): number {
    return this.#byId.size;
  }

  /** The record with this id. */
  get(id: string): R | undefined {
    return this.#byId.get(id);
  }

  /** Whether a record with this id is stored. */
  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /** The ids, oldest first. */
  keys(): MapIterator<string> {
    return this.#byId.keys();
  }

  /** The records, oldest first. */
  values(): MapIterator<R> {
    return this.#byId.values();
  }

  /** `[id, record]` pairs, oldest first. */
  entries(): MapIterator<[string, R]> {
    return this.#byId.entries();
  }

  /** Calls `callback` with each record, oldest first. */
  forEach(callback: (record: R, id: string, map: ReadonlyMap<string, R>) => void, thisArg?: unknown): void {
    for (const [id, record] of this.#byId) callback.call(thisArg, record, id, this);
  }

  /** `[id, record]` pairs, oldest first. */
  [Symbol.iterator](): MapIterator<[string, R]> {
    return this.#byId.entries();
  }

  /** The records of one group, oldest first (none for an unknown key). */
  group(key: string): R[] {
    const group = this.#groups.get(key);
    return group === undefined ? [] : [...group.values()];
  }

  /** How many records one group holds. */
  groupSize(key: string): number {
    return this.#groups.get(key)?.size ?? 0;
  }

  /** Stores a new record, newest of its groups. */
  add(record: R): void {
    this.#byId.set(record.id, record);
    this.#order.set(record.id, this.#created++);
    for (const key of this.#keysOf(record)) this.#join(key, record, false);
    this.#hooks.added(record.id);
  }

  /** Deletes a record on request; `false` when there was none. */
  delete(id: string): boolean {
    if (this.#remove(id) === undefined) return false;
    this.#hooks.deleted(id);
    return true;
  }

  /** Removes a record to make room (its owner already counted it out). */
  evict(id: string): void {
    this.#remove(id);
  }

  /**
   * Applies `change` to a stored record and moves it between groups when
   * its keys changed; in a group it joins, it takes its creation place.
   */
  regroup(record: R, change: () => void): void {
    if (this.#byId.get(record.id) !== record) {
      change();
      return;
    }
    const before = this.#keysOf(record);
    change();
    const after = this.#keysOf(record);
    for (const key of before) if (!after.includes(key)) this.#leave(key, record.id);
    for (const key of after) if (!before.includes(key)) this.#join(key, record, true);
  }

  /** Forgets every record. */
  clear(): void {
    this.#byId.clear();
    this.#groups.clear();
    this.#order.clear();
    this.#created = 0;
  }

  #remove(id: string): R | undefined {
    const record = this.#byId.get(id);
    if (record === undefined) return undefined;
    this.#byId.delete(id);
    for (const key of this.#keysOf(record)) this.#leave(key, id);
    this.#order.delete(id);
    return record;
  }

  #join(key: string, record: R, inPlace: boolean): void {
    let group = this.#groups.get(key);
    if (group === undefined) this.#groups.set(key, (group = new Map<string, R>()));
    if (!inPlace) {
      group.set(record.id, record);
      return;
    }
    const members = [...group.values(), record].sort((a, b) => this.#order.get(a.id)! - this.#order.get(b.id)!);
    group.clear();
    for (const member of members) group.set(member.id, member);
  }

  #leave(key: string, id: string): void {
    const group = this.#groups.get(key);
    if (group === undefined) return;
    group.delete(id);
    if (group.size === 0) this.#groups.delete(key);
  }
}
