import { runRuleCases } from '../helpers/rule-cases.js';
import { parameterCases } from './cases/parameters.js';

runRuleCases(parameterCases);
