import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { requestedFields } from '../../common/requested-fields';
import type { Context } from '../../context';
import { Role } from '../identity/user.entity';
import { AuthKeyDisplayPurpose } from './auth-key-display.entity';
import { Certificate } from './certificate';
import { ElectronicIssuance } from './electronic-issuance.entity';
import { Guarantee } from './guarantee.entity';
import { CertificateFormat } from './guarantee-kind';
import { GuaranteeFilter, GuaranteeTermsInput } from './guarantee.input';
import { Connection, PageArgs } from '../../common/pagination';
import { wrap } from '@mikro-orm/core';
import { OrdererView } from '../verification/orderer-view.entity';
import { GuaranteeValidity, validityOf } from './guarantee-validity';

const GuaranteeConnection = Connection(Guarantee, 'Guarantee', '保証契約の一覧');
import { GuaranteeService } from './guarantee.service';

const service = ({ em, user, keyring, config }: Context) => new GuaranteeService(em, user!, keyring, config);

@Resolver(() => Guarantee)
export class GuaranteeResolver {
  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ORDERER, Role.ADMIN)
  @Query(() => Guarantee, { description: '保証契約（見られないものは NOT_FOUND）。発注者は確認済みの自組織あてのもの' })
  guarantee(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).get(id);
  }

  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => GuaranteeConnection, { description: '保証契約一覧（新しい順）。請負者は自社の、支店担当者は自支店の保証契約' })
  guarantees(
    @Arg('filter', () => GuaranteeFilter, { nullable: true }) filter: GuaranteeFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return service(ctx).list(filter, page, requestedFields(info, ['edges', 'node']));
  }

  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => Guarantee, { description: '保証契約番号で引く保証契約（見られないものは NOT_FOUND）' })
  guaranteeByNumber(@Arg('contractNumber') contractNumber: string, @Ctx() ctx: Context) {
    return service(ctx).byNumber(contractNumber);
  }

  @Authorized(Role.CONTRACTOR)
  @Query(() => String, { description: '自社の電子保証の認証キー（表示は記録される）' })
  async authKey(@Arg('guaranteeId', () => ID) guaranteeId: string, @Ctx() ctx: Context) {
    const { authKey } = await service(ctx).revealAuthKey(guaranteeId, AuthKeyDisplayPurpose.SCREEN, ctx);
    return authKey;
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => [Guarantee], { description: '申込を発行する: 申し込まれた保証ごとに保証契約番号（電子保証は認証キーも）を付ける' })
  issueGuarantees(@Arg('applicationId', () => ID) applicationId: string, @Ctx() ctx: Context) {
    return service(ctx).issue(applicationId);
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => Guarantee, { description: '保証契約を変更する（変更 N）。expectedVersion が最新でなければ CONFLICT' })
  changeGuarantee(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => GuaranteeTermsInput) input: GuaranteeTermsInput,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).change(id, expectedVersion, input);
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => Guarantee, { description: '最新の発行を訂正する（訂正された発行は請負者・発注者の履歴に表示しない）' })
  correctIssuance(
    @Arg('issuanceId', () => ID) issuanceId: string,
    @Arg('input', () => GuaranteeTermsInput) input: GuaranteeTermsInput,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).correct(issuanceId, input);
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => Guarantee, { description: '最新の変更を取り消す（変更取消）。一つ前の内容が最新に戻る' })
  cancelChange(@Arg('issuanceId', () => ID) issuanceId: string, @Ctx() ctx: Context) {
    return service(ctx).cancelChange(issuanceId);
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => Guarantee, { description: '保証契約を取り消す（取消）' })
  revokeGuarantee(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return service(ctx).revoke(id, reason);
  }

  @FieldResolver(() => [ElectronicIssuance], {
    description: '電子保証情報（履歴）。請負者には訂正・変更取消された発行を含めない',
  })
  issuances(@Root() guarantee: Guarantee, @Ctx() ctx: Context) {
    return service(ctx).history(guarantee);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '「電子保証にかかる「認証キー」のお知らせ」PDF のURL（電子保証のみ。請負者がログインして取得し、取得は記録される）',
  })
  keyNoticeUrl(@Root() guarantee: Guarantee) {
    return guarantee.certificateFormat === CertificateFormat.ELECTRONIC ? `/documents/guarantees/${guarantee.id}/key-notice.pdf` : null;
  }

  @FieldResolver(() => String, { description: '保証証書（閲覧用）PDF のURL' })
  certificatePdfUrl(@Root() guarantee: Guarantee) {
    return `/documents/guarantees/${guarantee.id}/certificate.pdf`;
  }

  @FieldResolver(() => GuaranteeValidity, { description: '状態（有効 / 取消済み / 期限切れ）' })
  validity(@Root() guarantee: Guarantee) {
    return validityOf(guarantee);
  }

  @FieldResolver(() => OrdererView, { nullable: true, description: '発注者の閲覧（保証確認サービスで表示された最初と最後の日時）' })
  async ordererView(@Root() guarantee: Guarantee, @Ctx() ctx: Context) {
    if (guarantee.ordererView && !wrap(guarantee.ordererView).isInitialized()) await ctx.em.populate(guarantee, ['ordererView']);
    return guarantee.ordererView ?? null;
  }

  @FieldResolver(() => Certificate, { description: '現在の保証証書' })
  certificate(@Root() guarantee: Guarantee, @Ctx() ctx: Context) {
    return service(ctx).currentCertificate(guarantee);
  }
}

@Resolver(() => ElectronicIssuance)
export class ElectronicIssuanceResolver {
  @FieldResolver(() => Certificate, { description: 'この発行の保証証書（発行時点の内容、変わらない）' })
  certificate(@Root() issuance: ElectronicIssuance) {
    return issuance.certificate;
  }
}
