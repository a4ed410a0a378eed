import { randomBytes, randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { readContractNumber } from '@esurety/schema';
import { BadUserInputError, RateLimitedError, VerificationFailedError } from '../../common/errors';
import type { Keyring } from '../../common/secrets';
import type { EntityManager } from '../../db/orm';
import { authKeyMatches } from '../guarantees/auth-keys';
import { CertificateFormat } from '../guarantees/guarantee-kind';
import { Guarantee } from '../guarantees/guarantee.entity';
import { currentCertificateOf, visibleIssuances } from '../guarantees/guarantee.service';
import { validityOf } from '../guarantees/guarantee-validity';
import { addAuditEvents } from '../audit/audit';
import type { Actor } from '../identity/actor';
import { Role } from '../identity/user.entity';
import { recordableText } from '../../common/client-address';
import { OrdererView } from './orderer-view.entity';
import { VerificationAttempt, VerificationOutcome } from './verification-attempt.entity';
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
      this.em
        .fork()
        .findOne(
          Guarantee,
          { contractNumber, certificateFormat: CertificateFormat.ELECTRONIC },
          { fields: ['id', 'authKeyHmac', 'branch', 'orderer'] },
        ),
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
    if (isOrdererSide(requester, candidate)) await this.recordView(requester, contractNumber, candidate, verifiedAt);
    else await this.record(requester, contractNumber, candidate, VerificationOutcome.VERIFIED);
    const [, result] = await Promise.all([charge.succeeded(), this.result(candidate.id, verifiedAt)]);
    return result;
  }

  /** The attempt, the guarantee's 閲覧 (first, last, count) and the audit event in one transaction. */
  private async recordView(requester: Actor, contractNumber: string, candidate: Candidate, at: Date) {
    const guaranteeId = candidate.id;
    const write = () =>
      this.em.fork().transactional(async (tx) => {
        tx.create(VerificationAttempt, this.attempt(requester, contractNumber, guaranteeId, VerificationOutcome.VERIFIED));
        this.audit(tx, requester, contractNumber, candidate, VerificationOutcome.VERIFIED);
        const view = await tx.findOne(OrdererView, { guarantee: guaranteeId });
        if (view) {
          view.lastViewedAt = at;
          view.viewCount += 1;
        } else {
          tx.create(OrdererView, { guarantee: guaranteeId, firstViewedAt: at, lastViewedAt: at, viewCount: 1 });
        }
      });
    try {
      await write();
    } catch (error) {
      // Two first views at once: the other one created the row; count this one on it.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      await write();
    }
  }

  private async result(guaranteeId: string, verifiedAt: Date): Promise<Verification> {
    const em = this.em.fork();
    const guarantee = await em.findOneOrFail(Guarantee, guaranteeId, {
      populate: ['work', 'contractor', 'orderer', 'branch', 'branch.guarantor'],
    });
    const issuances = await visibleIssuances(em, guarantee);
    const certificate = currentCertificateOf(guarantee, issuances);
    return {
      contractNumber: guarantee.contractNumber,
      validity: validityOf(guarantee, verifiedAt),
      revokedAt: guarantee.revokedAt ?? null,
      certificate,
      issuances,
      publishedAt: issuances.at(-1)?.issuedAt ?? guarantee.issuedAt,
      verifiedAt,
    };
  }

  /** The attempt and its audit event, in one transaction. */
  private async record(requester: Actor, contractNumber: string, candidate: Candidate | null, outcome: VerificationOutcome) {
    const em = this.em.fork();
    em.create(VerificationAttempt, this.attempt(requester, contractNumber, candidate?.id ?? null, outcome));
    this.audit(em, requester, contractNumber, candidate, outcome);
    await em.flush();
  }

  /** The audit trail's copy: the guarantee if the number exists (staff of its branch see it). */
  private audit(em: EntityManager, requester: Actor, contractNumber: string, candidate: Candidate | null, outcome: VerificationOutcome) {
    addAuditEvents(em, requester, [
      {
        action: 'verifyGuarantee',
        outcome: AUDIT_OUTCOME[outcome],
        objectType: candidate ? 'Guarantee' : 'ContractNumber',
        objectId: candidate?.id ?? contractNumber,
        branchId: candidate?.branch.id ?? null,
        detail: contractNumber,
      },
    ]);
  }

  private attempt(requester: Actor, contractNumber: string, guaranteeId: string | null, outcome: VerificationOutcome) {
    return {
      id: randomUUID(),
      contractNumber,
      guarantee: guaranteeId,
      outcome,
      address: requester.address,
      user: requester.user?.id ?? null,
    };
  }
}

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
  return !user || (user.role === Role.ORDERER && user.orderer?.id === candidate.orderer.id);
}

/** What verification reads of a guarantee before the key matches. */
type Candidate = Pick<Guarantee, 'id' | 'authKeyHmac' | 'branch' | 'orderer'>;
