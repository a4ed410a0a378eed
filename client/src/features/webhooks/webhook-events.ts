import type { WebhookEvent } from '../../gql/graphql';

/** The events an endpoint can receive, in the order the form offers them. */
export const webhookEvents = [
  'GUARANTEE_ISSUED',
  'GUARANTEE_CHANGED',
  'GUARANTEE_CORRECTED',
  'GUARANTEE_REVOKED',
  'APPLICATION_SUBMITTED',
  'APPLICATION_RETURNED',
  'BID_BOND_APPLIED',
  'BID_BOND_ISSUED',
  'BID_BOND_CONVERTED',
  'BID_BOND_WITHDRAWN',
  'BID_BOND_LAPSED',
  'FEE_STATEMENT_ISSUED',
  'FEE_STATEMENT_MAILED',
] as const satisfies readonly WebhookEvent[];

export const isWebhookEvent = (value: string): value is WebhookEvent => (webhookEvents as readonly string[]).includes(value);

/** Only https URLs are accepted by the server; say so before sending. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The events in the form's order, whatever order the server lists them in. */
export const sortEvents = (events: readonly WebhookEvent[]): WebhookEvent[] => webhookEvents.filter((e) => events.includes(e));
