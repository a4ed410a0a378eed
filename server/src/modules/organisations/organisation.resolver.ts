import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Public } from '../identity/auth-checker';
import { Branch } from './branch.entity';
import { Orderer } from './orderer.entity';
import { OrganisationService } from './organisation.service';

@Resolver()
export class OrganisationResolver {
  @Public()
  @Query(() => [Orderer], { description: '発注者の一覧。acceptsElectronic: true で電子保証対応の発注者' })
  orderers(@Arg('acceptsElectronic', () => Boolean, { nullable: true }) acceptsElectronic: boolean | null, @Ctx() { em }: Context) {
    return new OrganisationService(em).orderers(acceptsElectronic);
  }

  @Authorized()
  @Query(() => [Branch], { description: '申込送信先に選べる支店の一覧' })
  branches(@Ctx() { em }: Context) {
    return new OrganisationService(em).branches();
  }
}
