/** A valid `createWebhook` body for a project scope (`url` may be varied). */
export function webhookBody(scopeId: string, url = 'https://example.com/h') {
  return {
    name: 'hook',
    events: ['job-completed'],
    url,
    'verify-tls': true,
    'signing-secret': 's',
    scope: { id: scopeId, type: 'project' },
  };
}
