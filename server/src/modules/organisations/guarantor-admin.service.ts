import { characterCount, hasControlCharacters, isValidEmail } from '@esurety/schema';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors';
import type { EntityManager } from '../../db/orm';
import { Branch } from './branch.entity';
import type { BranchFields, UpdateGuarantorInput } from './guarantor-admin.input';
import { Guarantor } from './guarantor.entity';

/** `value` trimmed and in NFC; BAD_USER_INPUT on `field` when empty, over `max` characters or with control characters. */
export function requiredText(value: string, field: string, label: string, max: number): string {
  const trimmed = value.normalize('NFC').trim();
  if (!trimmed) throw new BadUserInputError(field, `${label}を入力してください。`);
  if (characterCount(trimmed) > max) throw new BadUserInputError(field, `${label}は${max}文字以内で入力してください。`);
  if (hasControlCharacters(trimmed)) throw new BadUserInputError(field, `${label}に制御文字は使えません。`);
  return trimmed;
}

function phone(value: string, field: string, label: string): string {
  const normalised = value.normalize('NFKC').trim();
  if (!/^0\d{1,4}-?\d{1,4}-?\d{3,4}$/.test(normalised))
    throw new BadUserInputError(field, `${label}は 026-226-7520 のように入力してください。`);
  return normalised;
}

/** The one guarantor (the first entered), or null. */
async function theGuarantor(em: EntityManager): Promise<Guarantor | null> {
  const [first] = await em.find(Guarantor, {}, { orderBy: { createdAt: 'asc' }, limit: 1 });
  return first ?? null;
}

/** The guarantor (保証事業会社) and its branches, as the administrator keeps them. */
export class GuarantorAdminService {
  constructor(private readonly em: EntityManager) {}

  /** The guarantor, or null before one is entered. */
  guarantor(): Promise<Guarantor | null> {
    return theGuarantor(this.em);
  }

  /**
   * Sets the guarantor's name, address and representative, which every certificate issued from
   * now on carries (issued certificates are snapshots and keep what they said). Enters the
   * guarantor if there is none yet. Errors: BAD_USER_INPUT on the field.
   */
  async updateGuarantor(input: UpdateGuarantorInput): Promise<Guarantor> {
    const fields = {
      name: requiredText(input.name, 'input.name', '商号', 100),
      address: requiredText(input.address, 'input.address', '本店所在地', 200),
      representativeTitle: requiredText(input.representativeTitle, 'input.representativeTitle', '代表者の役職', 50),
      representativeName: requiredText(input.representativeName, 'input.representativeName', '代表者氏名', 50),
    };
    return this.em.transactional(async (tx) => {
      const guarantor = (await theGuarantor(tx)) ?? tx.create(Guarantor, fields);
      Object.assign(guarantor, fields);
      return guarantor;
    });
  }

  /**
   * Registers a branch of the guarantor. Errors: BAD_USER_INPUT on the field (`input.officeCode`:
   * 5 digits), or when no guarantor is entered yet; CONFLICT when the office code is taken.
   */
  async createBranch(input: BranchFields): Promise<Branch> {
    const fields = this.branchFields(input);
    if (!/^\d{5}$/.test(input.officeCode)) throw new BadUserInputError('input.officeCode', '店番は5桁の数字で入力してください。');
    return this.em.transactional(async (tx) => {
      const guarantor = await theGuarantor(tx);
      if (!guarantor) throw new BadUserInputError('input', '先に保証事業会社を登録してください。');
      if (await tx.count(Branch, { officeCode: input.officeCode }))
        throw new ConflictError(`店番 ${input.officeCode} の支店は既にあります。`);
      return tx.create(Branch, { ...fields, officeCode: input.officeCode, guarantor });
    });
  }

  /**
   * Changes a branch's name, address, TEL, FAX and e-mail. The office code is the first part of
   * every contract number the branch issued, so it never changes. Errors: NOT_FOUND;
   * BAD_USER_INPUT on the field, and on `input.officeCode` when it differs.
   */
  async updateBranch(branchId: string, input: BranchFields): Promise<Branch> {
    const fields = this.branchFields(input);
    return this.em.transactional(async (tx) => {
      const branch = await tx.findOne(Branch, branchId);
      if (!branch) throw new NotFoundError('支店が見つかりません。');
      if (input.officeCode !== branch.officeCode) {
        throw new BadUserInputError('input.officeCode', '店番は保証契約番号の一部のため変えられません。');
      }
      Object.assign(branch, fields);
      return branch;
    });
  }

  private branchFields(input: BranchFields) {
    const email = input.email.trim().toLowerCase();
    if (!isValidEmail(email)) throw new BadUserInputError('input.email', 'メールアドレスの形式が正しくありません。');
    return {
      name: requiredText(input.name, 'input.name', '支店名', 50),
      address: requiredText(input.address, 'input.address', '所在地', 200),
      tel: phone(input.tel, 'input.tel', '電話番号'),
      fax: phone(input.fax, 'input.fax', 'FAX番号'),
      email,
    };
  }
}
