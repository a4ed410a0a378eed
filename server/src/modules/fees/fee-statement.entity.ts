import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import type { FeeRateTable } from '@esurety/schema';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { BadUserInputError, ConflictError } from '../../common/errors';
import { yen } from '../../common/columns';
import { YenScalar } from '../../common/scalars';
import { FeePaymentMethod, GuaranteeKind } from '../guarantees/guarantee-kind';
import { Guarantee } from '../guarantees/guarantee.entity';
import { User } from '../identity/user.entity';
import { Branch } from '../organisations/branch.entity';
import { Contractor } from '../organisations/contractor.entity';
import { FeeRateBand } from './fee-rate.entity';

/** What made the statement. */
export enum FeeStatementReason {
  /** 新規（発行） */
  ISSUE = 'ISSUE',
  /** 変更 */
  CHANGE = 'CHANGE',
  /** 訂正 */
  CORRECTION = 'CORRECTION',
  /** 変更取消 */
  CHANGE_CANCELLED = 'CHANGE_CANCELLED',
  /** 取消 */
  REVOCATION = 'REVOCATION',
}

registerEnumType(FeeStatementReason, {
  name: 'FeeStatementReason',
  description: '保証料計算書を作った理由',
  valuesConfig: {
    ISSUE: { description: '新規（発行）' },
    CHANGE: { description: '変更（保証金額または保証期限の変更）' },
    CORRECTION: { description: '訂正（保証金額または保証期限の訂正）' },
    CHANGE_CANCELLED: { description: '変更取消' },
    REVOCATION: { description: '取消（返戻する保証料、またはないこと）' },
  },
});

/** Japanese names of the reasons, for the document. */
export const REASON_NAMES: Record<FeeStatementReason, string> = {
  ISSUE: '新規',
  CHANGE: '変更',
  CORRECTION: '訂正',
  CHANGE_CANCELLED: '変更取消',
  REVOCATION: '取消',
};

/**
 * 保証料計算書: the fee of one guarantee's terms at one moment (issue, a change of amount or
 * period, a cancellation), with everything it was computed from copied in: a later change of
 * rates, terms or names never rewrites it. `charge` is what the contractor pays with this
 * statement, `refund` what is paid back; at most one of them is above 0.
 */
@ObjectType({ description: '保証料計算書' })
@Entity()
@Unique({ properties: ['guarantee', 'sequence'] })
@Index({ properties: ['contractor', 'createdAt'] })
@Index({ properties: ['branch', 'createdAt'] })
export class FeeStatement extends BaseEntity {
  @Field({ description: '計算書番号（保証契約番号-連番）' })
  @Property({ type: 'string', length: 20 })
  @Unique()
  statementNumber!: string;

  @ManyToOne(() => Guarantee)
  guarantee!: Rel<Guarantee>;

  /** 1 for the issue's statement, then one more per statement of the guarantee. */
  @Field(() => Int, { description: 'この保証契約の何通目の計算書か（1が新規）' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => FeeStatementReason, { description: '作成の理由' })
  @Enum({ items: () => FeeStatementReason })
  reason!: FeeStatementReason;

  @ManyToOne(() => Contractor)
  contractor!: Rel<Contractor>;

  @ManyToOne(() => Branch)
  branch!: Rel<Branch>;

  @Field(() => GuaranteeKind, { description: '保証種類（商品）' })
  @Enum({ items: () => GuaranteeKind })
  kind!: GuaranteeKind;

  @Field({ description: '保証契約番号' })
  @Property({ type: 'string', length: 12 })
  contractNumber!: string;

  @Field({ description: '工事名（作成時点）' })
  @Property({ type: 'string', length: 200 })
  workName!: string;

  @Field({ description: '保証契約者（作成時点の名称）' })
  @Property({ type: 'string', length: 200 })
  contractorName!: string;

  @Field(() => YenScalar, { description: '保証金額（円）' })
  @Property({ type: yen() })
  amount!: number;

  @Field(() => LocalDateResolver, { description: '保証期間の初日（発行日、日本時間）' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateResolver, { description: '保証期間の末日（保証期限。取消では取消日）' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => Int, { description: '保証期間の日数（両端入れ）' })
  @Property({ type: 'integer' })
  periodDays!: number;

  @Field(() => LocalDateResolver, { description: '使った保証料率表の適用開始日' })
  @Property({ type: 'date' })
  rateEffectiveFrom!: string;

  @Field(() => [FeeRateBand], { description: '使った料率（作成時点の写し）' })
  @Property({ type: 'json' })
  rateBands!: FeeRateBand[];

  @Field(() => Int, { description: '使った最低保証料（円）' })
  @Property({ type: 'integer' })
  minimumFee!: number;

  @Field({ description: '使った料率がデモ用の例示か（そうなら計算書にもそう記す）' })
  @Property({ type: 'boolean' })
  exampleRates!: boolean;

  @Field(() => YenScalar, { description: 'この内容の保証料（円、0以上。円未満切り捨て、最低保証料以上）' })
  @Property({ type: yen() })
  fee!: number;

  @Field(() => YenScalar, { description: 'これまでに納付済みの保証料（円、0以上。それまでの計算書の請求額−返戻額）' })
  @Property({ type: yen() })
  previouslyCharged!: number;

  @Field(() => YenScalar, { description: 'この計算書で請求する保証料（円、0以上）' })
  @Property({ type: yen() })
  charge!: number;

  @Field(() => YenScalar, { description: 'この計算書で返戻する保証料（円、0以上）' })
  @Property({ type: yen() })
  refund!: number;

  @Field(() => FeePaymentMethod, { description: '保証料支払方法' })
  @Enum({ items: () => FeePaymentMethod })
  feePaymentMethod!: FeePaymentMethod;

  @Field(() => String, { description: '保証料請求先' })
  @Property({ type: 'string', length: 100 })
  feeBillingParty!: string;

  @Field({ description: '保証料計算書(紙)を希望するか（申込のとおり）' })
  @Property({ type: 'boolean' })
  paperWanted!: boolean;

  @Field(() => Date, { nullable: true, description: '紙の計算書を郵送した日時（支店担当者が記録）' })
  @Property({ type: Date, nullable: true })
  mailedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true })
  mailedBy?: Rel<User> | null;

  @Field(() => LocalDateResolver, { description: '作成日（日本時間）' })
  @Property({ type: 'date' })
  issuedOn!: string;

  rateTable(): FeeRateTable {
    return { bands: this.rateBands, minimumFee: this.minimumFee };
  }

  /** The paper copy went out: only for a statement whose paper copy was asked for, and only once. */
  markMailed(by: User, now = new Date()): void {
    if (!this.paperWanted) {
      throw new BadUserInputError('input.feeStatementId', 'この保証料計算書は紙の送付を希望されていません。');
    }
    if (this.mailedAt) throw new ConflictError('この保証料計算書は既に郵送済みです。', { mailedAt: this.mailedAt.toISOString() });
    this.mailedAt = now;
    this.mailedBy = by;
  }
}
