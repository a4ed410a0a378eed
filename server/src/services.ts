import type { Config } from './config';
import type { Limits } from './context';
import type { EntityManager } from './db/orm';
import type { Keyring } from './common/secrets';
import { ApplicationService } from './modules/applications/application.service';
import { BidBondService } from './modules/bid-bonds/bid-bond.service';
import { AuditService } from './modules/audit/audit.service';
import { FeeService } from './modules/fees/fee.service';
import { GuaranteeService } from './modules/guarantees/guarantee.service';
import { signedIn, type Actor } from './modules/identity/actor';
import { AccountService } from './modules/identity/account.service';
import { ApiTokenService } from './modules/identity/api-token.service';
import { IdentityService } from './modules/identity/identity.service';
import { UserAdminService } from './modules/identity/user-admin.service';
import { PasswordTokenService } from './modules/identity/password-token.service';
import { OutboxService } from './modules/notifications/outbox.service';
import { ContractorRegistrationService } from './modules/organisations/contractor-registration.service';
import { OrdererAdminService } from './modules/organisations/orderer-admin.service';
import { GuarantorAdminService } from './modules/organisations/guarantor-admin.service';
import { OrganisationService } from './modules/organisations/organisation.service';
import { VerificationService } from './modules/verification/verification.service';
import { WebhookService } from './modules/webhooks/webhook.service';
import { WorkService } from './modules/works/work.service';

/** The services of one request, each bound to its EntityManager and its actor. */
export interface Services {
  readonly identity: IdentityService;
  readonly account: AccountService;
  readonly apiTokens: ApiTokenService;
  readonly passwordTokens: PasswordTokenService;
  readonly userAdmin: UserAdminService;
  readonly organisations: OrganisationService;
  readonly contractorRegistrations: ContractorRegistrationService;
  readonly ordererAdmin: OrdererAdminService;
  readonly guarantorAdmin: GuarantorAdminService;
  readonly works: WorkService;
  readonly applications: ApplicationService;
  readonly guarantees: GuaranteeService;
  readonly bidBonds: BidBondService;
  readonly fees: FeeService;
  readonly verification: VerificationService;
  readonly audit: AuditService;
  readonly outbox: OutboxService;
  readonly webhooks: WebhookService;
}

interface Dependencies {
  config: Config;
  keyring: Keyring;
  limits: Limits;
  em: EntityManager;
  actor: Actor;
}

/**
 * A request's services, each made the first time a resolver asks for it and then shared by the
 * request's resolvers. Those that act for a user are made for the signed-in actor (a request
 * without one is UNAUTHENTICATED; `@Authorized` refuses it before that).
 */
export function requestServices({ config, keyring, limits, em, actor }: Dependencies): Services {
  const made = new Map<keyof Services, unknown>();
  const once = <K extends keyof Services>(name: K, make: () => Services[K]): Services[K] => {
    if (!made.has(name)) made.set(name, make());
    return made.get(name) as Services[K];
  };
  return {
    get identity() {
      return once('identity', () => new IdentityService(em, config.sessionTtlMs, limits.login));
    },
    get account() {
      return once('account', () => new AccountService(em, signedIn(actor), limits.login));
    },
    get apiTokens() {
      return once('apiTokens', () => new ApiTokenService(em, signedIn(actor)));
    },
    get passwordTokens() {
      return once('passwordTokens', () => new PasswordTokenService(em));
    },
    get userAdmin() {
      return once('userAdmin', () => new UserAdminService(em, signedIn(actor), config.publicUrl));
    },
    get organisations() {
      return once('organisations', () => new OrganisationService(em));
    },
    get contractorRegistrations() {
      return once('contractorRegistrations', () => new ContractorRegistrationService(em, config.publicUrl));
    },
    get ordererAdmin() {
      return once('ordererAdmin', () => new OrdererAdminService(em));
    },
    get guarantorAdmin() {
      return once('guarantorAdmin', () => new GuarantorAdminService(em));
    },
    get works() {
      return once('works', () => new WorkService(em, signedIn(actor)));
    },
    get applications() {
      return once('applications', () => new ApplicationService(em, signedIn(actor)));
    },
    get guarantees() {
      return once('guarantees', () => new GuaranteeService(em, signedIn(actor), keyring, config));
    },
    get bidBonds() {
      return once('bidBonds', () => new BidBondService(em, signedIn(actor)));
    },
    get fees() {
      return once('fees', () => new FeeService(em, signedIn(actor)));
    },
    get verification() {
      return once('verification', () => new VerificationService(em, keyring, limits.verification, actor));
    },
    get audit() {
      return once('audit', () => new AuditService(em, signedIn(actor)));
    },
    get outbox() {
      return once('outbox', () => new OutboxService(em));
    },
    get webhooks() {
      return once('webhooks', () => new WebhookService(em, signedIn(actor), keyring, config));
    },
  };
}
