import { Arg, Args, Authorized, Ctx, Extensions, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Utils, wrap } from '@mikro-orm/core';
import { Connection, PageArgs, pageSelection } from '../../common/pagination';
import type { Context } from '../../context';
import { Role } from '../identity/user.entity';
import { OrdererView } from '../verification/orderer-view.entity';
import { AuthKeyDisplayPurpose } from './auth-key-display.entity';
import { Certificate } from './certificate';
import { ElectronicIssuance } from './electronic-issuance.entity';
import { Guarantee } from './guarantee.entity';
import { CertificateFormat } from './guarantee-kind';
import {
  CancelChangeInput,
  CancelChangePayload,
  ChangeGuaranteeInput,
  ChangeGuaranteePayload,
  CorrectIssuanceInput,
  CorrectIssuancePayload,
  GuaranteeFilter,
  IssueGuaranteesInput,
  IssueGuaranteesPayload,
  RevealAuthKeyInput,
  RevealAuthKeyPayload,
  RevokeGuaranteeInput,
  RevokeGuaranteePayload,
} from './guarantee.input';
import { GuaranteeValidity, validityOf } from './guarantee-validity';

const GuaranteeConnection = Connection(Guarantee, 'Guarantee', '保証契約の一覧');

/**
 * A guarantee as a list reads it: an entity, or a plain row of the columns the query asked for
 * (common/page-rows.ts). Typed as a plain shape so that type-graphql hands the row over as it is
 * (a class type would copy it into a new entity).
 */
type GuaranteeRow = Pick<Guarantee, 'id' | 'certificateFormat' | 'status' | 'deadline' | 'ordererView'>;

@Resolver(() => Guarantee)
export class GuaranteeResolver {
  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ORDERER, Role.ADMIN)
  @Query(() => Guarantee, { description: '保証契約（見られないものは NOT_FOUND）。発注者は確認済みの自組織あてのもの' })
  guarantee(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.guarantees.get(id);
  }

  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => GuaranteeConnection, { description: '保証契約一覧（新しい順）。請負者は自社の、支店担当者は自支店の保証契約' })
  guarantees(
    @Arg('filter', () => GuaranteeFilter, { nullable: true }) filter: GuaranteeFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.guarantees.list(filter, page, pageSelection(info));
  }

  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => Guarantee, { description: '保証契約番号で引く保証契約（見られないものは NOT_FOUND）' })
  guaranteeByNumber(@Arg('contractNumber') contractNumber: string, @Ctx() ctx: Context) {
    return ctx.services.guarantees.byNumber(contractNumber);
  }

  /** A mutation, not a query: every display of a key is recorded (by the service, with its purpose). */
  @Authorized(Role.CONTRACTOR)
  @Extensions({ audit: 'service' })
  @Mutation(() => RevealAuthKeyPayload, {
    description: '自社の電子保証の認証キーを表示する。表示はすべて監査ログに記録される（action: revealAuthKey, detail: SCREEN）',
  })
  async revealAuthKey(
    @Arg('input', () => RevealAuthKeyInput) input: RevealAuthKeyInput,
    @Ctx() ctx: Context,
  ): Promise<RevealAuthKeyPayload> {
    return ctx.services.guarantees.revealAuthKey(input.guaranteeId, AuthKeyDisplayPurpose.SCREEN);
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => IssueGuaranteesPayload, {
    description: '申込を発行する: 申し込まれた保証ごとに保証契約番号（電子保証は認証キーも）を付ける。発行済みなどは CONFLICT',
  })
  issueGuarantees(
    @Arg('input', () => IssueGuaranteesInput) input: IssueGuaranteesInput,
    @Ctx() ctx: Context,
  ): Promise<IssueGuaranteesPayload> {
    return ctx.services.guarantees.issue(input.applicationId);
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => ChangeGuaranteePayload, {
    description: '保証契約を変更する（変更 N）。expectedVersion が最新でなければ CONFLICT（extensions.current に最新の内容）',
  })
  async changeGuarantee(
    @Arg('input', () => ChangeGuaranteeInput) input: ChangeGuaranteeInput,
    @Ctx() ctx: Context,
  ): Promise<ChangeGuaranteePayload> {
    const { guaranteeId, expectedVersion, ...terms } = input;
    return ctx.services.guarantees.change(guaranteeId, expectedVersion, terms);
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => CorrectIssuancePayload, { description: '最新の発行を訂正する（訂正された発行は請負者・発注者の履歴に表示しない）' })
  async correctIssuance(
    @Arg('input', () => CorrectIssuanceInput) input: CorrectIssuanceInput,
    @Ctx() ctx: Context,
  ): Promise<CorrectIssuancePayload> {
    const { issuanceId, ...terms } = input;
    return ctx.services.guarantees.correct(issuanceId, terms);
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => CancelChangePayload, { description: '最新の変更を取り消す（変更取消）。一つ前の内容が最新に戻る' })
  async cancelChange(@Arg('input', () => CancelChangeInput) input: CancelChangeInput, @Ctx() ctx: Context): Promise<CancelChangePayload> {
    return ctx.services.guarantees.cancelChange(input.issuanceId);
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => RevokeGuaranteePayload, { description: '保証契約を取り消す（取消）。取消済みなら CONFLICT' })
  async revokeGuarantee(
    @Arg('input', () => RevokeGuaranteeInput) input: RevokeGuaranteeInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeGuaranteePayload> {
    return ctx.services.guarantees.revoke(input.guaranteeId, input.reason);
  }

  @FieldResolver(() => [ElectronicIssuance], {
    description: '電子保証情報（履歴、発行順の全件）。請負者・発注者には訂正・変更取消された発行を含めない',
  })
  issuances(@Root() guarantee: Guarantee, @Ctx() ctx: Context) {
    return ctx.services.guarantees.history(guarantee);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      '「電子保証にかかる「認証キー」のお知らせ」PDF のURL（電子保証のみ。請負者がログインして取得し、取得は revealAuthKey として記録される）',
  })
  keyNoticeUrl(@Root() guarantee: GuaranteeRow) {
    return guarantee.certificateFormat === CertificateFormat.ELECTRONIC ? `/documents/guarantees/${guarantee.id}/key-notice.pdf` : null;
  }

  @FieldResolver(() => String, { description: '保証証書（閲覧用）PDF のURL' })
  certificatePdfUrl(@Root() guarantee: GuaranteeRow) {
    return `/documents/guarantees/${guarantee.id}/certificate.pdf`;
  }

  @FieldResolver(() => GuaranteeValidity, { description: '状態（有効 / 取消済み / 期限切れ）' })
  validity(@Root() guarantee: GuaranteeRow) {
    return validityOf(guarantee);
  }

  @FieldResolver(() => OrdererView, { nullable: true, description: '発注者の閲覧（保証確認サービスで表示された最初と最後の日時）' })
  async ordererView(@Root() guarantee: GuaranteeRow, @Ctx() ctx: Context) {
    // A list row holds the joined view as a plain object; an entity may hold only a reference.
    if (Utils.isEntity(guarantee.ordererView) && !wrap(guarantee.ordererView).isInitialized()) {
      await ctx.em.populate(guarantee as Guarantee, ['ordererView']);
    }
    return guarantee.ordererView ?? null;
  }

  @FieldResolver(() => Certificate, { description: '現在の保証証書' })
  certificate(@Root() guarantee: Guarantee, @Ctx() ctx: Context) {
    return ctx.services.guarantees.currentCertificate(guarantee);
  }
}

@Resolver(() => ElectronicIssuance)
export class ElectronicIssuanceResolver {
  @FieldResolver(() => Certificate, { description: 'この発行の保証証書（発行時点の内容、変わらない）' })
  certificate(@Root() issuance: ElectronicIssuance) {
    return issuance.certificate;
  }
}
