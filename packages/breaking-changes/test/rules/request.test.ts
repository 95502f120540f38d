import { runRuleCases } from '../helpers/rule-cases.js';
import { requestCases } from './cases/request.js';

runRuleCases(requestCases);
