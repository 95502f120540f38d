import { operationDescriptionChanged } from './docs/operation-description-changed.ts';
import { operationSummaryChanged } from './docs/operation-summary-changed.ts';
import { parameterDescriptionChanged } from './docs/parameter-description-changed.ts';
import { schemaDescriptionChanged } from './docs/schema-description-changed.ts';
import { schemaExampleChanged } from './docs/schema-example-changed.ts';
import { operationDeprecated } from './lifecycle/operation-deprecated.ts';
import { operationDeprecatedSunsetMissing } from './lifecycle/operation-deprecated-sunset-missing.ts';
import { operationStabilityDecreased } from './lifecycle/operation-stability-decreased.ts';
import { operationSunsetChanged } from './lifecycle/operation-sunset-changed.ts';
import { operationSunsetEarlier } from './lifecycle/operation-sunset-earlier.ts';
import { operationSunsetRemoved } from './lifecycle/operation-sunset-removed.ts';
import { operationSunsetTooSoon } from './lifecycle/operation-sunset-too-soon.ts';
import { operationUndeprecated } from './lifecycle/operation-undeprecated.ts';
import { parameterDeprecated } from './lifecycle/parameter-deprecated.ts';
import { operationAdded } from './operations/operation-added.ts';
import { operationIdChanged } from './operations/operation-id-changed.ts';
import { operationMoved } from './operations/operation-moved.ts';
import { operationRemoved } from './operations/operation-removed.ts';
import { operationRemovedAfterSunset } from './operations/operation-removed-after-sunset.ts';
import { operationRemovedBeforeSunset } from './operations/operation-removed-before-sunset.ts';
import { operationTagsChanged } from './operations/operation-tags-changed.ts';
import { parameterAddedOptional } from './parameters/parameter-added-optional.ts';
import { parameterAddedRequired } from './parameters/parameter-added-required.ts';
import { parameterBecameOptional } from './parameters/parameter-became-optional.ts';
import { parameterBecameRequired } from './parameters/parameter-became-required.ts';
import { parameterFormatChanged } from './parameters/parameter-format-changed.ts';
import { parameterFormatWidened } from './parameters/parameter-format-widened.ts';
import { parameterMoved } from './parameters/parameter-moved.ts';
import { parameterRemoved } from './parameters/parameter-removed.ts';
import { parameterRenamed } from './parameters/parameter-renamed.ts';
import { parameterStyleChanged } from './parameters/parameter-style-changed.ts';
import { parameterTypeChanged } from './parameters/parameter-type-changed.ts';
import { parameterTypeWidened } from './parameters/parameter-type-widened.ts';
import { pathParameterRenamed } from './parameters/path-parameter-renamed.ts';
import { requestAdditionalPropertiesForbidden } from './request/request-additional-properties-forbidden.ts';
import { requestAdditionalPropertiesNarrowed } from './request/request-additional-properties-narrowed.ts';
import { requestAdditionalPropertiesWidened } from './request/request-additional-properties-widened.ts';
import { requestBecameNotNullable } from './request/request-became-not-nullable.ts';
import { requestBecameNullable } from './request/request-became-nullable.ts';
import { requestBodyAddedOptional } from './request/request-body-added-optional.ts';
import { requestBodyAddedRequired } from './request/request-body-added-required.ts';
import { requestBodyBecameOptional } from './request/request-body-became-optional.ts';
import { requestBodyBecameRequired } from './request/request-body-became-required.ts';
import { requestBodyRemoved } from './request/request-body-removed.ts';
import { requestBodySchemaAdded } from './request/request-body-schema-added.ts';
import { requestDefaultChanged } from './request/request-default-changed.ts';
import { requestDefaultAdded } from './request/request-default-added.ts';
import { requestDefaultRemoved } from './request/request-default-removed.ts';
import { requestEnumAdded } from './request/request-enum-added.ts';
import { requestEnumValueAdded } from './request/request-enum-value-added.ts';
import { requestEnumValueRemoved } from './request/request-enum-value-removed.ts';
import { requestMaxItemsDecreased } from './request/request-max-items-decreased.ts';
import { requestMaxItemsIncreased } from './request/request-max-items-increased.ts';
import { requestMaxLengthDecreased } from './request/request-max-length-decreased.ts';
import { requestMaxLengthIncreased } from './request/request-max-length-increased.ts';
import { requestMaxPropertiesDecreased } from './request/request-max-properties-decreased.ts';
import { requestMaxPropertiesIncreased } from './request/request-max-properties-increased.ts';
import { requestMaximumDecreased } from './request/request-maximum-decreased.ts';
import { requestMaximumIncreased } from './request/request-maximum-increased.ts';
import { requestMediaTypeAdded } from './request/request-media-type-added.ts';
import { requestMediaTypeRemoved } from './request/request-media-type-removed.ts';
import { requestMediaTypeRenamed } from './request/request-media-type-renamed.ts';
import { requestMinItemsDecreased } from './request/request-min-items-decreased.ts';
import { requestMinItemsIncreased } from './request/request-min-items-increased.ts';
import { requestMinLengthDecreased } from './request/request-min-length-decreased.ts';
import { requestMinLengthIncreased } from './request/request-min-length-increased.ts';
import { requestMinPropertiesDecreased } from './request/request-min-properties-decreased.ts';
import { requestMinPropertiesIncreased } from './request/request-min-properties-increased.ts';
import { requestMinimumDecreased } from './request/request-minimum-decreased.ts';
import { requestMinimumIncreased } from './request/request-minimum-increased.ts';
import { requestMultipleOfLoosened } from './request/request-multiple-of-loosened.ts';
import { requestMultipleOfTightened } from './request/request-multiple-of-tightened.ts';
import { requestPatternChanged } from './request/request-pattern-changed.ts';
import { requestPatternLoosened } from './request/request-pattern-loosened.ts';
import { requestPatternRemoved } from './request/request-pattern-removed.ts';
import { requestPatternTightened } from './request/request-pattern-tightened.ts';
import { requestPropertyAddedNarrowed } from './request/request-property-added-narrowed.ts';
import { requestPropertyAddedOptional } from './request/request-property-added-optional.ts';
import { requestPropertyAddedRequired } from './request/request-property-added-required.ts';
import { requestPropertyBecameOptional } from './request/request-property-became-optional.ts';
import { requestPropertyBecameRequired } from './request/request-property-became-required.ts';
import { requestPropertyFormatChanged } from './request/request-property-format-changed.ts';
import { requestPropertyFormatWidened } from './request/request-property-format-widened.ts';
import { requestPropertyRemoved } from './request/request-property-removed.ts';
import { requestPropertyTypeChanged } from './request/request-property-type-changed.ts';
import { requestPropertyTypeWidened } from './request/request-property-type-widened.ts';
import { requestUniqueItemsAdded } from './request/request-unique-items-added.ts';
import { requestUniqueItemsRemoved } from './request/request-unique-items-removed.ts';
import { errorStatusRemoved } from './response/error-status-removed.ts';
import { responseAdditionalPropertiesNarrowed } from './response/response-additional-properties-narrowed.ts';
import { responseAdditionalPropertiesWidened } from './response/response-additional-properties-widened.ts';
import { responseDiscriminatorChanged } from './response/response-discriminator-changed.ts';
import { responseEnumAdded } from './response/response-enum-added.ts';
import { responseEnumRemoved } from './response/response-enum-removed.ts';
import { responseEnumValueAdded } from './response/response-enum-value-added.ts';
import { responseEnumValueRemoved } from './response/response-enum-value-removed.ts';
import { responseHeaderAdded } from './response/response-header-added.ts';
import { responseHeaderBecameOptional } from './response/response-header-became-optional.ts';
import { responseHeaderRemoved } from './response/response-header-removed.ts';
import { responseMaxItemsDecreased } from './response/response-max-items-decreased.ts';
import { responseMaxItemsIncreased } from './response/response-max-items-increased.ts';
import { responseMaxLengthDecreased } from './response/response-max-length-decreased.ts';
import { responseMaxLengthIncreased } from './response/response-max-length-increased.ts';
import { responseMaxPropertiesDecreased } from './response/response-max-properties-decreased.ts';
import { responseMaxPropertiesIncreased } from './response/response-max-properties-increased.ts';
import { responseMaximumDecreased } from './response/response-maximum-decreased.ts';
import { responseMaximumIncreased } from './response/response-maximum-increased.ts';
import { responseMediaTypeAdded } from './response/response-media-type-added.ts';
import { responseMediaTypeRemoved } from './response/response-media-type-removed.ts';
import { responseMediaTypeRenamed } from './response/response-media-type-renamed.ts';
import { responseMinimumDecreased } from './response/response-minimum-decreased.ts';
import { responseMinimumIncreased } from './response/response-minimum-increased.ts';
import { responseMinItemsDecreased } from './response/response-min-items-decreased.ts';
import { responseMinItemsIncreased } from './response/response-min-items-increased.ts';
import { responseMinLengthDecreased } from './response/response-min-length-decreased.ts';
import { responseMinLengthIncreased } from './response/response-min-length-increased.ts';
import { responseMinPropertiesDecreased } from './response/response-min-properties-decreased.ts';
import { responseMinPropertiesIncreased } from './response/response-min-properties-increased.ts';
import { responseMultipleOfLoosened } from './response/response-multiple-of-loosened.ts';
import { responseMultipleOfTightened } from './response/response-multiple-of-tightened.ts';
import { responseOptionalPropertyRemoved } from './response/response-optional-property-removed.ts';
import { responsePatternChanged } from './response/response-pattern-changed.ts';
import { responsePatternLoosened } from './response/response-pattern-loosened.ts';
import { responsePatternTightened } from './response/response-pattern-tightened.ts';
import { responsePropertyAdded } from './response/response-property-added.ts';
import { responsePropertyAddedUnexpected } from './response/response-property-added-unexpected.ts';
import { responsePropertyBecameNotNullable } from './response/response-property-became-not-nullable.ts';
import { responsePropertyBecameNullable } from './response/response-property-became-nullable.ts';
import { responsePropertyBecameOptional } from './response/response-property-became-optional.ts';
import { responsePropertyBecameRequired } from './response/response-property-became-required.ts';
import { responsePropertyFormatChanged } from './response/response-property-format-changed.ts';
import { responsePropertyFormatNarrowed } from './response/response-property-format-narrowed.ts';
import { responsePropertyTypeChanged } from './response/response-property-type-changed.ts';
import { responsePropertyTypeNarrowed } from './response/response-property-type-narrowed.ts';
import { responseRequiredPropertyRemoved } from './response/response-required-property-removed.ts';
import { responseStatusAdded } from './response/response-status-added.ts';
import { responseUniqueItemsAdded } from './response/response-unique-items-added.ts';
import { responseUniqueItemsRemoved } from './response/response-unique-items-removed.ts';
import { successStatusChanged } from './response/success-status-changed.ts';
import { successStatusRemoved } from './response/success-status-removed.ts';
import { securityRequiredAdded } from './security/security-required-added.ts';
import { securityRemoved } from './security/security-removed.ts';
import { securitySchemeAdded } from './security/security-scheme-added.ts';
import { securitySchemeAlsoRequired } from './security/security-scheme-also-required.ts';
import { securitySchemeRemoved } from './security/security-scheme-removed.ts';
import { securityScopeAdded } from './security/security-scope-added.ts';
import { requestContentEncodingChanged } from './request/request-content-encoding-changed.ts';
import { requestContentMediaTypeChanged } from './request/request-content-media-type-changed.ts';
import { requestContentMediaTypeRemoved } from './request/request-content-media-type-removed.ts';
import { requestDependentRequiredAdded } from './request/request-dependent-required-added.ts';
import { requestDependentRequiredRemoved } from './request/request-dependent-required-removed.ts';
import { responseContentEncodingChanged } from './response/response-content-encoding-changed.ts';
import { responseContentMediaTypeAdded } from './response/response-content-media-type-added.ts';
import { responseContentMediaTypeChanged } from './response/response-content-media-type-changed.ts';
import { responseContentMediaTypeRemoved } from './response/response-content-media-type-removed.ts';
import { responseDependentRequiredAdded } from './response/response-dependent-required-added.ts';
import { responseDependentRequiredRemoved } from './response/response-dependent-required-removed.ts';
import { webhookAdded } from './webhooks/webhook-added.ts';
import { webhookRemoved } from './webhooks/webhook-removed.ts';
import type { Rule } from './rule.ts';
import { requestAllOfAdded } from './composition/request-all-of-added.ts';
import { requestAllOfRemoved } from './composition/request-all-of-removed.ts';
import { requestBranchAdded } from './composition/request-branch-added.ts';
import { requestBranchRemoved } from './composition/request-branch-removed.ts';
import { requestBranchesOverlap } from './composition/request-branches-overlap.ts';
import { requestDiscriminatorChanged } from './composition/request-discriminator-changed.ts';
import { requestDiscriminatorMappingChanged } from './composition/request-discriminator-mapping-changed.ts';
import { requestUnionAdded } from './composition/request-union-added.ts';
import { requestUnionRemoved } from './composition/request-union-removed.ts';
import { responseAllOfAdded } from './composition/response-all-of-added.ts';
import { responseAllOfRemoved } from './composition/response-all-of-removed.ts';
import { responseBranchAdded } from './composition/response-branch-added.ts';
import { responseBranchesOverlapAllowed } from './composition/response-branches-overlap-allowed.ts';
import { responseBranchRemoved } from './composition/response-branch-removed.ts';
import { responseDiscriminatorMappingChanged } from './composition/response-discriminator-mapping-changed.ts';
import { responseUnionAdded } from './composition/response-union-added.ts';
import { responseUnionRemoved } from './composition/response-union-removed.ts';

/**
 * Every rule, in the order findings are reported within one scope: spec
 * rules (operations added, removed, moved), then operation rules, then
 * schema rules on every pair of schema nodes.
 */
export const catalogue: readonly Rule[] = [
  requestAllOfAdded,
  requestAllOfRemoved,
  requestBranchAdded,
  requestBranchRemoved,
  requestBranchesOverlap,
  requestDiscriminatorChanged,
  requestDiscriminatorMappingChanged,
  requestUnionAdded,
  requestUnionRemoved,
  responseAllOfAdded,
  responseAllOfRemoved,
  responseBranchAdded,
  responseBranchRemoved,
  responseBranchesOverlapAllowed,
  responseDiscriminatorMappingChanged,
  responseUnionAdded,
  responseUnionRemoved,
  operationDescriptionChanged,
  operationSummaryChanged,
  parameterDescriptionChanged,
  schemaDescriptionChanged,
  schemaExampleChanged,
  operationDeprecated,
  operationDeprecatedSunsetMissing,
  operationStabilityDecreased,
  operationSunsetChanged,
  operationSunsetEarlier,
  operationSunsetRemoved,
  operationSunsetTooSoon,
  operationUndeprecated,
  parameterDeprecated,
  operationAdded,
  operationIdChanged,
  operationMoved,
  operationRemoved,
  operationRemovedAfterSunset,
  operationRemovedBeforeSunset,
  operationTagsChanged,
  webhookAdded,
  webhookRemoved,
  parameterAddedOptional,
  parameterAddedRequired,
  parameterBecameOptional,
  parameterBecameRequired,
  parameterFormatChanged,
  parameterFormatWidened,
  parameterMoved,
  parameterRemoved,
  parameterRenamed,
  parameterStyleChanged,
  parameterTypeChanged,
  parameterTypeWidened,
  pathParameterRenamed,
  requestAdditionalPropertiesForbidden,
  requestAdditionalPropertiesNarrowed,
  requestAdditionalPropertiesWidened,
  requestBecameNotNullable,
  requestBecameNullable,
  requestBodyAddedOptional,
  requestBodyAddedRequired,
  requestBodyBecameOptional,
  requestBodyBecameRequired,
  requestBodyRemoved,
  requestBodySchemaAdded,
  requestContentEncodingChanged,
  requestContentMediaTypeChanged,
  requestContentMediaTypeRemoved,
  requestDefaultChanged,
  requestDefaultAdded,
  requestDefaultRemoved,
  requestDependentRequiredAdded,
  requestDependentRequiredRemoved,
  requestEnumAdded,
  requestEnumValueAdded,
  requestEnumValueRemoved,
  requestMaxItemsDecreased,
  requestMaxItemsIncreased,
  requestMaxLengthDecreased,
  requestMaxLengthIncreased,
  requestMaxPropertiesDecreased,
  requestMaxPropertiesIncreased,
  requestMaximumDecreased,
  requestMaximumIncreased,
  requestMediaTypeAdded,
  requestMediaTypeRemoved,
  requestMediaTypeRenamed,
  requestMinItemsDecreased,
  requestMinItemsIncreased,
  requestMinLengthDecreased,
  requestMinLengthIncreased,
  requestMinPropertiesDecreased,
  requestMinPropertiesIncreased,
  requestMinimumDecreased,
  requestMinimumIncreased,
  requestMultipleOfLoosened,
  requestMultipleOfTightened,
  requestPatternChanged,
  requestPatternLoosened,
  requestPatternRemoved,
  requestPatternTightened,
  requestPropertyAddedNarrowed,
  requestPropertyAddedOptional,
  requestPropertyAddedRequired,
  requestPropertyBecameOptional,
  requestPropertyBecameRequired,
  requestPropertyFormatChanged,
  requestPropertyFormatWidened,
  requestPropertyRemoved,
  requestPropertyTypeChanged,
  requestPropertyTypeWidened,
  requestUniqueItemsAdded,
  requestUniqueItemsRemoved,
  errorStatusRemoved,
  responseAdditionalPropertiesNarrowed,
  responseAdditionalPropertiesWidened,
  responseContentEncodingChanged,
  responseContentMediaTypeAdded,
  responseContentMediaTypeChanged,
  responseContentMediaTypeRemoved,
  responseDependentRequiredAdded,
  responseDependentRequiredRemoved,
  responseDiscriminatorChanged,
  responseEnumValueAdded,
  responseEnumAdded,
  responseEnumRemoved,
  responseEnumValueRemoved,
  responseHeaderAdded,
  responseHeaderBecameOptional,
  responseHeaderRemoved,
  responseMaxItemsDecreased,
  responseMaxItemsIncreased,
  responseMaxLengthDecreased,
  responseMaxLengthIncreased,
  responseMaxPropertiesDecreased,
  responseMaxPropertiesIncreased,
  responseMaximumDecreased,
  responseMaximumIncreased,
  responseMediaTypeAdded,
  responseMediaTypeRemoved,
  responseMediaTypeRenamed,
  responseMinimumDecreased,
  responseMinimumIncreased,
  responseMinItemsDecreased,
  responseMinItemsIncreased,
  responseMinLengthDecreased,
  responseMinLengthIncreased,
  responseMinPropertiesDecreased,
  responseMinPropertiesIncreased,
  responseMultipleOfLoosened,
  responseMultipleOfTightened,
  responseOptionalPropertyRemoved,
  responsePatternChanged,
  responsePatternLoosened,
  responsePatternTightened,
  responsePropertyAdded,
  responsePropertyAddedUnexpected,
  responsePropertyBecameNotNullable,
  responsePropertyBecameNullable,
  responsePropertyBecameOptional,
  responsePropertyBecameRequired,
  responsePropertyFormatChanged,
  responsePropertyFormatNarrowed,
  responsePropertyTypeChanged,
  responsePropertyTypeNarrowed,
  responseRequiredPropertyRemoved,
  responseStatusAdded,
  responseUniqueItemsAdded,
  responseUniqueItemsRemoved,
  successStatusChanged,
  successStatusRemoved,
  securityRequiredAdded,
  securityRemoved,
  securitySchemeAdded,
  securitySchemeAlsoRequired,
  securitySchemeRemoved,
  securityScopeAdded,
];
