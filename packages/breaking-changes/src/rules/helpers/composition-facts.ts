import { appendPointer, type SchemaObject } from '@circleci-kit/spec-loader';
import {
  type BranchMatch,
  type Union,
  discriminatorValue,
  isLifted,
  matchBranches,
  matchUnions,
  unionOf,
} from '../../engine/branches.ts';
import { componentName } from '../../engine/component-names.ts';
import { mayOverlap } from '../../engine/schemas-overlap.ts';
import { sameJson } from '../../engine/same-json.ts';
import type { Finding, SchemaNode } from '../rule.ts';

/** The unions of both versions of a node and how their branches pair, when both are unions. */
export function unionPair(node: SchemaNode): { old: Union; new: Union; match: BranchMatch } | undefined {
  const [old, next] = [unionOf(node.old), unionOf(node.new)];
  if (!old || !next) return undefined;
  return { old, new: next, match: matchUnions(node.old, node.new) };
}

/** A short name for a branch: its component (`$ref`) name, title, discriminator value, or its type and place. */
export function branchName(branch: SchemaObject, index: number, discriminator?: SchemaObject['discriminator']): string {
  const name = componentName(branch) ?? branch.title ?? discriminatorValue(branch, discriminator);
  if (name !== undefined) return `\`${name}\``;
  const kind = branch.type ?? (branch.properties ? 'object' : branch.items ? 'array' : 'any');
  return `#${index + 1} (${kind})`;
}

/** The pointer of one branch; a lifted union's one branch is the node itself. */
export function branchPointer(node: SchemaNode, side: 'old' | 'new', keyword: string, index: number): string {
  const pointer = side === 'old' ? node.oldPointer : node.newPointer;
  return isLifted(node[side]) ? pointer : appendPointer(pointer, keyword, String(index));
}

/** One finding per branch only one version has: `removed` ones (old side) or `added` ones (new side). */
export function branchFindings(
  node: SchemaNode,
  which: 'removed' | 'added',
  message: (keyword: string, name: string) => string,
): Finding[] {
  const pair = unionPair(node);
  if (!pair) return [];
  const side = which === 'removed' ? 'old' : 'new';
  const union = pair[side];
  return pair.match[which].map((index) => {
    const name = branchName(union.branches[index]!, index, node[side].discriminator);
    const pointer = branchPointer(node, side, union.keyword, index);
    return {
      message: message(union.keyword, name),
      old: side === 'old' ? pointer : null,
      new: side === 'new' ? pointer : null,
      subjects: [name.replaceAll('`', '')],
    };
  });
}

/**
 * The pairs of branches of one version's `oneOf` that may both match one
 * value (`mayOverlap`), which that version therefore refuses, where the
 * other version may not refuse the same values: it is not a `oneOf` (an
 * `anyOf`, or a plain schema), lacks one of the two branches, holds two
 * that never overlap, or holds them changed (a branch that narrows or
 * widens moves the values the two share).
 */
function overlapsOnlyIn(node: SchemaNode, side: 'old' | 'new'): Array<[number, number]> {
  const pair = unionPair(node);
  const other = side === 'old' ? 'new' : 'old';
  if (pair?.[side].keyword !== 'oneOf' || isLifted(node[side])) return [];
  const twin = new Map(pair.match.pairs.map(([i, j]) => (side === 'old' ? [i, j] : [j, i])));
  const refusedBy = (version: 'old' | 'new', a: number | undefined, b: number | undefined) =>
    pair[version].keyword === 'oneOf' &&
    !isLifted(node[version]) &&
    a !== undefined &&
    b !== undefined &&
    mayOverlap(pair[version].branches[a]!, pair[version].branches[b]!, node.side);
  const { branches } = pair[side];
  const otherBranches = pair[other].branches;
  /** Both branches written alike in the other version: the values they share are the same values. */
  const unchanged = (a: number, b: number) =>
    [a, b].every((index) => {
      const twinIndex = twin.get(index);
      return twinIndex !== undefined && sameJson(branches[index], otherBranches[twinIndex]);
    });
  const found: Array<[number, number]> = [];
  for (let a = 0; a < branches.length; a++) {
    for (let b = a + 1; b < branches.length; b++) {
      if (!refusedBy(side, a, b)) continue;
      if (!refusedBy(other, twin.get(a), twin.get(b)) || !unchanged(a, b)) found.push([a, b]);
    }
  }
  return found;
}

/**
 * One finding per pair of `oneOf` branches whose shared values only one
 * version refuses: the new one (`new`: those values are refused now) or the
 * old one (`old`: they may be sent now).
 */
export function overlapFindings(
  node: SchemaNode,
  side: 'old' | 'new',
  message: (first: string, second: string) => string,
): Finding[] {
  const pair = unionPair(node);
  if (!pair) return [];
  const { discriminator } = node[side];
  return overlapsOnlyIn(node, side).map(([a, b]) => {
    const [first, second] = [a, b].map((index) => branchName(pair[side].branches[index]!, index, discriminator));
    const pointer = branchPointer(node, side, 'oneOf', b);
    return {
      message: message(first!, second!),
      old: side === 'old' ? pointer : null,
      new: side === 'new' ? pointer : node.newPointer,
      subjects: [first!, second!].map((name) => name.replaceAll('`', '')),
    };
  });
}

/**
 * The `allOf` parts of both versions and how they pair. A version without
 * `allOf` counts as one part when it is a named component (`$ref: A` →
 * `allOf: [A, B]` gained `B`); otherwise the parts are not compared, since
 * the merged schemas already are (see `effectiveSchema`).
 */
export function allOfPair(
  node: SchemaNode,
): { old: SchemaObject[]; new: SchemaObject[]; match: BranchMatch } | undefined {
  const partsOf = (schema: SchemaObject) =>
    schema.allOf ?? (componentName(schema) !== undefined ? [schema] : undefined);
  const [old, next] = [partsOf(node.written.old), partsOf(node.written.new)];
  if (!old || !next || (!node.written.old.allOf && !node.written.new.allOf)) return undefined;
  return { old, new: next, match: matchBranches(old, next) };
}

/** One finding per `allOf` part only one version has. */
export function allOfFindings(
  node: SchemaNode,
  which: 'removed' | 'added',
  message: (name: string) => string,
): Finding[] {
  const pair = allOfPair(node);
  if (!pair) return [];
  const side = which === 'removed' ? 'old' : 'new';
  const written = node.written[side];
  return pair.match[which].map((index) => {
    const name = branchName(pair[side][index]!, index);
    const at = side === 'old' ? node.oldPointer : node.newPointer;
    const pointer = written.allOf ? appendPointer(at, 'allOf', String(index)) : at;
    return {
      message: message(name),
      old: side === 'old' ? pointer : null,
      new: side === 'new' ? pointer : null,
      subjects: [name.replaceAll('`', '')],
    };
  });
}

/** Discriminator values whose mapping is gone, new, or points elsewhere (same `propertyName` in both versions). */
export function mappingDelta(node: SchemaNode): { removed: string[]; added: string[]; retargeted: string[] } {
  const [old, next] = [node.old.discriminator, node.new.discriminator];
  if (!old || old.propertyName !== next?.propertyName) return { removed: [], added: [], retargeted: [] };
  const [before, after] = [old.mapping ?? {}, next.mapping ?? {}];
  return {
    removed: Object.keys(before).filter((value) => after[value] === undefined),
    added: Object.keys(after).filter((value) => before[value] === undefined),
    retargeted: Object.keys(before).filter((value) => after[value] !== undefined && after[value] !== before[value]),
  };
}

const MAPPING_WORDS = { removed: 'no longer mapped', added: 'added', retargeted: 'now maps to' } as const;

/** One finding per discriminator value of the given kinds of move (see `mappingDelta`). */
export function mappingFindings(node: SchemaNode, kinds: ReadonlyArray<keyof typeof MAPPING_WORDS>): Finding[] {
  const delta = mappingDelta(node);
  const after = node.new.discriminator?.mapping ?? {};
  return kinds.flatMap((kind) =>
    delta[kind].map((value) => ({
      message: `${node.label}: discriminator value \`${value}\` ${MAPPING_WORDS[kind]}${kind === 'retargeted' ? ` ${after[value]}` : ''}`,
      old: node.oldPointer,
      new: node.newPointer,
      subjects: [value],
    })),
  );
}
