import { appendPointer } from '@circleci-kit/spec-loader';
import { propLabel, propertyDelta, propertyFinding, requiredIn } from '../helpers/schema-facts.ts';
import { type Finding, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `request-property-added-required` (error): A new required request body property, or a name newly listed in
 * `required` with no property declared for it: existing clients do not send it.
 */
export const requestPropertyAddedRequired: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-property-added-required',
  level: 'error',
  direction: 'request',
  summary:
    'A new required request body property, or a name newly listed in `required` with no property declared for it: existing clients do not send it.',
  sites: ['request-body'],
  check: (node) => {
    const added = propertyDelta(node)
      .added.filter((name) => requiredIn(node.new, name) && !requiredIn(node.old, name))
      .map((name) => propertyFinding(node, name, 'new', `${propLabel(node, name)} added as required`));
    // A name in `required` with no property written for it is required all the same (any value, as far as
    // `additionalProperties` allows). One the old version declared is also reported as removed; this is the break.
    const undeclared = (node.new.required ?? [])
      .filter((name) => node.new.properties?.[name] === undefined && !requiredIn(node.old, name))
      .map((name): Finding => ({
        message: `${propLabel(node, name)} now required (no property declared for it)`,
        old: null,
        new: appendPointer(node.newPointer, 'required'),
        subjects: [name],
      }));
    return [...added, ...undeclared];
  },
});
