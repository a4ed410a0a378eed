import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { LocalDateResolver } from 'graphql-scalars';
import { GuaranteeKind } from '../guarantees/guarantee-kind';
import { Guarantee } from '../guarantees/guarantee.entity';
import { GuaranteeService } from '../guarantees/guarantee.service';
import { Role } from '../identity/user.entity';
import { ApplicationInput } from './application.input';
import { ApplicationService } from './application.service';
import { ApplicationItem, ApplicationStatus, GuaranteeApplication } from './guarantee-application.entity';

const ApplicationConnection = Connection(GuaranteeApplication, 'GuaranteeApplication', '保証申込の一覧');

@Resolver(() => GuaranteeApplication)
export class ApplicationResolver {
  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => ApplicationConnection, {
    description: '保証申込の一覧（新しい順）。請負者は自社の申込、支店担当者は自支店に送信された申込',
  })
  applications(
    @Arg('status', () => ApplicationStatus, { nullable: true, description: '手続状況で絞り込む' }) status: ApplicationStatus | null,
    @Arg('ordererId', () => ID, { nullable: true, description: '発注者で絞り込む' }) ordererId: string | null,
    @Arg('submittedFrom', () => LocalDateResolver, { nullable: true, description: 'この日以降に送信された申込' })
    submittedFrom: string | null,
    @Arg('submittedTo', () => LocalDateResolver, { nullable: true, description: 'この日までに送信された申込' }) submittedTo: string | null,
    @Args() page: PageArgs,
    @Ctx() { em, user }: Context,
  ) {
    return new ApplicationService(em, user!).list({ status, ordererId, submittedFrom, submittedTo }, page);
  }

  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => GuaranteeApplication, { description: '保証申込（見られない申込は NOT_FOUND）' })
  application(@Arg('id', () => ID) id: string, @Ctx() { em, user }: Context) {
    return new ApplicationService(em, user!).get(id);
  }

  @Authorized(Role.CONTRACTOR)
  @Mutation(() => GuaranteeApplication, { description: '申込を下書きとして保存する（id なしで新規作成、ありで更新）' })
  saveApplication(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('input', () => ApplicationInput) input: ApplicationInput,
    @Ctx() { em, user }: Context,
  ) {
    return new ApplicationService(em, user!).save(id, input);
  }

  @Authorized(Role.CONTRACTOR)
  @Mutation(() => GuaranteeApplication, { description: '申込を申込送信先の支店へ送信する' })
  submitApplication(@Arg('id', () => ID) id: string, @Ctx() { em, user }: Context) {
    return new ApplicationService(em, user!).submit(id);
  }

  @Authorized(Role.CONTRACTOR)
  @Mutation(() => GuaranteeApplication, { description: '送信した申込を取り下げる（発行前に限る）' })
  withdrawApplication(@Arg('id', () => ID) id: string, @Ctx() { em, user }: Context) {
    return new ApplicationService(em, user!).withdraw(id);
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => GuaranteeApplication, { description: '申込を差し戻す（message は「弊社からお客様へのお知らせ」に表示）' })
  returnApplication(@Arg('id', () => ID) id: string, @Arg('message') message: string, @Ctx() { em, user }: Context) {
    return new ApplicationService(em, user!).returnToContractor(id, message);
  }

  @FieldResolver(() => [Guarantee], { description: 'この申込で発行された保証契約' })
  guarantees(@Root() application: GuaranteeApplication, @Ctx() { em, user, keyring, config }: Context) {
    if (application.status !== ApplicationStatus.ISSUED) return [];
    return new GuaranteeService(em, user!, keyring, config).forApplication(application.id);
  }

  @FieldResolver(() => ApplicationItem, { nullable: true, description: '前払金保証の申込内容（申し込まない場合は null）' })
  advancePayment(@Root() application: GuaranteeApplication) {
    return application.item(GuaranteeKind.ADVANCE_PAYMENT);
  }

  @FieldResolver(() => ApplicationItem, { nullable: true, description: '契約保証の申込内容（申し込まない場合は null）' })
  contractGuarantee(@Root() application: GuaranteeApplication) {
    return application.item(GuaranteeKind.CONTRACT);
  }

  @FieldResolver(() => String, { nullable: true, description: '工事名（選んだ工事又は入力中の工事）' })
  workName(@Root() application: GuaranteeApplication) {
    return application.work?.name ?? application.workDraft?.name ?? null;
  }
}
