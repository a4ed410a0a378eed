import { seal, unseal, type Keyring } from '../../common/secrets';
import type { EntityManager } from '../../db/orm';
import { previousSecretContext, WebhookEndpoint } from './webhook-endpoint.entity';

/**
 * Re-seals every webhook signing secret under a new master key (`esurety rotate-secret`); the
 * secrets themselves, which receivers hold, do not change. Throws, naming the endpoint, if one
 * can't be opened with the old key. Returns how many were re-sealed.
 */
export async function resealWebhookSecrets(tx: EntityManager, from: Keyring, to: Keyring): Promise<number> {
  const endpoints = await tx.find(
    WebhookEndpoint,
    {},
    { fields: ['id', 'secretCiphertext', 'previousSecretCiphertext'], orderBy: { id: 'asc' } },
  );
  for (const endpoint of endpoints) {
    let secret: string;
    let previous: string | null;
    try {
      secret = unseal(from.webhookSecretEncryption, endpoint.id, endpoint.secretCiphertext);
      const context = previousSecretContext(endpoint.id);
      previous = endpoint.previousSecretCiphertext
        ? unseal(from.webhookSecretEncryption, context, endpoint.previousSecretCiphertext)
        : null;
    } catch {
      throw new Error(`Webhook ${endpoint.id}: 現在の SECRET_KEY で署名用シークレットを復号できません（SECRET_KEY が違います）。`);
    }
    await tx.nativeUpdate(
      WebhookEndpoint,
      { id: endpoint.id },
      {
        secretCiphertext: seal(to.webhookSecretEncryption, endpoint.id, secret),
        previousSecretCiphertext: previous === null ? null : seal(to.webhookSecretEncryption, previousSecretContext(endpoint.id), previous),
      },
    );
  }
  return endpoints.length;
}
