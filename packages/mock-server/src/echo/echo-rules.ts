/**
 * Which response fields name the request's subject, derived from the spec:
 * field names and paths against parameter names.
 */
import { slugParameterKind, type SlugParameterKind } from '@circleci-kit/slug';
import type { OperationInfo, ParameterInfo, SchemaObject } from '@circleci-kit/spec-loader';
import { responseFields } from './response-fields.ts';
import type { SlugPart } from './slug-parts.ts';

/** Why a field echoes a parameter; each is a rule of the mock's README. */
export type EchoRuleKind = 'same-name' | 'slug-part' | 'subject-id' | 'subject-number' | 'subject-name';

/** One response field that holds a request parameter's value, or a part of it. */
export interface EchoRule {
  /** The field's path from the body's root; `[]` stands for every item of an array. */
  field: readonly string[];
  /** The parameter's wire name. */
  parameter: string;
  location: 'path' | 'query';
  /** What the field holds: the value as the server read it (slugs canonical), or a part of a slug. */
  part: 'value' | SlugPart;
  /** The slug kind of the parameter, for slug parts. */
  slug: SlugParameterKind | undefined;
  kind: EchoRuleKind;
  /** The field's schema: a value is only written where it fits. */
  schema: SchemaObject;
}

/** A name without case or separators: `project-slug`, `project_slug` and `projectSlug` are all `projectslug`. */
export const normalName = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Fields (their normal joined names) that hold a part of an organization slug (or id) parameter, anywhere in the body. */
const ORG_SLUG_FIELDS: Readonly<Record<string, SlugPart>> = {
  organizationname: 'org-name',
  orgname: 'org-name',
  organizationslug: 'org-slug',
  orgslug: 'org-slug',
  organizationid: 'org-id',
  orgid: 'org-id',
  vcsinfoprovider: 'vcs',
  vcstype: 'vcs',
};

/** Fields that hold a part of a project slug parameter: its org's, and the project's own. */
const PROJECT_SLUG_FIELDS: Readonly<Record<string, SlugPart>> = {
  projectslug: 'slug',
  projectname: 'project-name',
  projectid: 'project-id',
  ...ORG_SLUG_FIELDS,
  vcsinfovcsurl: 'repo-url',
  projectexternalurl: 'repo-url',
  vcstargetrepositoryurl: 'repo-url',
  vcsoriginrepositoryurl: 'repo-url',
};

/** Top-level fields of the subject itself when the path ends with a slug parameter. */
const SUBJECT_SLUG_FIELDS: Readonly<Record<'project' | 'org', Readonly<Record<string, SlugPart>>>> = {
  project: { slug: 'slug', name: 'project-name', id: 'project-id' },
  org: { slug: 'org-slug', name: 'org-name', id: 'org-id' },
};

/** The success status's JSON schema: the lowest 2xx, else `2XX` or `default`. */
export function successSchema(operation: OperationInfo): SchemaObject | undefined {
  const status = Object.keys(operation.responses)
    .filter((s) => /^2\d\d$/.test(s))
    .sort()[0];
  const response = operation.responses[status ?? '2XX'] ?? operation.responses['default'];
  return response?.content['application/json']?.schema;
}

/**
 * The echo rules of one operation, in the order they are tried (one rule per field):
 *
 * 1. **same-name**: a field whose normal name (its path joined, for nested
 *    fields: `scope.id`) is a path or query parameter's normal name
 *    (`project_slug` ← `project-slug`, `org_id` ← `orgID`, `items[].context_id` ← `context_id`),
 *    except a parameter named just `id`, which only the subject rule maps;
 * 2. **slug-part**: a field named for a part of a slug parameter
 *    (`organization_name`, `project.name`, `vcs_info.provider`, `org_id`
 *    of a `circleci/<org id>/<project id>` slug, the repository URL in
 *    `vcs_info.vcs_url` and `project.external_url`), and, when the path ends
 *    with the slug, the subject's own `slug`, `name` and `id`;
 * 3. **subject-id / subject-number / subject-name**: when the path ends with
 *    a parameter, the top-level `id` holds an id parameter (`/workflow/{id}`,
 *    `/context/{context_id}`), `number` a number (`{job-number}`), and `name`
 *    or `variable` a name (`{env_var_name}`, `{policyName}`).
 *
 * @example
 * deriveEchoRules(spec.operations.get('getProjectBySlug')!).map((r) => r.field.join('.'));
 * // → ['slug', 'name', 'id', 'organization_name', 'organization_slug', 'organization_id', 'vcs_info.provider']
 */
export function deriveEchoRules(operation: OperationInfo): EchoRule[] {
  const parameters: Array<ParameterInfo & { in: 'path' | 'query' }> = [
    ...operation.parameters.path.map((p) => ({ ...p, in: 'path' as const })),
    ...operation.parameters.query.map((p) => ({ ...p, in: 'query' as const })),
  ];
  const lastSegment = operation.path.split('/').at(-1) ?? '';
  const subject = /^\{(.+)\}$/.exec(lastSegment)?.[1];
  const subjectSlug = subject === undefined ? undefined : slugParameterKind(subject);
  const rules: EchoRule[] = [];
  for (const { path, schema } of responseFields(successSchema(operation))) {
    const arrayStep = path.lastIndexOf('[]');
    const inner = path.slice(arrayStep + 1);
    const joined = normalName(inner.join(''));
    const topLevel = arrayStep === -1 && inner.length === 1;
    const rule = (parameter: ParameterInfo & { in: 'path' | 'query' }, kind: EchoRuleKind, part: EchoRule['part']) =>
      rules.push({
        field: path,
        parameter: parameter.name,
        location: parameter.in,
        part,
        slug: slugParameterKind(parameter.name),
        kind,
        schema,
      });
    // A parameter named just `id` names the subject, whose other fields (`items[].id` of its jobs) are not it.
    const sameName = parameters.find((p) => p.name !== 'id' && normalName(p.name) === joined);
    if (sameName !== undefined) {
      rule(sameName, 'same-name', 'value');
      continue;
    }
    const slugged = parameters.find((p) => {
      const kind = p.in === 'path' ? slugParameterKind(p.name) : undefined;
      return kind !== undefined && (kind === 'project' ? PROJECT_SLUG_FIELDS : ORG_SLUG_FIELDS)[joined] !== undefined;
    });
    if (slugged !== undefined) {
      const table = slugParameterKind(slugged.name) === 'project' ? PROJECT_SLUG_FIELDS : ORG_SLUG_FIELDS;
      rule(slugged, 'slug-part', table[joined]!);
      continue;
    }
    if (!topLevel || subject === undefined) continue;
    const parameter = parameters.find((p) => p.in === 'path' && p.name === subject)!;
    const name = inner[0]!;
    const subjectName = normalName(subject);
    if (subjectSlug !== undefined) {
      const part = SUBJECT_SLUG_FIELDS[subjectSlug === 'project' ? 'project' : 'org'][name];
      if (part !== undefined) rule(parameter, 'slug-part', part);
    } else if (name === 'id' && subjectName.endsWith('id')) rule(parameter, 'subject-id', 'value');
    else if (name === 'number' && subjectName.endsWith('number')) rule(parameter, 'subject-number', 'value');
    else if ((name === 'name' || name === 'variable') && subjectName.endsWith('name'))
      rule(parameter, 'subject-name', 'value');
  }
  return rules;
}
