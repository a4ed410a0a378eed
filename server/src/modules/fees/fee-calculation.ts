import { guaranteeFee, guaranteePeriodDays, todayInJapan } from '@esurety/schema';
import { ConflictError } from '../../common/errors';
import type { EntityManager } from '../../db/orm';
import type { ApplicationItem } from '../applications/guarantee-application.entity';
import { FeePaymentMethod } from '../guarantees/guarantee-kind';
import { kindName } from '../guarantees/certificate';
import type { Guarantee } from '../guarantees/guarantee.entity';
import { enqueueFeeStatementEvent } from '../webhooks/webhook-events';
import { WebhookEvent } from '../webhooks/webhook-event';
import { FeeRate } from './fee-rate.entity';
import { FeeStatement, FeeStatementReason } from './fee-statement.entity';

/**
 * The fee rules of a guarantee's life (docs/fees.md), run inside the guarantee's transaction:
 *
 * - 発行: the rate table of the product in effect on the issue date (JST) is copied into the first
 *   statement; the fee is that of the amount over issue date → 保証期限.
 * - 変更・訂正・変更取消 that alter the amount or the deadline: the fee of the new terms over the
 *   whole period, with the rates copied at issue (a later rate change never reaches a contract
 *   already made), less what was charged so far: the difference is charged, or refunded.
 * - 取消: the fee of the elapsed period (issue date → the day of 取消, at least the minimum fee)
 *   is kept; what was charged beyond it is refunded, or nothing if nothing was.
 */

/** The rate table in effect for `kind` on `date` (JST), or CONFLICT when the admin has set none. */
export async function rateInEffect(tx: EntityManager, kind: Guarantee['kind'], date: string): Promise<FeeRate> {
  const rate = await tx.findOne(FeeRate, { kind, effectiveFrom: { $lte: date } }, { orderBy: { effectiveFrom: 'desc' } });
  if (!rate) {
    throw new ConflictError(`${kindName(kind)}の保証料率表（${date}に適用されるもの）がありません。管理者が保証料率表を設定してください。`);
  }
  return rate;
}

/** 発行: the first statement of a guarantee just created (and flushed or not). */
export async function statementOnIssue(tx: EntityManager, guarantee: Guarantee, item: ApplicationItem | undefined, at: Date) {
  const issuedOn = todayInJapan(at);
  const rate = await rateInEffect(tx, guarantee.kind, issuedOn);
  const days = guaranteePeriodDays(issuedOn, guarantee.deadline);
  const fee = guaranteeFee(guarantee.amount, days, rate.table());
  return create(tx, guarantee, 1, FeeStatementReason.ISSUE, {
    issuedOn,
    periodStart: issuedOn,
    periodEnd: guarantee.deadline,
    periodDays: days,
    rateEffectiveFrom: rate.effectiveFrom,
    rateBands: rate.table().bands,
    minimumFee: rate.minimumFee,
    exampleRates: rate.example,
    fee,
    previouslyCharged: 0,
    charge: fee,
    refund: 0,
    feePaymentMethod: item?.feePaymentMethod ?? FeePaymentMethod.LUMP_SUM,
    // The application requires it; an older application might lack it: the contractor is billed.
    feeBillingParty: item?.feeBillingParty?.trim() || guarantee.contractor.name,
    paperWanted: item?.feeStatementWanted ?? false,
  });
}

/**
 * After 変更・訂正・変更取消: a statement if the amount or the deadline is no longer the one the
 * last statement was computed for, else none. A guarantee issued before fees were kept has none.
 */
export async function statementOnNewTerms(tx: EntityManager, guarantee: Guarantee, reason: FeeStatementReason, at: Date) {
  const history = await statementsOf(tx, guarantee);
  const last = history.at(-1);
  if (!last || last.reason === FeeStatementReason.REVOCATION) return null;
  if (last.amount === guarantee.amount && last.periodEnd === guarantee.deadline) return null;
  const days = guaranteePeriodDays(last.periodStart, guarantee.deadline);
  const fee = guaranteeFee(guarantee.amount, days, last.rateTable());
  const charged = netCharged(history);
  return create(tx, guarantee, last.sequence + 1, reason, {
    ...carried(last),
    issuedOn: todayInJapan(at),
    periodEnd: guarantee.deadline,
    periodDays: days,
    fee,
    previouslyCharged: charged,
    charge: Math.max(0, fee - charged),
    refund: Math.max(0, charged - fee),
  });
}

/** After 取消: what is refunded (the fee of the days after 取消), or a statement saying nothing is. */
export async function statementOnRevocation(tx: EntityManager, guarantee: Guarantee, at: Date) {
  const history = await statementsOf(tx, guarantee);
  const last = history.at(-1);
  if (!last || last.reason === FeeStatementReason.REVOCATION) return null;
  const revokedOn = todayInJapan(at);
  // Revoked after the deadline (not normally possible): the whole period was used.
  const end = revokedOn < guarantee.deadline ? revokedOn : guarantee.deadline;
  const days = guaranteePeriodDays(last.periodStart, end);
  const fee = guaranteeFee(guarantee.amount, days, last.rateTable());
  const charged = netCharged(history);
  return create(tx, guarantee, last.sequence + 1, FeeStatementReason.REVOCATION, {
    ...carried(last),
    issuedOn: revokedOn,
    periodEnd: end,
    periodDays: days,
    fee,
    previouslyCharged: charged,
    charge: 0,
    refund: Math.max(0, charged - fee),
  });
}

function statementsOf(tx: EntityManager, guarantee: Guarantee) {
  return tx.find(FeeStatement, { guarantee }, { orderBy: { sequence: 'asc' } });
}

function netCharged(history: FeeStatement[]): number {
  return history.reduce((sum, s) => sum + s.charge - s.refund, 0);
}

/** What every later statement keeps from the issue's: the start, the rates, the billing. */
function carried(last: FeeStatement) {
  return {
    periodStart: last.periodStart,
    rateEffectiveFrom: last.rateEffectiveFrom,
    rateBands: last.rateBands,
    minimumFee: last.minimumFee,
    exampleRates: last.exampleRates,
    feePaymentMethod: last.feePaymentMethod,
    feeBillingParty: last.feeBillingParty,
    paperWanted: last.paperWanted,
  };
}

type Computed = Pick<
  FeeStatement,
  | 'issuedOn'
  | 'periodStart'
  | 'periodEnd'
  | 'periodDays'
  | 'rateEffectiveFrom'
  | 'rateBands'
  | 'minimumFee'
  | 'exampleRates'
  | 'fee'
  | 'previouslyCharged'
  | 'charge'
  | 'refund'
  | 'feePaymentMethod'
  | 'feeBillingParty'
  | 'paperWanted'
>;

async function create(tx: EntityManager, guarantee: Guarantee, sequence: number, reason: FeeStatementReason, computed: Computed) {
  const statement = tx.create(FeeStatement, {
    ...computed,
    guarantee,
    sequence,
    statementNumber: `${guarantee.contractNumber}-${String(sequence).padStart(2, '0')}`,
    reason,
    contractor: guarantee.contractor,
    branch: guarantee.branch,
    kind: guarantee.kind,
    contractNumber: guarantee.contractNumber,
    workName: guarantee.workName,
    contractorName: guarantee.contractor.name,
    amount: guarantee.amount,
  });
  await enqueueFeeStatementEvent(tx, WebhookEvent.FEE_STATEMENT_ISSUED, statement);
  return statement;
}
