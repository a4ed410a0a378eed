import { randomBytes, randomUUID } from 'node:crypto';
import { readContractNumber } from '@esurety/schema';
import { BadUserInputError, RateLimitedError, VerificationFailedError } from '../../common/errors';
import type { Keyring } from '../../common/secrets';
import type { EntityManager } from '../../db/orm';
import { withPlainConnection, type PlainConnection, type PlainStatement } from '../../db/plain-statements';
import { authKeyMatches } from '../guarantees/auth-keys';
import { CertificateFormat } from '../guarantees/guarantee-kind';
import { Guarantee } from '../guarantees/guarantee.entity';
import { currentCertificateOf } from '../guarantees/guarantee.service';
import type { Certificate } from '../guarantees/certificate';
import { ElectronicIssuance } from '../guarantees/electronic-issuance.entity';
import { validityOf } from '../guarantees/guarantee-validity';
import { auditEventInsert } from '../audit/audit';
import type { Actor } from '../identity/actor';
import { Role } from '../identity/user.entity';
import { recordableText } from '../../common/client-address';
import { VerificationOutcome } from './verification-attempt.entity';
import type { GuessLimits } from '../../common/guess-limits';
import type { Verification } from './verification.type';

/** Compared against when the number does not exist, so that case costs what a wrong key costs. */
const DECOY_HMAC = randomBytes(32).toString('hex');

/**
 * 保証確認サービス (D-Sure): a contract number and its 認証キー turn into the certificate. Every
 * attempt is charged against the guess limits first and recorded whatever its outcome.
 */
export class VerificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly keyring: Keyring,
    private readonly limits: GuessLimits,
    /** Who asks: anyone, signed in or not; its address is the one the limits and records use. */
    private readonly requester: Actor,
  ) {}

  async verify(numberInput: string, keyInput: string): Promise<Verification> {
    const requester = this.requester;
    const reading = readContractNumber(numberInput);
    if (reading.kind !== 'valid') {
      await this.record(requester, recordableText(numberInput, 40), null, VerificationOutcome.MALFORMED);
      throw new BadUserInputError(
        'input.contractNumber',
        reading.kind === 'typo'
          ? `保証契約番号 ${reading.contractNumber} の確認文字が合いません。入力に誤りがないかご確認ください。`
          : '保証契約番号は「NNNNN-NNNNNC」（数字10桁と確認文字1文字）の形で入力してください。',
      );
    }
    const contractNumber = reading.contractNumber;
    // The same lookup whatever comes next, so a lock takes as long for any number; the attempt is
    // charged at the same time.
    const [lookup, charging] = await Promise.allSettled([
      withPlainConnection(this.em, (db) => this.candidate(db, contractNumber)),
      this.limits.charge(contractNumber, requester.address),
    ]);
    if (lookup.status === 'rejected') throw lookup.reason;
    const candidate = lookup.value;
    if (charging.status === 'rejected') {
      if (charging.reason instanceof RateLimitedError) {
        await this.record(requester, contractNumber, candidate, VerificationOutcome.RATE_LIMITED);
      }
      throw charging.reason;
    }
    const charge = charging.value;

    const authKey = keyInput.normalize('NFKC').trim();
    const matches = authKeyMatches(this.keyring, contractNumber, authKey, candidate?.authKeyHmac ?? DECOY_HMAC);
    if (!candidate || !matches) {
      const [, attemptsLeft] = await Promise.all([
        this.record(requester, contractNumber, candidate, VerificationOutcome.REJECTED),
        charge.failed(),
      ]);
      throw new VerificationFailedError(attemptsLeft);
    }

    const verifiedAt = new Date();
    const [issuances] = await Promise.all([
      withPlainConnection(this.em, async (db) => {
        await this.write(db, requester, contractNumber, candidate, VerificationOutcome.VERIFIED, verifiedAt);
        return this.visibleIssuances(db, candidate.id);
      }),
      charge.succeeded(),
    ]);
    return {
      contractNumber,
      validity: validityOf(candidate, verifiedAt),
      revokedAt: candidate.revokedAt ?? null,
      certificate: issuances.at(-1)?.certificate ?? (await this.builtCertificate(candidate.id)),
      issuances,
      publishedAt: issuances.at(-1)?.issuedAt ?? candidate.issuedAt,
      verifiedAt,
    };
  }

  /**
   * The electronic guarantee with this number, if any: what the key is checked against and what
   * the result shows of the guarantee itself, as a plain row (one statement, no entity).
   */
  private async candidate(db: PlainConnection, contractNumber: string): Promise<Candidate | null> {
    const [row] = await db.all(SELECT_CANDIDATE, [contractNumber, CertificateFormat.ELECTRONIC]);
    return row ? (this.em.getDriver().mapResult(row, this.em.getMetadata().get(Guarantee.name)) as Candidate) : null;
  }

  /** The history the result shows (visibleIssuances' rows), read as plain rows. */
  private async visibleIssuances(db: PlainConnection, guaranteeId: string): Promise<ElectronicIssuance[]> {
    const meta = this.em.getMetadata().get(ElectronicIssuance.name);
    const rows = await db.all(SELECT_VISIBLE_ISSUANCES, [guaranteeId]);
    return rows.map((row) => {
      const issuance = this.em.getDriver().mapResult(row, meta) as ElectronicIssuance;
      // PostgreSQL's driver parses json; SQLite's column is text.
      if (typeof issuance.certificate === 'string') issuance.certificate = JSON.parse(issuance.certificate) as Certificate;
      return issuance;
    });
  }

  /**
   * The certificate built from the guarantee's terms, for a guarantee without a visible issuance
   * (every electronic guarantee has one; kept so that the result never lacks a certificate).
   */
  private async builtCertificate(guaranteeId: string): Promise<Certificate> {
    const guarantee = await this.em.fork().findOneOrFail(Guarantee, guaranteeId, {
      populate: ['work', 'contractor', 'orderer', 'branch', 'branch.guarantor'],
    });
    return currentCertificateOf(guarantee, []);
  }

  /** A refused attempt's record (see write). */
  private record(requester: Actor, contractNumber: string, candidate: Candidate | null, outcome: VerificationOutcome) {
    return withPlainConnection(this.em, (db) => this.write(db, requester, contractNumber, candidate, outcome, new Date()));
  }

  /**
   * The attempt and its audit event, and for a success on the orderer's side the guarantee's 閲覧
   * (first, last, count), in one transaction of plain statements. The view is an upsert: two first
   * views at once count twice on one row.
   */
  private async write(
    db: PlainConnection,
    requester: Actor,
    contractNumber: string,
    candidate: Candidate | null,
    outcome: VerificationOutcome,
    at: Date,
  ) {
    const attempt: PlainStatement = [
      INSERT_ATTEMPT,
      [randomUUID(), at, at, contractNumber, candidate?.id ?? null, outcome, requester.address, requester.user?.id ?? null],
    ];
    const view: PlainStatement[] =
      outcome === VerificationOutcome.VERIFIED && candidate && isOrdererSide(requester, candidate)
        ? [[UPSERT_VIEW, [randomUUID(), at, at, candidate.id, at, at]]]
        : [];
    const audit = auditEventInsert(
      requester,
      {
        action: 'verifyGuarantee',
        outcome: AUDIT_OUTCOME[outcome],
        objectType: candidate ? 'Guarantee' : 'ContractNumber',
        objectId: candidate?.id ?? contractNumber,
        branchId: candidate?.branch ?? null,
        detail: contractNumber,
      },
      at,
    );
    await db.transaction([attempt, ...view, audit]);
  }
}

/** What verification reads of a guarantee by its number (before the key is checked). */
const SELECT_CANDIDATE = `select id, auth_key_hmac, branch_id, orderer_id, status, deadline, revoked_at, issued_at
  from guarantee where contract_number = ? and certificate_format = ? limit 1`;

/** The history the contractor and the orderer see (as visibleIssuances), oldest first. */
const SELECT_VISIBLE_ISSUANCES = `select id, sequence, kind, change_number, hidden_reason, issued_at, certificate
  from electronic_issuance where guarantee_id = ? and hidden_reason is null order by sequence`;

const INSERT_ATTEMPT = `insert into verification_attempt (id, created_at, updated_at, contract_number, guarantee_id, outcome, address, user_id)
  values (?, ?, ?, ?, ?, ?, ?, ?)`;

/** The first view makes the row (the ledger's counter trigger counts it); a later one counts on it. */
const UPSERT_VIEW = `insert into orderer_view (id, created_at, updated_at, guarantee_id, first_viewed_at, last_viewed_at, view_count)
  values (?, ?, ?, ?, ?, ?, 1)
  on conflict (guarantee_id) do update set last_viewed_at = excluded.last_viewed_at, updated_at = excluded.updated_at,
    view_count = orderer_view.view_count + 1`;

/** A verification's outcome in the audit trail's terms: SUCCESS or the API's error code. */
const AUDIT_OUTCOME: Record<VerificationOutcome, string> = {
  [VerificationOutcome.VERIFIED]: 'SUCCESS',
  [VerificationOutcome.REJECTED]: 'NOT_FOUND',
  [VerificationOutcome.RATE_LIMITED]: 'RATE_LIMITED',
  [VerificationOutcome.MALFORMED]: 'BAD_USER_INPUT',
};

/**
 * Whether a success counts as the orderer's view (閲覧, the ledger, the orderer's mails and
 * webhooks): someone not signed in — who holds the number and key the contractor handed over —
 * or a user of the guarantee's orderer. The contractor or staff checking it do not open it to
 * the orderer.
 */
function isOrdererSide(requester: Actor, candidate: Candidate): boolean {
  const { user } = requester;
  return !user || (user.role === Role.ORDERER && user.orderer?.id === candidate.orderer);
}

/** What verification reads of a guarantee (its relations as ids). */
interface Candidate extends Pick<Guarantee, 'id' | 'authKeyHmac' | 'status' | 'deadline' | 'revokedAt' | 'issuedAt'> {
  branch: string;
  orderer: string;
}
