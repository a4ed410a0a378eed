import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import type { FeeBand, FeeRateTable } from '@esurety/schema';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { YenScalar } from '../../common/scalars';
import { GuaranteeKind } from '../guarantees/guarantee-kind';
import { User } from '../identity/user.entity';

@ObjectType({ description: '保証料率の区分（保証金額の帯）' })
export class FeeRateBand implements FeeBand {
  @Field(() => YenScalar, {
    nullable: true,
    description: 'この区分の上限（円、以下）。最後の区分は null（上限なし）。下限は一つ前の区分の上限（超）、最初は0円',
  })
  upTo!: number | null;

  @Field(() => Int, { description: '料率: 保証金額100万円あたりの年額（円、365日）。4000 は年0.4%。区分内の金額だけにかかる（累進）' })
  ratePerMillion!: number;
}

/**
 * 保証料率表: one product's rates from a date on (the rates of a guarantee are those in effect on
 * its issue date, JST). Set by admins; a table is never edited once a fee was computed with it,
 * and fee statements keep their own copy anyway. See docs/fees.md.
 */
@ObjectType({ description: '保証料率表（保証種類ごと、適用開始日から）' })
@Entity()
@Unique({ properties: ['kind', 'effectiveFrom'] })
export class FeeRate extends BaseEntity<'example'> {
  @Field(() => GuaranteeKind, { description: '保証種類（商品）' })
  @Enum({ items: () => GuaranteeKind })
  kind!: GuaranteeKind;

  @Field(() => LocalDateResolver, { description: '適用開始日（日本時間。この日以降に発行する保証契約に使う）' })
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => [FeeRateBand], { description: '保証金額の区分ごとの料率（小さい順）' })
  @Property({ type: 'json' })
  bands!: FeeRateBand[];

  @Field(() => Int, { description: '最低保証料（円）' })
  @Property({ type: 'integer' })
  minimumFee!: number;

  @Field({ description: 'デモ用の例示の料率か（シードしたもの。実在する保証会社の料率ではない）' })
  @Property({ type: 'boolean', default: false })
  example: boolean = false;

  /** The admin who set it. */
  @ManyToOne(() => User, { nullable: true })
  setBy?: Rel<User> | null;

  table(): FeeRateTable {
    return { bands: this.bands.map((b) => ({ upTo: b.upTo, ratePerMillion: b.ratePerMillion })), minimumFee: this.minimumFee };
  }
}
