import { characterCount, hasControlCharacters, isValidCorporateNumber, isValidEmail } from '@esurety/schema';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/pagination';
import type { EntityManager } from '../../db/orm';
import { inviteUser } from '../identity/user-admin.service';
import { normaliseEmail, Role } from '../identity/user.entity';
import { enqueueMail } from '../notifications/outbox';
import { registrationReceivedMail, registrationRefusedMail } from './contractor-registration-mails';
import { ContractorRegistration, ContractorRegistrationStatus } from './contractor-registration.entity';
import type { ContractorFilter, ContractorRegistrationFilter, RequestContractorRegistrationInput } from './contractor-registration.input';
import { Contractor } from './contractor.entity';

/** 法人番号 as people write it: full-width digits, hyphens and spaces are allowed and dropped. */
export function normaliseCorporateNumber(value: string): string {
  return value.normalize('NFKC').replace(/[\s-]/g, '');
}

function text(value: string, field: string, label: string, max: number): string {
  const trimmed = value.normalize('NFC').trim();
  if (!trimmed) throw new BadUserInputError(field, `${label}を入力してください。`);
  if (characterCount(trimmed) > max) throw new BadUserInputError(field, `${label}は${max}文字以内で入力してください。`);
  if (hasControlCharacters(trimmed)) throw new BadUserInputError(field, `${label}に制御文字は使えません。`);
  return trimmed;
}

/** Contractors' registration requests: sent by anyone, decided by an administrator. */
export class ContractorRegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly publicUrl: string,
  ) {}

  /**
   * Records a registration request and mails its receipt to the 担当者. Errors: BAD_USER_INPUT on
   * the field (`input.corporateNumber` when its check digit is wrong); CONFLICT when the
   * 法人番号 is already a contractor's or has a request waiting.
   */
  async request(input: RequestContractorRegistrationInput): Promise<ContractorRegistration> {
    const corporateNumber = normaliseCorporateNumber(input.corporateNumber);
    const fields = {
      name: text(input.name, 'input.name', '会社名', 100),
      address: text(input.address, 'input.address', '所在地', 200),
      representative: text(input.representative, 'input.representative', '代表者', 100),
      contactName: text(input.contactName, 'input.contactName', '担当者名', 100),
      email: normaliseEmail(input.email),
      corporateNumber,
    };
    if (!/^\d{13}$/.test(corporateNumber)) throw new BadUserInputError('input.corporateNumber', '法人番号は13桁の数字で入力してください。');
    if (!isValidCorporateNumber(corporateNumber)) {
      throw new BadUserInputError('input.corporateNumber', '法人番号が正しくありません（検査用数字が一致しません）。');
    }
    if (!isValidEmail(fields.email)) throw new BadUserInputError('input.email', 'メールアドレスの形式が正しくありません。');
    return this.em.transactional(async (tx) => {
      if (await tx.count(Contractor, { corporateNumber })) {
        throw new ConflictError('この法人番号の請負者は既に登録されています。ログインできない場合は管理者にお問い合わせください。');
      }
      if (await tx.count(ContractorRegistration, { corporateNumber, status: ContractorRegistrationStatus.PENDING })) {
        throw new ConflictError('この法人番号の申請は既に受け付けており、審査中です。');
      }
      const registration = tx.create(ContractorRegistration, fields);
      enqueueMail(tx, registrationReceivedMail(registration));
      return registration;
    });
  }

  /**
   * Approves a waiting request: registers the contractor and invites its 担当者 (a CONTRACTOR user
   * with a one-time link by mail), in one transaction. Errors: NOT_FOUND; CONFLICT when the request
   * was decided already, the 法人番号 became a contractor's, or the e-mail address is an account's.
   */
  async approve(registrationId: string): Promise<{ registration: ContractorRegistration; contractor: Contractor }> {
    return this.em.transactional(async (tx) => {
      const registration = await this.find(tx, registrationId);
      if (
        registration.status === ContractorRegistrationStatus.PENDING &&
        (await tx.count(Contractor, { corporateNumber: registration.corporateNumber }))
      ) {
        throw new ConflictError('この法人番号の請負者は既に登録されています。');
      }
      const contractor = new Contractor({
        name: registration.name,
        address: registration.address,
        corporateNumber: registration.corporateNumber,
        representative: registration.representative,
      });
      registration.approve(contractor);
      tx.persist(contractor);
      await inviteUser(
        tx,
        { email: registration.email, name: registration.contactName, role: Role.CONTRACTOR, organisationId: contractor.id },
        this.publicUrl,
        'contractorRegistration',
      );
      return { registration, contractor };
    });
  }

  /** Refuses a waiting request and mails the reason to the 担当者. Errors: NOT_FOUND; BAD_USER_INPUT on `input.reason`; CONFLICT if decided already. */
  async refuse(registrationId: string, reason: string): Promise<ContractorRegistration> {
    const why = text(reason, 'input.reason', '不承認の理由', 1000);
    return this.em.transactional(async (tx) => {
      const registration = await this.find(tx, registrationId);
      registration.refuse(why);
      enqueueMail(tx, registrationRefusedMail(registration));
      return registration;
    });
  }

  /** The requests, newest first; `filter.status` narrows them (PENDING: the ones to decide). */
  list(filter: ContractorRegistrationFilter | null | undefined, page: PageArgs) {
    return paginate(this.em, ContractorRegistration, filter?.status ? { status: filter.status } : {}, page, { populate: ['contractor'] });
  }

  /** The registered contractors by name. */
  contractors(filter: ContractorFilter | null | undefined, page: PageArgs) {
    const name = filter?.name?.trim();
    return paginate(this.em, Contractor, name ? { name: { $like: `%${name}%` } } : {}, page, {
      order: { field: 'name', direction: 'asc' },
    });
  }

  private async find(tx: EntityManager, id: string): Promise<ContractorRegistration> {
    const registration = await tx.findOne(ContractorRegistration, id, { populate: ['contractor'] });
    if (!registration) throw new NotFoundError('利用登録申請が見つかりません。');
    return registration;
  }
}
