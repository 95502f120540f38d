import type { LoadedSpec, OperationInfo, ParameterInfo, SchemaObject } from '@circleci-kit/spec-loader';
import type { Direction, Level } from '../types.ts';

/** What a rule reports; the engine adds the rule's id, level, direction and operation. */
export interface Finding {
  message: string;
  /** JSON pointer in the old document, `null` when the thing is new. */
  old: string | null;
  /** JSON pointer in the new document, `null` when the thing is gone. */
  new: string | null;
  /** Names the finding is about (property, parameter, status), for log matching. */
  subjects?: string[];
  /** Overrides the operation the finding belongs to (spec-scope rules). */
  operation?: OperationInfo;
  /** The other route, for moved operations. */
  otherPath?: string;
}

/** How the operations of two specs were paired. */
export interface OperationMatching {
  /** Same method and route (path-parameter names ignored). */
  pairs: Array<[OperationInfo, OperationInfo]>;
  /** Removed from one route and found, with the same operationId, on another. */
  moved: Array<[OperationInfo, OperationInfo]>;
  removed: OperationInfo[];
  added: OperationInfo[];
}

/** How the parameters of two versions of one operation were paired. */
export interface ParameterPairing {
  /** Same location and name (path parameters: same position in the route). */
  pairs: Array<[ParameterInfo, ParameterInfo]>;
  /** Same location, similar name and type, one gone and one new. */
  renamed: Array<[ParameterInfo, ParameterInfo]>;
  /** Same name, another location (path ↔ query, …). */
  moved: Array<[ParameterInfo, ParameterInfo]>;
  removed: ParameterInfo[];
  added: ParameterInfo[];
}

/** Two versions of one operation, with the raw operation objects for extensions. */
export interface OperationPair {
  old: OperationInfo;
  new: OperationInfo;
  /** The operation objects as written (for `x-sunset` and other extensions). */
  rawOld: Record<string, unknown>;
  rawNew: Record<string, unknown>;
  parameters: ParameterPairing;
}

/** Where a schema sits in an operation. */
export type SchemaSite = 'parameter' | 'request-body' | 'response-body' | 'response-header';

/** Two versions of one schema, reached by walking both operations in step. */
export interface SchemaNode {
  /** The schemas with `allOf` merged in. */
  old: SchemaObject;
  new: SchemaObject;
  /**
   * The schemas as written, before `allOf` is merged and before each side's
   * view; a plain schema compared with a union is already a union of one
   * branch here (see `liftToUnion`).
   */
  written: { old: SchemaObject; new: SchemaObject };
  oldPointer: string;
  newPointer: string;
  side: 'request' | 'response';
  site: SchemaSite;
  /** Human name of the place, e.g. ``response 200 property `items[].id` ``. */
  label: string;
  /** 0 at a parameter, body or header root; one more per property, item or variant below. */
  depth: number;
  /** Property or parameter name path, e.g. `items[].id` (`pair[0]` for a `prefixItems` position); empty at a body root. */
  path: string;
  /** For a property: whether the parent required it, in the old and in the new version. */
  required?: { old: boolean; new: boolean };
}

/** What the diff was asked, as lifecycle rules need it. */
export interface RuleContext {
  /** The release date (YYYY-MM-DD) that sunsets are held against. */
  today: string;
  /** The least days between a new deprecation and its `x-sunset`; 0 requires none. */
  deprecationDays: number;
}

interface RuleMeta {
  /** Kebab-case id, stable across releases. */
  id: string;
  level: Level;
  direction: Direction;
  /** One sentence: what the rule detects and why it has this level. */
  summary: string;
  /** Documentation-only rules run only with `includeDocs`. */
  docs?: boolean;
}

/** A rule that looks at the two specs as a whole (operations added, removed, moved). */
export interface SpecRule extends RuleMeta {
  scope: 'spec';
  check(old: LoadedSpec, next: LoadedSpec, matching: OperationMatching, context: RuleContext): Finding[];
}

/** A rule that looks at two versions of one operation. */
export interface OperationRule extends RuleMeta {
  scope: 'operation';
  check(pair: OperationPair, context: RuleContext): Finding[];
}

/** A rule that looks at two versions of one schema node on one side of the exchange. */
export interface SchemaRule extends RuleMeta {
  scope: 'schema';
  /** The sites it applies to. */
  sites: readonly SchemaSite[];
  check(node: SchemaNode): Finding[];
}

/** One rule of the catalogue. */
export type Rule = SpecRule | OperationRule | SchemaRule;

/** The sites of the request side. */
export const REQUEST_SITES: readonly SchemaSite[] = ['parameter', 'request-body'];
/** The sites of the response side. */
export const RESPONSE_SITES: readonly SchemaSite[] = ['response-body', 'response-header'];

/**
 * Declares a rule; the identity function that gives rule files one shape.
 *
 * @example
 * export const operationRemoved: SpecRule = defineRule({ scope: 'spec', id: 'operation-removed', … });
 */
export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}

/** A finding when `test` holds for the node, with a message built from it. */
export function nodeFinding(node: SchemaNode, holds: boolean, message: string, subjects?: string[]): Finding[] {
  if (!holds) return [];
  // A `prefixItems` position (`tags[0]`) is about the array's own name.
  const last = node.path
    .replace(/\[\d+\]/g, '[]')
    .split(/[.[\]]+/)
    .filter(Boolean)
    .pop();
  return [
    {
      message,
      old: node.oldPointer,
      new: node.newPointer,
      subjects: subjects ?? (last ? [last] : []),
    },
  ];
}
