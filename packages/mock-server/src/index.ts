export { startMockServer, type MockServer, type MockServerOptions } from './start-mock-server.js';
export { MockServerError, type MockServerErrorCode } from './mock-server-error.js';
export { FAULT_KINDS, decideFault, parseFault, type FaultDecision, type FaultKind, type FaultRates } from './faults.js';
export { authenticate, type AuthScheme, type Credentials } from './authenticate.js';
export { pageOf, type Page } from './pagination.js';
export { MockState, CLOCK_START } from './state/mock-state.js';
export { workflowView, type JobView, type WorkflowView } from './state/workflow-status.js';
export type * from './state/records.js';
