export { sendToPactMock, type PactMockAnswer } from './send-to-pact-mock.ts';
export { withRecordRetries } from './with-record-retries.ts';
