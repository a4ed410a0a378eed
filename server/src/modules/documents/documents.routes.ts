import { Router, type Response } from 'express';
import { todayInJapan } from '@esurety/schema';
import type { Config } from '../../config';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../common/errors';
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
import { CSV_ROW_LIMIT, guaranteeFilterFromQuery, guaranteesCsv } from './guarantees.csv';
import { Role } from '../identity/user.entity';
import { FeeService } from '../fees/fee.service';
import { feeStatementPdf } from './fee-statement.pdf';

/**
 * PDFs for signed-in users, with the same access rules as the API: the key notice for the
 * contractor's own electronic guarantees (each download is recorded as a display of the key),
 * the certificate (a viewing copy) for whoever may see the guarantee, the 保証料計算書 for whoever
 * may see the statement (its contractor, its branch, the admin), the guarantee list as CSV. Errors
 * answer in the API's contract (common/error-contract.ts): JSON `{ errors: [{ message, extensions:
 * { code } }] }` with the code's HTTP status; an id that is not a UUID is 404 like an unknown one.
 */
export function documentsRouter(config: Config, orm: Orm, keyring: Keyring): Router {
  const router = Router();

  router.get('/guarantees/:id/key-notice.pdf', async (req, res) => {
    await respond(res, async () => {
      if (!isUuid(req.params.id)) throw new NotFoundError('保証契約が見つかりません。');
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
    await respond(res, async () => {
      if (!isUuid(req.params.id)) throw new NotFoundError('保証契約が見つかりません。');
      const em = orm.em.fork() as Parameters<typeof requestIdentity>[1];
      const { actor } = await requestIdentity(req, em, config.sessionTtlMs);
      if (!actor.user) throw new UnauthenticatedError();
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
      if (!actor.user) throw new UnauthenticatedError();
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
      if (!isUuid(req.params.id)) throw new NotFoundError('保証料計算書が見つかりません。');
      const em = orm.em.fork() as Parameters<typeof requestIdentity>[1];
      const { actor } = await requestIdentity(req, em, config.sessionTtlMs);
      if (!actor.user) throw new UnauthenticatedError();
      // The orderer has no fee statements: FeeService's scope answers NOT_FOUND, as for another's.
      const statement = await new FeeService(em, signedIn(actor)).get(req.params.id);
      return { pdf: await feeStatementPdf(statement), filename: `fee-statement-${statement.statementNumber}.pdf` };
    });
  });

  // Any other path here (`/documents/guarantees/%2e/key-notice.pdf` is `/documents/guarantees/key-notice.pdf`)
  // answers in the same JSON contract, not Express's HTML page.
  router.use((_req, res) => sendContractError(res, new NotFoundError('文書が見つかりません。')));

  return router;
}

type Produced = { pdf: Buffer; filename: string } | { body: Buffer; type: string; filename: string };

async function respond(res: Response, produce: () => Promise<Produced>) {
  res.setHeader('Cache-Control', 'no-store');
  try {
    const result = await produce();
    const [type, body] = 'pdf' in result ? ['application/pdf', result.pdf] : [result.type, result.body];
    res.type(type).setHeader('Content-Disposition', `attachment; filename="${result.filename}"`);
    res.send(body);
  } catch (error) {
    sendContractError(res, error);
  }
}
