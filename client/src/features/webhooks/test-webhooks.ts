export const testEndpoint = (overrides: object = {}) => ({
  __typename: 'WebhookEndpoint',
  id: 'w1',
  url: 'https://erp.example.co.jp/esurety',
  events: ['GUARANTEE_CHANGED', 'GUARANTEE_ISSUED'],
  createdAt: '2026-04-04T00:00:00.000Z',
  active: true,
  pausedAt: null,
  previousSecretExpiresAt: null,
  ...overrides,
});
