import type { Keyring } from '../../common/secrets';
import type { EntityManager } from '../../db/orm';
import { authKeyHmac, authKeyMatches, decryptAuthKey, encryptAuthKey } from './auth-keys';
import { Guarantee } from './guarantee.entity';

const PAGE = 500;

/**
 * Re-keys every electronic guarantee from one master key to another (`esurety rotate-secret`):
 * opens the stored copy of its 認証キー with the old key, checks it against the stored HMAC, and
 * writes a new HMAC and a new sealed copy. The 認証キー themselves do not change: key notices
 * already handed to orderers stay valid. Throws, naming the contract number, if a copy can't be
 * opened or does not match its HMAC (the caller's transaction then changes nothing).
 * Returns how many guarantees were re-keyed.
 */
export async function rekeyAuthKeys(tx: EntityManager, from: Keyring, to: Keyring): Promise<number> {
  let count = 0;
  let after: string | null = null;
  for (;;) {
    const page: Pick<Guarantee, 'id' | 'contractNumber' | 'authKeyHmac' | 'authKeyCiphertext'>[] = await tx.find(
      Guarantee,
      { $or: [{ authKeyHmac: { $ne: null } }, { authKeyCiphertext: { $ne: null } }], ...(after ? { id: { $gt: after } } : {}) },
      { fields: ['id', 'contractNumber', 'authKeyHmac', 'authKeyCiphertext'], orderBy: { id: 'asc' }, limit: PAGE },
    );
    for (const guarantee of page) {
      const { contractNumber } = guarantee;
      if (!guarantee.authKeyCiphertext || !guarantee.authKeyHmac) {
        throw new Error(`保証契約番号 ${contractNumber}: 認証キーの暗号化された写しがないため、新しい鍵に移せません。`);
      }
      let authKey: string;
      try {
        authKey = decryptAuthKey(from, contractNumber, guarantee.authKeyCiphertext);
      } catch {
        throw new Error(`保証契約番号 ${contractNumber}: 現在の SECRET_KEY で認証キーを復号できません（SECRET_KEY が違います）。`);
      }
      if (!authKeyMatches(from, contractNumber, authKey, guarantee.authKeyHmac)) {
        throw new Error(`保証契約番号 ${contractNumber}: 復号した認証キーが保存された HMAC と一致しません。`);
      }
      await tx.nativeUpdate(
        Guarantee,
        { id: guarantee.id },
        { authKeyHmac: authKeyHmac(to, contractNumber, authKey), authKeyCiphertext: encryptAuthKey(to, contractNumber, authKey) },
      );
      count++;
    }
    if (page.length < PAGE) return count;
    after = page[page.length - 1].id;
  }
}
