import { operationDescriptionChanged } from './docs/operation-description-changed.js';
import { operationSummaryChanged } from './docs/operation-summary-changed.js';
import { parameterDescriptionChanged } from './docs/parameter-description-changed.js';
import { schemaDescriptionChanged } from './docs/schema-description-changed.js';
import { schemaExampleChanged } from './docs/schema-example-changed.js';
import { operationDeprecated } from './lifecycle/operation-deprecated.js';
import { operationDeprecatedSunsetMissing } from './lifecycle/operation-deprecated-sunset-missing.js';
import { operationStabilityDecreased } from './lifecycle/operation-stability-decreased.js';
import { operationSunsetChanged } from './lifecycle/operation-sunset-changed.js';
import { operationSunsetEarlier } from './lifecycle/operation-sunset-earlier.js';
import { operationSunsetRemoved } from './lifecycle/operation-sunset-removed.js';
import { operationSunsetTooSoon } from './lifecycle/operation-sunset-too-soon.js';
import { operationUndeprecated } from './lifecycle/operation-undeprecated.js';
import { parameterDeprecated } from './lifecycle/parameter-deprecated.js';
import { operationAdded } from './operations/operation-added.js';
import { operationIdChanged } from './operations/operation-id-changed.js';
import { operationMoved } from './operations/operation-moved.js';
import { operationRemoved } from './operations/operation-removed.js';
import { operationRemovedAfterSunset } from './operations/operation-removed-after-sunset.js';
import { operationRemovedBeforeSunset } from './operations/operation-removed-before-sunset.js';
import { operationTagsChanged } from './operations/operation-tags-changed.js';
import { parameterAddedOptional } from './parameters/parameter-added-optional.js';
import { parameterAddedRequired } from './parameters/parameter-added-required.js';
import { parameterBecameOptional } from './parameters/parameter-became-optional.js';
import { parameterBecameRequired } from './parameters/parameter-became-required.js';
import { parameterFormatChanged } from './parameters/parameter-format-changed.js';
import { parameterFormatWidened } from './parameters/parameter-format-widened.js';
import { parameterMoved } from './parameters/parameter-moved.js';
import { parameterRemoved } from './parameters/parameter-removed.js';
import { parameterRenamed } from './parameters/parameter-renamed.js';
import { parameterStyleChanged } from './parameters/parameter-style-changed.js';
import { parameterTypeChanged } from './parameters/parameter-type-changed.js';
import { parameterTypeWidened } from './parameters/parameter-type-widened.js';
import { pathParameterRenamed } from './parameters/path-parameter-renamed.js';
import { requestAdditionalPropertiesForbidden } from './request/request-additional-properties-forbidden.js';
import { requestAdditionalPropertiesNarrowed } from './request/request-additional-properties-narrowed.js';
import { requestAdditionalPropertiesWidened } from './request/request-additional-properties-widened.js';
import { requestBecameNotNullable } from './request/request-became-not-nullable.js';
import { requestBecameNullable } from './request/request-became-nullable.js';
import { requestBodyAddedOptional } from './request/request-body-added-optional.js';
import { requestBodyAddedRequired } from './request/request-body-added-required.js';
import { requestBodyBecameOptional } from './request/request-body-became-optional.js';
import { requestBodyBecameRequired } from './request/request-body-became-required.js';
import { requestBodyRemoved } from './request/request-body-removed.js';
import { requestBodySchemaAdded } from './request/request-body-schema-added.js';
import { requestDefaultChanged } from './request/request-default-changed.js';
import { requestDefaultAdded } from './request/request-default-added.js';
import { requestDefaultRemoved } from './request/request-default-removed.js';
import { requestEnumAdded } from './request/request-enum-added.js';
import { requestEnumValueAdded } from './request/request-enum-value-added.js';
import { requestEnumValueRemoved } from './request/request-enum-value-removed.js';
import { requestMaxItemsDecreased } from './request/request-max-items-decreased.js';
import { requestMaxItemsIncreased } from './request/request-max-items-increased.js';
import { requestMaxLengthDecreased } from './request/request-max-length-decreased.js';
import { requestMaxLengthIncreased } from './request/request-max-length-increased.js';
import { requestMaximumDecreased } from './request/request-maximum-decreased.js';
import { requestMaximumIncreased } from './request/request-maximum-increased.js';
import { requestMediaTypeAdded } from './request/request-media-type-added.js';
import { requestMediaTypeRemoved } from './request/request-media-type-removed.js';
import { requestMediaTypeRenamed } from './request/request-media-type-renamed.js';
import { requestMinItemsDecreased } from './request/request-min-items-decreased.js';
import { requestMinItemsIncreased } from './request/request-min-items-increased.js';
import { requestMinLengthDecreased } from './request/request-min-length-decreased.js';
import { requestMinLengthIncreased } from './request/request-min-length-increased.js';
import { requestMinimumDecreased } from './request/request-minimum-decreased.js';
import { requestMinimumIncreased } from './request/request-minimum-increased.js';
import { requestPatternChanged } from './request/request-pattern-changed.js';
import { requestPatternLoosened } from './request/request-pattern-loosened.js';
import { requestPatternRemoved } from './request/request-pattern-removed.js';
import { requestPatternTightened } from './request/request-pattern-tightened.js';
import { requestPropertyAddedNarrowed } from './request/request-property-added-narrowed.js';
import { requestPropertyAddedOptional } from './request/request-property-added-optional.js';
import { requestPropertyAddedRequired } from './request/request-property-added-required.js';
import { requestPropertyBecameOptional } from './request/request-property-became-optional.js';
import { requestPropertyBecameRequired } from './request/request-property-became-required.js';
import { requestPropertyFormatChanged } from './request/request-property-format-changed.js';
import { requestPropertyFormatWidened } from './request/request-property-format-widened.js';
import { requestPropertyRemoved } from './request/request-property-removed.js';
import { requestPropertyTypeChanged } from './request/request-property-type-changed.js';
import { requestPropertyTypeWidened } from './request/request-property-type-widened.js';
import { errorStatusRemoved } from './response/error-status-removed.js';
import { responseAdditionalPropertiesNarrowed } from './response/response-additional-properties-narrowed.js';
import { responseAdditionalPropertiesWidened } from './response/response-additional-properties-widened.js';
import { responseDiscriminatorChanged } from './response/response-discriminator-changed.js';
import { responseEnumRemoved } from './response/response-enum-removed.js';
import { responseEnumValueAdded } from './response/response-enum-value-added.js';
import { responseEnumValueRemoved } from './response/response-enum-value-removed.js';
import { responseHeaderAdded } from './response/response-header-added.js';
import { responseHeaderBecameOptional } from './response/response-header-became-optional.js';
import { responseHeaderRemoved } from './response/response-header-removed.js';
import { responseMaxItemsIncreased } from './response/response-max-items-increased.js';
import { responseMaxLengthIncreased } from './response/response-max-length-increased.js';
import { responseMaximumIncreased } from './response/response-maximum-increased.js';
import { responseMediaTypeAdded } from './response/response-media-type-added.js';
import { responseMediaTypeRemoved } from './response/response-media-type-removed.js';
import { responseMediaTypeRenamed } from './response/response-media-type-renamed.js';
import { responseMinimumDecreased } from './response/response-minimum-decreased.js';
import { responseMinItemsDecreased } from './response/response-min-items-decreased.js';
import { responseMinLengthDecreased } from './response/response-min-length-decreased.js';
import { responseOptionalPropertyRemoved } from './response/response-optional-property-removed.js';
import { responsePatternChanged } from './response/response-pattern-changed.js';
import { responsePatternLoosened } from './response/response-pattern-loosened.js';
import { responsePropertyAdded } from './response/response-property-added.js';
import { responsePropertyAddedUnexpected } from './response/response-property-added-unexpected.js';
import { responsePropertyBecameNotNullable } from './response/response-property-became-not-nullable.js';
import { responsePropertyBecameNullable } from './response/response-property-became-nullable.js';
import { responsePropertyBecameOptional } from './response/response-property-became-optional.js';
import { responsePropertyBecameRequired } from './response/response-property-became-required.js';
import { responsePropertyFormatChanged } from './response/response-property-format-changed.js';
import { responsePropertyFormatNarrowed } from './response/response-property-format-narrowed.js';
import { responsePropertyTypeChanged } from './response/response-property-type-changed.js';
import { responsePropertyTypeNarrowed } from './response/response-property-type-narrowed.js';
import { responseRequiredPropertyRemoved } from './response/response-required-property-removed.js';
import { responseStatusAdded } from './response/response-status-added.js';
import { successStatusChanged } from './response/success-status-changed.js';
import { successStatusRemoved } from './response/success-status-removed.js';
import { securityRequiredAdded } from './security/security-required-added.js';
import { securityRemoved } from './security/security-removed.js';
import { securitySchemeAdded } from './security/security-scheme-added.js';
import { securitySchemeAlsoRequired } from './security/security-scheme-also-required.js';
import { securitySchemeRemoved } from './security/security-scheme-removed.js';
import { securityScopeAdded } from './security/security-scope-added.js';
import type { Rule } from './rule.js';
import { requestAllOfAdded } from './composition/request-all-of-added.js';
import { requestAllOfRemoved } from './composition/request-all-of-removed.js';
import { requestBranchAdded } from './composition/request-branch-added.js';
import { requestBranchRemoved } from './composition/request-branch-removed.js';
import { requestBranchesOverlap } from './composition/request-branches-overlap.js';
import { requestDiscriminatorChanged } from './composition/request-discriminator-changed.js';
import { requestDiscriminatorMappingChanged } from './composition/request-discriminator-mapping-changed.js';
import { requestUnionAdded } from './composition/request-union-added.js';
import { requestUnionRemoved } from './composition/request-union-removed.js';
import { responseAllOfAdded } from './composition/response-all-of-added.js';
import { responseAllOfRemoved } from './composition/response-all-of-removed.js';
import { responseBranchAdded } from './composition/response-branch-added.js';
import { responseBranchesOverlapAllowed } from './composition/response-branches-overlap-allowed.js';
import { responseBranchRemoved } from './composition/response-branch-removed.js';
import { responseDiscriminatorMappingChanged } from './composition/response-discriminator-mapping-changed.js';
import { responseUnionAdded } from './composition/response-union-added.js';
import { responseUnionRemoved } from './composition/response-union-removed.js';

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
  requestDefaultChanged,
  requestDefaultAdded,
  requestDefaultRemoved,
  requestEnumAdded,
  requestEnumValueAdded,
  requestEnumValueRemoved,
  requestMaxItemsDecreased,
  requestMaxItemsIncreased,
  requestMaxLengthDecreased,
  requestMaxLengthIncreased,
  requestMaximumDecreased,
  requestMaximumIncreased,
  requestMediaTypeAdded,
  requestMediaTypeRemoved,
  requestMediaTypeRenamed,
  requestMinItemsDecreased,
  requestMinItemsIncreased,
  requestMinLengthDecreased,
  requestMinLengthIncreased,
  requestMinimumDecreased,
  requestMinimumIncreased,
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
  errorStatusRemoved,
  responseAdditionalPropertiesNarrowed,
  responseAdditionalPropertiesWidened,
  responseDiscriminatorChanged,
  responseEnumValueAdded,
  responseEnumRemoved,
  responseEnumValueRemoved,
  responseHeaderAdded,
  responseHeaderBecameOptional,
  responseHeaderRemoved,
  responseMaxItemsIncreased,
  responseMaxLengthIncreased,
  responseMaximumIncreased,
  responseMediaTypeAdded,
  responseMediaTypeRemoved,
  responseMediaTypeRenamed,
  responseMinimumDecreased,
  responseMinItemsDecreased,
  responseMinLengthDecreased,
  responseOptionalPropertyRemoved,
  responsePatternChanged,
  responsePatternLoosened,
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
  successStatusChanged,
  successStatusRemoved,
  securityRequiredAdded,
  securityRemoved,
  securitySchemeAdded,
  securitySchemeAlsoRequired,
  securitySchemeRemoved,
  securityScopeAdded,
];
