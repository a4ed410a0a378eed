import { Router, type Response } from 'express';
import { todayInJapan } from '@esurety/schema';
import type { Config } from '../../config';
import { NotFoundError, UnauthenticatedError } from '../../common/errors';
import { sendContractError } from '../../common/error-contract';
import { isUuid } from '../../common/argument-checks';
import type { Keyring } from '../../common/secrets';
import type { Orm } from '../../db/orm';
import { AuthKeyDisplayPurpose } from '../guarantees/auth-key-display.entity';
import { GuaranteeService } from '../guarantees/guarantee.service';
import { signedIn } from '../identity/actor';
import { requestIdentity } from '../identity/request-user';
import { certificatePdf } from './certificate.pdf';
import { keyNoticePdf } from './key-notice.pdf';

/**
 * PDFs for signed-in users, with the same access rules as the API: the key notice for the
 * contractor's own electronic guarantees (each download is recorded as a display of the key),
 * the certificate (a viewing copy) for whoever may see the guarantee. Errors answer in the API's
 * contract (common/error-contract.ts): JSON `{ errors: [{ message, extensions: { code } }] }`
 * with the code's HTTP status; an id that is not a UUID is 404 like an unknown one.
 */
export function documentsRouter(config: Config, orm: Orm, keyring: Keyring): Router {
  const router = Router();

  router.get('/guarantees/:id/key-notice.pdf', async (req, res) => {
    await respond(req.params.id, res, async () => {
      const em = orm.em.fork() as Parameters<typeof requestIdentity>[1];
      const { actor } = await requestIdentity(req, em, config.sessionTtlMs);
      if (!actor.user) throw new UnauthenticatedError();
      const service = new GuaranteeService(em, signedIn(actor), keyring, config);
      const { guarantee, authKey } = await service.revealAuthKey(req.params.id, AuthKeyDisplayPurpose.KEY_NOTICE);
      const pdf = await keyNoticePdf(guarantee, authKey, todayInJapan(guarantee.issuedAt), config.publicUrl);
      return { pdf, filename: `key-notice-${guarantee.contractNumber}.pdf` };
    });
  });

  router.get('/guarantees/:id/certificate.pdf', async (req, res) => {
    await respond(req.params.id, res, async () => {
      const em = orm.em.fork() as Parameters<typeof requestIdentity>[1];
      const { actor } = await requestIdentity(req, em, config.sessionTtlMs);
      if (!actor.user) throw new UnauthenticatedError();
      const service = new GuaranteeService(em, signedIn(actor), keyring, config);
      const guarantee = await service.get(req.params.id);
      const pdf = await certificatePdf(await service.currentCertificate(guarantee));
      return { pdf, filename: `certificate-${guarantee.contractNumber}.pdf` };
    });
  });

  return router;
}

async function respond(id: string, res: Response, produce: () => Promise<{ pdf: Buffer; filename: string }>) {
  res.setHeader('Cache-Control', 'no-store');
  try {
    if (!isUuid(id)) throw new NotFoundError('保証契約が見つかりません。');
    const result = await produce();
    res.type('application/pdf').setHeader('Content-Disposition', `attachment; filename="${result.filename}"`);
    res.send(result.pdf);
  } catch (error) {
    sendContractError(res, error);
  }
}
