import { runRuleCases } from '../support/rule-cases.js';
import { requestCases } from '../support/cases/request.js';

runRuleCases(requestCases);
