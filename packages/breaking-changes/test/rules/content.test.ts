import { runRuleCases } from '../support/rule-cases.ts';
import { contentCases } from '../support/cases/content.ts';

runRuleCases(contentCases);
