import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { Connection, PageArgs, pageSelection } from '../../common/pagination';
import { GuaranteeKind } from '../guarantees/guarantee-kind';
import { Guarantee } from '../guarantees/guarantee.entity';
import { Role } from '../identity/user.entity';
import type { Work } from '../works/work.entity';
import {
  ApplicationStatusCount,
  DeleteApplicationInput,
  DeleteApplicationPayload,
  GuaranteeApplicationFilter,
  ReturnApplicationInput,
  ReturnApplicationPayload,
  SaveApplicationInput,
  SaveApplicationPayload,
  SubmitApplicationInput,
  SubmitApplicationPayload,
  WithdrawApplicationInput,
  WithdrawApplicationPayload,
} from './application.input';
import { ApplicationItem, ApplicationStatus, GuaranteeApplication, itemOfKind } from './guarantee-application.entity';

/**
 * What the fields computed from an application read: an entity, or a list's plain row (whose
 * items are an array, see the service's APPLICATION_ROW). A plain type, since type-graphql copies
 * a root into a new instance of a class-typed @Root().
 */
type ApplicationRow = {
  items: Iterable<ApplicationItem>;
  work?: Pick<Work, 'name'> | null;
  workDraft?: GuaranteeApplication['workDraft'];
};

const ApplicationConnection = Connection(GuaranteeApplication, 'GuaranteeApplication', '保証申込の一覧');

/** The connection's own field: the counts by status of the list's filter without its status (the review queue's tabs). */
@Resolver(() => ApplicationConnection)
export class ApplicationConnectionResolver {
  @FieldResolver(() => [ApplicationStatusCount], {
    description:
      '手続状況ごとの件数（この一覧の絞り込み条件のうち status 以外を満たすもの。見られる手続状況すべて、0件も含む。支店担当者には下書きを含めない）',
  })
  statusCounts(@Root() page: { filter?: GuaranteeApplicationFilter | null }, @Ctx() ctx: Context) {
    return ctx.services.applications.countByStatus(page.filter);
  }
}

@Resolver(() => GuaranteeApplication)
export class ApplicationResolver {
  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => ApplicationConnection, {
    description: '保証申込の一覧（新しい順）。請負者は自社の申込、支店担当者は自支店に送信された申込',
  })
  applications(
    @Arg('filter', () => GuaranteeApplicationFilter, { nullable: true }) filter: GuaranteeApplicationFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.applications.list(filter, page, pageSelection(info));
  }

  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => GuaranteeApplication, { description: '保証申込（見られない申込は NOT_FOUND）' })
  application(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.applications.get(id);
  }

  @Authorized(Role.CONTRACTOR)
  @Mutation(() => SaveApplicationPayload, {
    description:
      '申込を下書きとして保存する（applicationId なしで新規作成、ありで更新）。更新は expectedVersion が最新でなければ CONFLICT（extensions.current に最新の内容）。送信済みの申込は CONFLICT',
  })
  async saveApplication(
    @Arg('input', () => SaveApplicationInput) input: SaveApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<SaveApplicationPayload> {
    return { application: await ctx.services.applications.save(input) };
  }

  @Authorized(Role.CONTRACTOR)
  @Mutation(() => SubmitApplicationPayload, { description: '申込を申込送信先の支店へ送信する（すべての必須項目と規則を満たすこと）' })
  async submitApplication(
    @Arg('input', () => SubmitApplicationInput) input: SubmitApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<SubmitApplicationPayload> {
    return { application: await ctx.services.applications.submit(input.applicationId) };
  }

  @Authorized(Role.CONTRACTOR)
  @Mutation(() => WithdrawApplicationPayload, { description: '送信した申込を取り下げる（発行前に限る。それ以外は CONFLICT）' })
  async withdrawApplication(
    @Arg('input', () => WithdrawApplicationInput) input: WithdrawApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<WithdrawApplicationPayload> {
    return { application: await ctx.services.applications.withdraw(input.applicationId) };
  }

  @Authorized(Role.CONTRACTOR)
  @Mutation(() => DeleteApplicationPayload, {
    description: '自社の下書き（一度も送信していない申込）を削除する。送信したことのある申込は CONFLICT、他社のものは NOT_FOUND',
  })
  async deleteApplication(
    @Arg('input', () => DeleteApplicationInput) input: DeleteApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteApplicationPayload> {
    return { application: await ctx.services.applications.delete(input.applicationId) };
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => ReturnApplicationPayload, { description: '送信済みの申込を差し戻す（message は「弊社からお客様へのお知らせ」に表示）' })
  async returnApplication(
    @Arg('input', () => ReturnApplicationInput) input: ReturnApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<ReturnApplicationPayload> {
    return { application: await ctx.services.applications.returnToContractor(input.applicationId, input.message) };
  }

  @FieldResolver(() => [Guarantee], { description: 'この申込で発行された保証契約（保証種類ごとに1件まで）' })
  guarantees(@Root() application: GuaranteeApplication, @Ctx() ctx: Context) {
    if (application.status !== ApplicationStatus.ISSUED) return [];
    return ctx.services.guarantees.forApplication(application.id);
  }

  @FieldResolver(() => ApplicationItem, { nullable: true, description: '前払金保証の申込内容（申し込まない場合は null）' })
  advancePayment(@Root() application: ApplicationRow) {
    return itemOfKind(application.items, GuaranteeKind.ADVANCE_PAYMENT);
  }

  @FieldResolver(() => ApplicationItem, { nullable: true, description: '契約保証の申込内容（申し込まない場合は null）' })
  contractGuarantee(@Root() application: ApplicationRow) {
    return itemOfKind(application.items, GuaranteeKind.CONTRACT);
  }

  @FieldResolver(() => String, { nullable: true, description: '工事名（選んだ工事又は入力中の工事）' })
  workName(@Root() application: ApplicationRow) {
    return application.work?.name ?? application.workDraft?.name ?? null;
  }
}
