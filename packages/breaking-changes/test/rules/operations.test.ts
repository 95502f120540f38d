import { runRuleCases } from '../helpers/rule-cases.js';
import { operationCases } from './cases/operations.js';

runRuleCases(operationCases);
