/** What {@link describeSchemaError} reads of an Ajv error (both OpenAPI validators' errors have it). */
export interface DescribedError {
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * One Ajv error in words for a problem's `message`: an unknown or missing
 * property by its name, an `enum` or `const` with the values allowed, a
 * value a `false` subschema refuses as not allowed, else Ajv's own message.
 *
 * @example
 * describeSchemaError({ keyword: 'required', params: { missingProperty: 'info' } }); // 'missing required property "info"'
 */
export function describeSchemaError(error: DescribedError): string {
  const params = error.params;
  if (error.keyword === 'additionalProperties') return `unknown property ${JSON.stringify(params.additionalProperty)}`;
  if (error.keyword === 'unevaluatedProperties')
    return `unknown property ${JSON.stringify(params.unevaluatedProperty)}`;
  if (error.keyword === 'required') return `missing required property ${JSON.stringify(params.missingProperty)}`;
  if (error.keyword === 'enum') return `${error.message ?? 'not allowed'}: ${JSON.stringify(params.allowedValues)}`;
  if (error.keyword === 'const') return `must be ${JSON.stringify(params.allowedValue)}`;
  // A `false` subschema of the validator's schema: the property it stands for may not be there.
  if (error.keyword === 'false schema') return 'not allowed here';
  return error.message ?? error.keyword;
}
