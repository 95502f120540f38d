/**
 * What a pact holds instead of a token. Verifiers put the real token where
 * the placeholder is; the request's matching rules only ask that a token be
 * there, so the contract stays verifiable and no secret is ever written.
 *
 * @example
 * pact.interactions[0].request.headers['circle-token']; // ['${CIRCLE_TOKEN}']
 */
export const TOKEN_PLACEHOLDER = '${CIRCLE_TOKEN}';

/**
 * The token written for requests the provider answered 401 to while they
 * carried a token (a wrong one): verifiers send it as is, so the provider
 * refuses it again.
 *
 * @example
 * pact.interactions[0].request.headers['circle-token']; // ['invalid-circle-token']
 */
export const INVALID_TOKEN_PLACEHOLDER = 'invalid-circle-token';

/**
 * The provider state a flow's later steps carry: the requests its earlier
 * steps sent, in order, so a provider (or the embedded mock) can be brought
 * into the state the step relied on by sending them again.
 *
 * @example
 * { name: REPLAY_STATE, params: { requests: [{ method: 'POST', path: '/api/v2/context', body: { name: 'ci' } }] } }
 */
export const REPLAY_STATE = 'the earlier requests of the flow were sent';
