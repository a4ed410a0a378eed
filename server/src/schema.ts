import { buildSchema } from 'type-graphql';
import { authChecker } from './modules/identity/auth-checker';
import { ApplicationConnectionResolver, ApplicationResolver } from './modules/applications/application.resolver';
import { ElectronicIssuanceResolver, GuaranteeResolver } from './modules/guarantees/guarantee.resolver';
import { IdentityResolver } from './modules/identity/identity.resolver';
import { NotificationResolver } from './modules/notifications/notification.resolver';
import { OrganisationResolver } from './modules/organisations/organisation.resolver';
import { WorkResolver } from './modules/works/work.resolver';
import { VerificationResolver } from './modules/verification/verification.resolver';
import { ApiTokenResolver } from './modules/identity/api-token.resolver';
import { PasswordTokenResolver } from './modules/identity/password-token.resolver';
import { AccountResolver } from './modules/identity/account.resolver';
import { UserAdminResolver } from './modules/identity/user-admin.resolver';
import { GuarantorAdminResolver } from './modules/organisations/guarantor-admin.resolver';
import { ContractorRegistrationResolver } from './modules/organisations/contractor-registration.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { auditEveryMutation } from './modules/audit/audit.middleware';
import { BidBondResolver } from './modules/bid-bonds/bid-bond.resolver';
import { checkTextArguments } from './common/text-arguments';
import { FeeResolver } from './modules/fees/fee.resolver';
import { checkArguments } from './common/argument-checks';
import { loadReferences } from './common/reference-loader';
import { WebhookResolver } from './modules/webhooks/webhook.resolver';
import { Branch } from './modules/organisations/branch.entity';
import { Contractor } from './modules/organisations/contractor.entity';
import { Orderer } from './modules/organisations/orderer.entity';

export const resolvers = [
  IdentityResolver,
  OrganisationResolver,
  WorkResolver,
  ApplicationResolver,
  ApplicationConnectionResolver,
  GuaranteeResolver,
  BidBondResolver,
  ElectronicIssuanceResolver,
  NotificationResolver,
  VerificationResolver,
  ApiTokenResolver,
  AuditResolver,
  WebhookResolver,
  PasswordTokenResolver,
  AccountResolver,
  UserAdminResolver,
  ContractorRegistrationResolver,
  GuarantorAdminResolver,
  FeeResolver,
] as const;

export async function buildApiSchema() {
  // Every mutation is audited, also when its access rule or a malformed id or a NUL refuses it.
  return auditEveryMutation(
    checkTextArguments(
      checkArguments(
        loadReferences(
          await buildSchema({
            resolvers,
            // Types reached only through an interface must be named to be in the schema.
            orphanedTypes: [Branch, Contractor, Orderer],
            authChecker,
            authMode: 'error',
            validate: { forbidUnknownValues: false },
            emitSchemaFile: false,
          }),
        ),
      ),
    ),
  );
}
