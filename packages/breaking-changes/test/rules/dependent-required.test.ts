import { runRuleCases } from '../support/rule-cases.ts';
import { dependentRequiredCases } from '../support/cases/dependent-required.ts';

runRuleCases(dependentRequiredCases);
