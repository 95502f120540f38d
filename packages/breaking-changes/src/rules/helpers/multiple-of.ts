import type { SchemaObject } from '@circleci-kit/spec-loader';
import { gcd, whole } from '../../engine/step-arithmetic.ts';
import { nodeFinding, type SchemaRule } from '../rule.ts';
import { sideRule, type SideRuleSpec } from './side-rule.ts';

/**
 * How the numbers a `multipleOf` allows moved: `tightened` when the new set
 * lies strictly inside the old one, `loosened` the reverse, `changed` when
 * each version allows a number the other refuses (2 → 3), `same` when they
 * allow the same numbers.
 */
export type MultipleOfChange = 'same' | 'tightened' | 'loosened' | 'changed';

/**
 * Whether `value` is `step` times a positive whole number, tolerant of
 * floating-point error.
 *
 * @example
 * isWholeMultiple(0.05, 0.01); // true
 * isWholeMultiple(0.01, 0.05); // false
 */
export function isWholeMultiple(value: number, step: number): boolean {
  const times = whole(value / step);
  return times !== undefined && times > 0;
}

/** The step a schema's `multipleOf` sets, `undefined` when it has none (or none a validator could apply: 0, negative, not finite). */
function stepOf(schema: SchemaObject): number | undefined {
  const step = schema.multipleOf;
  return step !== undefined && Number.isFinite(step) && step > 0 ? step : undefined;
}

/**
 * The least positive whole number that is a multiple of `step`: the
 * integers that are multiples of `step` are exactly its multiples
 * (2.5 = 5/2 → 5; 0.01 = 1/100 → 1, every integer). `undefined` when
 * `step` is no decimal of up to 9 places.
 */
function integerStep(step: number): number | undefined {
  for (let scale = 1; scale <= 1e9; scale *= 10) {
    const scaled = whole(step * scale);
    if (scaled !== undefined && scaled > 0) return scaled / gcd(scaled, scale);
  }
  return undefined;
}

/**
 * The steps to compare: the `multipleOf` of each version (`undefined`:
 * every number). Between two `integer` schemas, each is the integer step it
 * amounts to, no `multipleOf` being step 1, so `integer` → `integer,
 * multipleOf: 1` (or `0.5`) is no change.
 */
function steps(old: SchemaObject, next: SchemaObject): [number | undefined, number | undefined] {
  const [before, after] = [stepOf(old), stepOf(next)];
  if (old.type !== 'integer' || next.type !== 'integer') return [before, after];
  const [intBefore, intAfter] = [integerStep(before ?? 1), integerStep(after ?? 1)];
  if (intBefore === undefined || intAfter === undefined) return [before, after];
  return [intBefore, intAfter];
}

/** Whether every number `inner` allows is one `outer` allows (no step: every number). */
function inside(inner: number | undefined, outer: number | undefined): boolean {
  if (outer === undefined) return true;
  return inner !== undefined && isWholeMultiple(inner, outer);
}

/**
 * How `multipleOf` moved between two versions. The numbers a step `m`
 * allows are its multiples, and with no `multipleOf` every number is
 * allowed; so the new set is inside the old one exactly when the old
 * version had none or the new step is a whole multiple of the old one
 * (0.01 → 0.05 tightens, 2 → 4 too; 0.05 → 0.01 loosens; 2 → 3 changes
 * both ways: 2 is refused now, 3 allowed).
 *
 * @example
 * multipleOfChange({ type: 'number', multipleOf: 0.01 }, { type: 'number', multipleOf: 0.05 }); // 'tightened'
 * multipleOfChange({ type: 'integer' }, { type: 'integer', multipleOf: 1 }); // 'same'
 */
export function multipleOfChange(old: SchemaObject, next: SchemaObject): MultipleOfChange {
  const [before, after] = steps(old, next);
  const narrower = inside(after, before);
  const wider = inside(before, after);
  if (narrower && wider) return 'same';
  if (narrower) return 'tightened';
  return wider ? 'loosened' : 'changed';
}

/** What a `multipleOf` rule watches for. */
export interface MultipleOfRuleSpec extends SideRuleSpec {
  /** The moves it reports: a tightened request rule also reports a change both ways, as a loosened response rule does. */
  changes: readonly MultipleOfChange[];
}

/**
 * Builds a schema rule for `multipleOf` on one side.
 *
 * @example
 * export const requestMultipleOfTightened: SchemaRule = multipleOfRule({ id: 'request-multiple-of-tightened', changes: ['tightened', 'changed'], … });
 */
export function multipleOfRule(spec: MultipleOfRuleSpec): SchemaRule {
  const describe = (schema: SchemaObject) => String(schema.multipleOf ?? 'none');
  return sideRule(spec, (node) => {
    const change = multipleOfChange(node.old, node.new);
    return nodeFinding(
      node,
      spec.changes.includes(change),
      `${node.label}: \`multipleOf\` ${change} from ${describe(node.old)} to ${describe(node.new)}`,
    );
  });
}
