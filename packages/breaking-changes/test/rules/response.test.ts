import { runRuleCases } from '../support/rule-cases.ts';
import { responseCases } from '../support/cases/response.ts';

runRuleCases(responseCases);
