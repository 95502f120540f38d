import { runRuleCases } from '../support/rule-cases.ts';
import { requestCases } from '../support/cases/request.ts';

runRuleCases(requestCases);
