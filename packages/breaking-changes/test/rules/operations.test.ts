import { runRuleCases } from '../support/rule-cases.ts';
import { operationCases } from '../support/cases/operations.ts';

runRuleCases(operationCases);
