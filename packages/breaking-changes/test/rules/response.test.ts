import { runRuleCases } from '../helpers/rule-cases.js';
import { responseCases } from './cases/response.js';

runRuleCases(responseCases);
