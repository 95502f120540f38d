import { runRuleCases } from '../support/rule-cases.js';
import { responseCases } from '../support/cases/response.js';

runRuleCases(responseCases);
