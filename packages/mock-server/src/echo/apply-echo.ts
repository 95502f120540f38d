/**
 * Writes the request's subject into a response body, per the operation's echo rules.
 */
import { fitsField } from '../_internals/fits.ts';
import type { EchoRule } from './echo-rules.ts';
import { slugPart } from './slug-parts.ts';

/**
 * The value a rule's field holds for a request's parameters (by wire name;
 * slugs canonical), spelled as the field's `enum` spells it (`GitHub` for
 * `github`); `undefined` when the request does not carry it (an optional
 * query parameter left out, the name of a project named by id).
 *
 * @example
 * echoValue(rule, { 'project-slug': 'gh/acme/widgets' }, {}); // 'acme' for a rule on organization_name
 */
export function echoValue(
  rule: EchoRule,
  path: Record<string, unknown>,
  query: Record<string, unknown>,
  idOf?: IdOf,
): unknown {
  const given = (rule.location === 'path' ? path : query)[rule.parameter];
  if (given === undefined) return undefined;
  const text = typeof given === 'string' ? given : JSON.stringify(given);
  let value = rule.part === 'value' ? given : slugPart(rule.slug!, text, rule.part);
  if (value === undefined && idOf !== undefined && (rule.part === 'project-id' || rule.part === 'org-id')) {
    const slug = slugPart(rule.slug!, text, rule.part === 'project-id' ? 'slug' : 'org-slug');
    if (slug !== undefined) value = idOf(rule.part === 'project-id' ? 'project' : 'organization', slug);
  }
  if (typeof value !== 'string' || rule.schema.enum === undefined) return value;
  const lower = value.toLowerCase();
  return rule.schema.enum.find((option) => typeof option === 'string' && option.toLowerCase() === lower) ?? value;
}

/**
 * The id of the org or project a named slug (`gh/acme/widgets`) stands for:
 * the kept one's, else one derived from the slug, so every answer about it
 * gives the same id.
 */
export type IdOf = (kind: 'organization' | 'project', slug: string) => string;

function setAt(node: unknown, path: readonly string[], at: number, value: unknown): void {
  if (node === null || typeof node !== 'object') return;
  const step = path[at]!;
  if (step === '[]') {
    if (Array.isArray(node)) for (const item of node) setAt(item, path, at + 1, value);
    return;
  }
  const record = node as Record<string, unknown>;
  if (at === path.length - 1) record[step] = value;
  else setAt(record[step], path, at + 1, value);
}

/**
 * Writes each rule's value into the body where the field's schema takes it;
 * fields inside objects or arrays the body does not have are left alone.
 * With `idOf`, the id fields of a named org or project get its id too.
 *
 * @example
 * applyEcho(body, deriveEchoRules(getProjectBySlug), { 'project-slug': 'gh/acme/widgets' }, {});
 * body.slug; // 'gh/acme/widgets'
 */
export function applyEcho(
  body: unknown,
  rules: readonly EchoRule[],
  path: Record<string, unknown>,
  query: Record<string, unknown>,
  idOf?: IdOf,
): void {
  for (const rule of rules) {
    const value = echoValue(rule, path, query, idOf);
    if (value !== undefined && fitsField(rule.schema, value)) setAt(body, rule.field, 0, value);
  }
}
