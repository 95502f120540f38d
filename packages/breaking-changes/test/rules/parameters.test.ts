import { runRuleCases } from '../support/rule-cases.js';
import { parameterCases } from '../support/cases/parameters.js';

runRuleCases(parameterCases);
