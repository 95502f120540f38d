import { runRuleCases } from '../support/rule-cases.js';
import { operationCases } from '../support/cases/operations.js';

runRuleCases(operationCases);
