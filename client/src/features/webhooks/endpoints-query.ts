import { graphql } from '../../gql';

/** An organisation has at most 10 endpoints (the server refuses more): one page holds them all. */
export const WEBHOOK_ENDPOINTS_PAGE = { first: 100 } as const;

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints($first: Int!) {
    webhookEndpoints(first: $first) {
      totalCount
      edges {
        node {
          id
          ...WebhookEndpointRow
        }
      }
    }
  }
`);
