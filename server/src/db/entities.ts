import { ApplicationItem, GuaranteeApplication } from '../modules/applications/guarantee-application.entity';
import { ElectronicIssuance } from '../modules/guarantees/electronic-issuance.entity';
import { AuthKeyDisplay } from '../modules/guarantees/auth-key-display.entity';
import { Guarantee } from '../modules/guarantees/guarantee.entity';
import { Session } from '../modules/identity/session.entity';
import { OutboxMessage } from '../modules/notifications/outbox-message.entity';
import { User } from '../modules/identity/user.entity';
import { Branch } from '../modules/organisations/branch.entity';
import { Contractor } from '../modules/organisations/contractor.entity';
import { Guarantor } from '../modules/organisations/guarantor.entity';
import { Orderer } from '../modules/organisations/orderer.entity';
import { JointVentureMember, Work } from '../modules/works/work.entity';
import { ApiToken } from '../modules/identity/api-token.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { WebhookDelivery } from '../modules/webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity';
import { OrdererView } from '../modules/verification/orderer-view.entity';
import { VerificationAttempt } from '../modules/verification/verification-attempt.entity';
import { BidBond } from '../modules/bid-bonds/bid-bond.entity';
import { FeeRate } from '../modules/fees/fee-rate.entity';
import { FeeStatement } from '../modules/fees/fee-statement.entity';
import { PasswordToken } from '../modules/identity/password-token.entity';
import { ContractorRegistration } from '../modules/organisations/contractor-registration.entity';
import { IdempotencyKey } from '../modules/idempotency/idempotency-key.entity';
import { ScopeCount } from '../common/scope-count.entity';

export const entities = [
  Guarantor,
  Branch,
  Contractor,
  Orderer,
  User,
  Session,
  JointVentureMember,
  Work,
  GuaranteeApplication,
  ApplicationItem,
  Guarantee,
  ElectronicIssuance,
  OutboxMessage,
  AuthKeyDisplay,
  VerificationAttempt,
  OrdererView,
  ApiToken,
  AuditEvent,
  WebhookEndpoint,
  WebhookDelivery,
  PasswordToken,
  BidBond,
  ContractorRegistration,
  IdempotencyKey,
  FeeRate,
  FeeStatement,
  ScopeCount,
];
