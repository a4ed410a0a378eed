import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { yen } from '../../common/columns';
import { ConflictError } from '../../common/errors';
import { YenScalar } from '../../common/scalars';
import { GuaranteeApplication } from '../applications/guarantee-application.entity';
import { Branch } from '../organisations/branch.entity';
import { Contractor } from '../organisations/contractor.entity';
import { Orderer } from '../organisations/orderer.entity';

export enum BidBondStatus {
  /** 申込中: sent to the branch, not issued yet. */
  APPLIED = 'APPLIED',
  /** 予約済み: the branch issued it with its number. */
  ISSUED = 'ISSUED',
  /** 契約保証申込へ移行: the contractor won and it became a 契約保証 application. */
  CONVERTED = 'CONVERTED',
  /** 取下げ: the contractor took it back (e.g. lost the bid). */
  WITHDRAWN = 'WITHDRAWN',
  /** 失効: the bid date passed without a conversion. */
  LAPSED = 'LAPSED',
}

registerEnumType(BidBondStatus, {
  name: 'BidBondStatus',
  description: '契約保証予約の状態',
  valuesConfig: {
    APPLIED: { description: '申込中（支店の発行待ち）' },
    ISSUED: { description: '予約済み（予約番号の発行済み）' },
    CONVERTED: { description: '契約保証申込へ移行済み（落札）' },
    WITHDRAWN: { description: '取下げ（失注など）' },
    LAPSED: { description: '失効（移行されないまま入札日を過ぎた）' },
  },
});

/**
 * 契約保証予約（入札ボンド）: before bidding for a tendered work, the contractor reserves the
 * 契約保証 it will need if it wins. The branch issues it with a number of its own; a won bid
 * converts it into a 契約保証 application, a lost one is withdrawn, and an unconverted one lapses
 * once its bid date has passed.
 */
@ObjectType({ description: '契約保証予約（入札ボンド）' })
@Entity()
export class BidBond extends BaseEntity<'status' | 'version'> {
  @Field(() => Contractor, { description: '申込者（請負者）' })
  @ManyToOne(() => Contractor)
  contractor!: Contractor;

  @Field(() => Orderer, { description: '発注者' })
  @ManyToOne(() => Orderer)
  orderer!: Orderer;

  @Field({ description: '工事名（入札する工事）' })
  @Property({ type: 'string', length: 200 })
  workName!: string;

  @Field(() => LocalDateResolver, { description: '入札日（日本時間）。この日を過ぎても移行されなければ失効する' })
  @Property({ type: 'date', index: true })
  bidDate!: string;

  @Field(() => YenScalar, { description: '契約予定金額（円）' })
  @Property({ type: yen() })
  expectedContractAmount!: number;

  @Field(() => Branch, { description: '申込送信先（予約を発行する支店）' })
  @ManyToOne(() => Branch)
  destinationBranch!: Branch;

  @Field(() => BidBondStatus, { description: '状態' })
  @Enum({ items: () => BidBondStatus, index: true })
  status: BidBondStatus = BidBondStatus.APPLIED;

  @Field(() => String, { nullable: true, description: '予約番号（支店が発行したとき）' })
  @Property({ type: 'string', length: 20, nullable: true })
  @Unique()
  bidBondNumber?: string | null;

  /** The application it was converted into; in the API through BidBondResolver.application (access checked). */
  @ManyToOne(() => GuaranteeApplication, { nullable: true })
  application?: GuaranteeApplication | null;

  @Field(() => Date, { nullable: true, description: '発行日時' })
  @Property({ type: Date, nullable: true })
  issuedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '移行日時' })
  @Property({ type: Date, nullable: true })
  convertedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '取下げ日時' })
  @Property({ type: Date, nullable: true })
  withdrawnAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '失効日時' })
  @Property({ type: Date, nullable: true })
  lapsedAt?: Date | null;

  @Field(() => Int, { description: '版数（状態が変わるたびに増える）' })
  @Property({ type: 'integer', version: true })
  version!: number;

  /** Whether it is still open: applied for or issued, neither converted, withdrawn nor lapsed. */
  isOpen(): boolean {
    return this.status === BidBondStatus.APPLIED || this.status === BidBondStatus.ISSUED;
  }

  /** Whether its bid date is before `today` (YYYY-MM-DD in Japan). */
  isPastBidDate(today: string): boolean {
    return this.bidDate < today;
  }

  /** 発行: the branch gives an applied reservation its number. */
  issue(bidBondNumber: string, now = new Date()): void {
    if (this.status !== BidBondStatus.APPLIED) {
      this.refuse(this.status === BidBondStatus.ISSUED ? 'この予約は既に発行済みです。' : '申込中の予約だけを発行できます。');
    }
    this.status = BidBondStatus.ISSUED;
    this.bidBondNumber = bidBondNumber;
    this.issuedAt = now;
  }

  /** 移行: the contractor won; an issued reservation becomes `application` up to its bid date. */
  convert(application: GuaranteeApplication, today: string, now = new Date()): void {
    if (this.status !== BidBondStatus.ISSUED) {
      this.refuse(
        this.status === BidBondStatus.APPLIED ? '支店が発行した予約だけを移行できます。' : 'この予約は移行できる状態ではありません。',
      );
    }
    if (this.isPastBidDate(today)) this.refuse('入札日を過ぎた予約は移行できません。');
    this.status = BidBondStatus.CONVERTED;
    this.application = application;
    this.convertedAt = now;
  }

  /** 取下げ: the contractor takes back an open reservation (e.g. it lost the bid). */
  withdraw(now = new Date()): void {
    if (!this.isOpen()) this.refuse('申込中又は予約済みの予約だけを取り下げられます。');
    this.status = BidBondStatus.WITHDRAWN;
    this.withdrawnAt = now;
  }

  /** 失効: an open reservation whose bid date has passed without a conversion. */
  lapse(today: string, now = new Date()): void {
    if (!this.isOpen()) this.refuse('この予約は失効させられる状態ではありません。');
    if (!this.isPastBidDate(today)) this.refuse('入札日を過ぎていない予約は失効させられません。');
    this.status = BidBondStatus.LAPSED;
    this.lapsedAt = now;
  }

  private refuse(message: string): never {
    throw new ConflictError(message, { status: this.status });
  }
}
