import type { OperationInfo } from '@circleci-kit/spec-loader';

/**
 * One security requirement object: every scheme it names must be satisfied
 * (AND), each with at least its scopes. `{}` is satisfied by everyone.
 */
export type Requirement = ReadonlyMap<string, readonly string[]>;

/**
 * The alternatives an operation accepts (OR): its security requirement
 * objects, or one empty requirement when it lists none (a public operation).
 */
export function requirementsOf(op: OperationInfo): Requirement[] {
  if (op.security.length === 0) return [new Map()];
  return op.security.map((alternative) => new Map(Object.entries(alternative)));
}

/**
 * Whether a caller holding exactly the credentials `held` asks for (its
 * schemes with their scopes) satisfies `wanted`: every scheme `wanted`
 * names is held, with every scope it asks.
 */
export function satisfies(held: Requirement, wanted: Requirement): boolean {
  return [...wanted].every(([name, scopes]) => {
    const have = held.get(name);
    return have !== undefined && scopes.every((scope) => have.includes(scope));
  });
}

/** `` `api_key` + `oauth` (read, write) ``, or `no credentials` for `{}`. */
export function describeRequirement(requirement: Requirement): string {
  if (requirement.size === 0) return 'no credentials';
  return [...requirement]
    .map(([name, scopes]) => (scopes.length > 0 ? `\`${name}\` (${scopes.join(', ')})` : `\`${name}\``))
    .join(' + ');
}

/** Why callers that satisfied one old alternative are refused now. */
export type LostAlternative =
  /** A scheme of it appears in no alternative any more. */
  | { kind: 'scheme-removed'; alternative: Requirement; schemes: string[] }
  /** An alternative with no scheme beyond its own asks more scopes. */
  | { kind: 'scope-added'; alternative: Requirement; scopes: Array<{ scheme: string; scopes: string[] }> }
  /** Every alternative still in reach asks a scheme it did not: that scheme must now also be satisfied. */
  | { kind: 'scheme-also-required'; alternative: Requirement; schemes: string[] };

/**
 * The old alternatives that callers could satisfy and no new alternative
 * lets in any more (clients holding exactly those credentials are
 * refused), each with the reason: a scheme gone everywhere; else more
 * scopes on the same schemes; else a scheme that must now also be
 * satisfied. Empty when the old version took calls without credentials
 * (that is `security-required-added`) or every old caller still gets in.
 *
 * @example
 * lostAlternatives(requirementsOf(opWith([{ a: [] }])), requirementsOf(opWith([{ a: [], b: [] }])));
 * // [{ kind: 'scheme-also-required', alternative: Map { a }, schemes: ['b'] }]
 */
export function lostAlternatives(old: readonly Requirement[], next: readonly Requirement[]): LostAlternative[] {
  if (old.some((alternative) => alternative.size === 0)) return [];
  const named = new Set(next.flatMap((alternative) => [...alternative.keys()]));
  return old
    .filter((alternative) => !next.some((wanted) => satisfies(alternative, wanted)))
    .map((alternative): LostAlternative => {
      const gone = [...alternative.keys()].filter((name) => !named.has(name));
      if (gone.length > 0) return { kind: 'scheme-removed', alternative, schemes: gone };
      const within = next.filter((wanted) => [...wanted.keys()].every((name) => alternative.has(name)));
      if (within.length > 0) {
        const scopes = [...within[0]!]
          .map(([scheme, wanted]) => ({
            scheme,
            scopes: wanted.filter((scope) => !alternative.get(scheme)!.includes(scope)),
          }))
          .filter((extra) => extra.scopes.length > 0);
        return { kind: 'scope-added', alternative, scopes };
      }
      // Every scheme is still named somewhere, so some alternative shares one: take the one that asks the fewest more.
      const extras = next
        .filter((wanted) => [...wanted.keys()].some((name) => alternative.has(name)))
        .map((wanted) => [...wanted.keys()].filter((name) => !alternative.has(name)))
        .sort((a, b) => a.length - b.length);
      return { kind: 'scheme-also-required', alternative, schemes: extras[0] ?? [] };
    });
}

/**
 * The new alternatives that let in callers no old alternative did and name
 * a scheme the old version did not use: a new way to authenticate.
 */
export function gainedAlternatives(
  old: readonly Requirement[],
  next: readonly Requirement[],
): Array<{ alternative: Requirement; schemes: string[] }> {
  const named = new Set(old.flatMap((alternative) => [...alternative.keys()]));
  return next
    .filter((alternative) => !old.some((wanted) => satisfies(alternative, wanted)))
    .map((alternative) => ({ alternative, schemes: [...alternative.keys()].filter((name) => !named.has(name)) }))
    .filter((gained) => gained.schemes.length > 0);
}
