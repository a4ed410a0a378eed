import { Router, type Response } from 'express';
import { todayInJapan } from '@esurety/schema';
import type { Config } from '../../config';
import { DomainError, ForbiddenError } from '../../common/errors';
import type { Keyring } from '../../common/secrets';
import type { Orm } from '../../db/orm';
import { AuthKeyDisplayPurpose } from '../guarantees/auth-key-display.entity';
import { GuaranteeService } from '../guarantees/guarantee.service';
import { signedIn } from '../identity/actor';
import { requestIdentity } from '../identity/request-user';
import { certificatePdf } from './certificate.pdf';
import { keyNoticePdf } from './key-notice.pdf';
import { CSV_ROW_LIMIT, guaranteeFilterFromQuery, guaranteesCsv } from './guarantees.csv';
import { Role } from '../identity/user.entity';
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

  router.get('/guarantees.csv', async (req, res) => {
    await respond(res, async () => {
      const em = orm.em.fork() as Parameters<typeof requestIdentity>[1];
      const { actor } = await requestIdentity(req, em, config.sessionTtlMs);
      if (!actor.user) return { status: 401 };
      const role = actor.user.role;
      if (role !== Role.CONTRACTOR && role !== Role.BRANCH_STAFF && role !== Role.ADMIN) {
        throw new ForbiddenError('保証契約一覧を出力する権限がありません。');
      }
      const service = new GuaranteeService(em, signedIn(actor), keyring, config);
      const guarantees = await service.listAll(guaranteeFilterFromQuery(req.query), CSV_ROW_LIMIT);
      return { body: guaranteesCsv(guarantees), type: 'text/csv; charset=utf-8', filename: `guarantees-${todayInJapan()}.csv` };
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

type Produced = { status: number } | { pdf: Buffer; filename: string } | { body: Buffer; type: string; filename: string };

async function respond(res: Response, produce: () => Promise<Produced>) {
  res.setHeader('Cache-Control', 'no-store');
  try {
    const result = await produce();
    if ('status' in result) {
      res.status(result.status).type('text/plain; charset=utf-8').send('ログインしてください。');
      return;
    }
    const [type, body] = 'pdf' in result ? ['application/pdf', result.pdf] : [result.type, result.body];
    res.type(type).setHeader('Content-Disposition', `attachment; filename="${result.filename}"`);
    res.send(body);
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
