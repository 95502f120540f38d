/**
 * The things created through the generic resource operations (orgs,
 * projects, groups, pipeline definitions, triggers, …), by kind and id, by
 * slug for the kinds routes name by slug, and by the collection they were
 * created in; settings documents by path.
 */
import type { RecordStoreHooks } from '../state/record-store.ts';

/** One created thing. */
export interface ResourceEntry {
  id: string;
  kind: string;
  /** The collection path it was created in, parameters filled (`/organizations/<id>/groups`). */
  collection: string;
  /** Its canonical slug, for the kinds routes also name by slug (orgs, projects). */
  slug: string | undefined;
  /** Its fields as answered when created, and as updated since. */
  fields: Record<string, unknown>;
}

/**
 * The generic resources of one mock server. Orgs and projects are open:
 * one that was never created still reads (every slug names one, as
 * pipelines on any project do), until it is deleted.
 *
 * @example
 * const store = new ResourceStore();
 * store.add({ id, kind: 'group', collection: `/organizations/${org}/groups`, slug: undefined, fields: { id, name } });
 * store.find('group', id)?.fields.name;
 */
export class ResourceStore {
  readonly #hooks: RecordStoreHooks | undefined;
  readonly #byId = new Map<string, Map<string, ResourceEntry>>();
  readonly #bySlug = new Map<string, Map<string, ResourceEntry>>();
  readonly #byCollection = new Map<string, Map<string, ResourceEntry>>();
  readonly #gone = new Map<string, Set<string>>();
  readonly #kinds = new Map<string, string>();
  /** Settings documents by their path, parameters filled. */
  readonly settings: Map<string, Record<string, unknown>> = new Map();

  /** `hooks` hear of each entry kept (by its id) and deleted, for the count `maxResources` bounds. */
  constructor(hooks?: RecordStoreHooks) {
    this.#hooks = hooks;
  }

  /** Keeps a new entry (a slug or id deleted before is usable again). */
  add(entry: ResourceEntry): void {
    this.#kinds.set(entry.id, entry.kind);
    this.#index(this.#byId, entry.kind).set(entry.id, entry);
    if (entry.slug !== undefined) this.#index(this.#bySlug, entry.kind).set(entry.slug, entry);
    this.#index(this.#byCollection, entry.collection).set(entry.id, entry);
    this.#gone.get(entry.kind)?.delete(entry.id);
    if (entry.slug !== undefined) this.#gone.get(entry.kind)?.delete(entry.slug);
    this.#hooks?.added(entry.id);
  }

  /** Whether an entry with this id is kept. */
  has(id: string): boolean {
    return this.#kinds.has(id);
  }

  /** Removes the entry with this id, the oldest when `maxResources` is reached: as deleted, uncounted. */
  evict(id: string): void {
    const kind = this.#kinds.get(id);
    const entry = kind === undefined ? undefined : this.#byId.get(kind)?.get(id);
    if (entry !== undefined) this.#drop(entry);
  }

  /** The entry of a kind with this id or slug (ids compared in lower case). */
  find(kind: string, key: string): ResourceEntry | undefined {
    return (
      this.#byId.get(kind)?.get(key.toLowerCase()) ?? this.#byId.get(kind)?.get(key) ?? this.#bySlug.get(kind)?.get(key)
    );
  }

  /** The entries created in a collection, oldest first. */
  list(collection: string): ResourceEntry[] {
    return [...(this.#byCollection.get(collection)?.values() ?? [])];
  }

  /** Removes an entry, and marks its id and slug deleted. */
  remove(entry: ResourceEntry): void {
    if (!this.#kinds.has(entry.id)) return;
    this.#drop(entry);
    this.#hooks?.deleted(entry.id);
  }

  /** Forgets an entry; one named by slug (an open kind) is marked deleted, so it no longer reads. */
  #drop(entry: ResourceEntry): void {
    this.#kinds.delete(entry.id);
    this.#byId.get(entry.kind)?.delete(entry.id);
    if (entry.slug !== undefined) this.#bySlug.get(entry.kind)?.delete(entry.slug);
    this.#byCollection.get(entry.collection)?.delete(entry.id);
    if (entry.slug !== undefined) {
      this.bury(entry.kind, entry.id);
      this.bury(entry.kind, entry.slug);
    }
  }

  /** Marks an id or slug of a kind deleted: an open kind no longer reads it. */
  bury(kind: string, key: string): void {
    let gone = this.#gone.get(kind);
    if (gone === undefined) this.#gone.set(kind, (gone = new Set()));
    gone.add(key);
  }

  /** Whether an id or slug of a kind was deleted. */
  isGone(kind: string, key: string): boolean {
    return this.#gone.get(kind)?.has(key) === true;
  }

  /** How many entries are kept. */
  get size(): number {
    return this.#kinds.size;
  }

  /** Forgets everything. */
  clear(): void {
    for (const map of [this.#byId, this.#bySlug, this.#byCollection, this.#gone, this.#kinds, this.settings])
      map.clear();
  }

  #index<T>(maps: Map<string, Map<string, T>>, key: string): Map<string, T> {
    let map = maps.get(key);
    if (map === undefined) maps.set(key, (map = new Map<string, T>()));
    return map;
  }
}
