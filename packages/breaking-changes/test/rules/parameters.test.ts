import { runRuleCases } from '../support/rule-cases.ts';
import { parameterCases } from '../support/cases/parameters.ts';

runRuleCases(parameterCases);
