import { graphql } from '../../gql';

export const PingWebhookEndpointMutation = graphql(`
  mutation PingWebhookEndpoint($input: PingWebhookEndpointInput!) {
    pingWebhookEndpoint(input: $input) {
      webhookDelivery {
        id
        ...WebhookDeliveryRow
      }
    }
  }
`);

export const PauseWebhookEndpointMutation = graphql(`
  mutation PauseWebhookEndpoint($input: PauseWebhookEndpointInput!) {
    pauseWebhookEndpoint(input: $input) {
      webhookEndpoint {
        id
        ...WebhookEndpointRow
      }
    }
  }
`);

export const ResumeWebhookEndpointMutation = graphql(`
  mutation ResumeWebhookEndpoint($input: ResumeWebhookEndpointInput!) {
    resumeWebhookEndpoint(input: $input) {
      webhookEndpoint {
        id
        ...WebhookEndpointRow
      }
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      webhookEndpoint {
        id
        previousSecretExpiresAt
        ...WebhookEndpointRow
      }
    }
  }
`);

export const RedeliverWebhookDeliveryMutation = graphql(`
  mutation RedeliverWebhookDelivery($input: RedeliverWebhookDeliveryInput!) {
    redeliverWebhookDelivery(input: $input) {
      webhookDelivery {
        id
        ...WebhookDeliveryRow
      }
    }
  }
`);
