import { Router, type Response } from 'express';
import { todayInJapan } from '@esurety/schema';
import type { Config } from '../../config';
import { DomainError } from '../../common/errors';
import type { Keyring } from '../../common/secrets';
import type { Orm } from '../../db/orm';
import { AuthKeyDisplayPurpose } from '../guarantees/auth-key-display.entity';
import { GuaranteeService } from '../guarantees/guarantee.service';
import { signedIn } from '../identity/actor';
import { requestIdentity } from '../identity/request-user';
import { certificatePdf } from './certificate.pdf';
import { keyNoticePdf } from './key-notice.pdf';
import { FeeService } from '../fees/fee.service';
import { feeStatementPdf } from './fee-statement.pdf';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/**
 * PDFs for signed-in users, with the same access rules as the API: the key notice for the
 * contractor's own electronic guarantees (each download is recorded as a display of the key),
 * the certificate (a viewing copy) for whoever may see the guarantee, the 保証料計算書 for whoever
 * may see the statement (its contractor, its branch, the admin).
 */
export function documentsRouter(config: Config, orm: Orm, keyring: Keyring): Router {
  const router = Router();

  router.get('/guarantees/:id/key-notice.pdf', async (req, res) => {
    await respond(res, async () => {
      const em = orm.em.fork() as Parameters<typeof requestIdentity>[1];
      const { actor } = await requestIdentity(req, em, config.sessionTtlMs);
      if (!actor.user) return { status: 401 };
      const service = new GuaranteeService(em, signedIn(actor), keyring, config);
      const { guarantee, authKey } = await service.revealAuthKey(req.params.id, AuthKeyDisplayPurpose.KEY_NOTICE);
      const pdf = await keyNoticePdf(guarantee, authKey, todayInJapan(guarantee.issuedAt), config.publicUrl);
      return { pdf, filename: `key-notice-${guarantee.contractNumber}.pdf` };
    });
  });

  router.get('/guarantees/:id/certificate.pdf', async (req, res) => {
    await respond(res, async () => {
      const em = orm.em.fork() as Parameters<typeof requestIdentity>[1];
      const { actor } = await requestIdentity(req, em, config.sessionTtlMs);
      if (!actor.user) return { status: 401 };
      const service = new GuaranteeService(em, signedIn(actor), keyring, config);
      const guarantee = await service.get(req.params.id);
      const pdf = await certificatePdf(await service.currentCertificate(guarantee));
      return { pdf, filename: `certificate-${guarantee.contractNumber}.pdf` };
    });
  });

  router.get('/fee-statements/:id/fee-statement.pdf', async (req, res) => {
    await respond(res, async () => {
      const em = orm.em.fork() as Parameters<typeof requestIdentity>[1];
      const { actor } = await requestIdentity(req, em, config.sessionTtlMs);
      if (!actor.user) return { status: 401 };
      // The orderer has no fee statements: FeeService's scope answers NOT_FOUND, as for another's.
      const statement = await new FeeService(em, signedIn(actor)).get(req.params.id);
      return { pdf: await feeStatementPdf(statement), filename: `fee-statement-${statement.statementNumber}.pdf` };
    });
  });

  return router;
}

async function respond(res: Response, produce: () => Promise<{ status: number } | { pdf: Buffer; filename: string }>) {
  res.setHeader('Cache-Control', 'no-store');
  try {
    const result = await produce();
    if ('status' in result) {
      res.status(result.status).type('text/plain; charset=utf-8').send('ログインしてください。');
      return;
    }
    res.type('application/pdf').setHeader('Content-Disposition', `attachment; filename="${result.filename}"`);
    res.send(result.pdf);
  } catch (error) {
    if (error instanceof DomainError) {
      res
        .status(STATUS[error.code] ?? 400)
        .type('text/plain; charset=utf-8')
        .send(error.message);
      return;
    }
    // The request's log line (pino-http) carries it, with the request id.
    res.err = error as Error;
    res.status(500).type('text/plain; charset=utf-8').send('文書を作成できませんでした。');
  }
}
