import { runRuleCases } from '../support/rule-cases.ts';
import { webhookCases } from '../support/cases/webhooks.ts';

runRuleCases(webhookCases);
