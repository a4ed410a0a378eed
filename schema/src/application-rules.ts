import { formatYen } from './format';
import { isValidYen } from './amounts';
import { electronicEligibility, type OrdererElectronicTerms, type WorkElectronicFacts } from './electronic-eligibility';
import { characterCount, isValidEmail, TEXT_LIMITS } from './text-rules';
import { unprintableMessage } from './printable-characters';
import { forbiddenCharacterError } from './characters';
import { dateError, dateOrderErrors, WORK_DATE_ORDER } from './date-rules';
import { matchesAsRead } from './matching';

export type CertificateFormatValue = 'PAPER' | 'ELECTRONIC';

export interface JointVentureMemberFields {
  name: string;
  address: string;
}

/** 請負工事の情報, as entered for a new work. */
export interface WorkFields {
  name?: string | null;
  ordererId?: string | null;
  location?: string | null;
  contractAmount?: number | null;
  contractDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  announcedOn?: string | null;
  nominatedOn?: string | null;
  electronicAllowedByOrderer?: boolean | null;
  jointVentureName?: string | null;
  jointVentureMembers?: JointVentureMemberFields[] | null;
}

interface GuaranteeRequestFields {
  certificateFormat?: CertificateFormatValue | null;
  amount?: number | null;
  feePaymentMethod?: 'LUMP_SUM' | null;
  feeBillingParty?: string | null;
  feeStatementWanted?: boolean | null;
}

/** 前払金保証 as applied for. */
export interface AdvancePaymentFields extends GuaranteeRequestFields {
  currentYearTargetAmount?: number | null;
  depositBank?: string | null;
  redeposit?: boolean | null;
}

/** 契約保証 as applied for. */
export type ContractGuaranteeFields = GuaranteeRequestFields;

/** 保証申込: null for a kind means it is not applied for. */
export interface ApplicationFields {
  workId?: string | null;
  work?: WorkFields | null;
  advancePayment?: AdvancePaymentFields | null;
  contractGuarantee?: ContractGuaranteeFields | null;
  destinationBranchId?: string | null;
  issuanceNoticeWanted?: boolean | null;
  notifyEmail?: string | null;
  contactDepartment?: string | null;
  contactTitle?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  messageToBranch?: string | null;
}

/** What the rules need to know of the work beyond the form: the chosen or entered one. */
export interface WorkContext extends WorkElectronicFacts {
  contractAmount?: number | null;
  orderer?: OrdererElectronicTerms | null;
}

export interface FieldError {
  /** Path of the field inside the application input, e.g. `advancePayment.amount`. */
  field: string;
  message: string;
}

/** The label of each field as the form shows it; messages name fields by these. */
export const FIELD_LABELS: Record<string, string> = {
  workId: '請負工事',
  'work.name': '工事名',
  'work.ordererId': '発注者',
  'work.location': '工事場所',
  'work.contractAmount': '請負金額',
  'work.contractDate': '請負契約日',
  'work.startDate': '工期（着工日）',
  'work.endDate': '工期（完成日）',
  'work.announcedOn': '公告日',
  'work.nominatedOn': '指名日',
  'work.jointVentureName': 'JV名',
  'work.jointVentureMembers': 'JV構成員',
  'work.jointVentureMembers.name': 'JV構成員の名称',
  'work.jointVentureMembers.address': 'JV構成員の所在地',
  'advancePayment.certificateFormat': '保証証書の形式（前払金保証）',
  'advancePayment.currentYearTargetAmount': '今年度対象額',
  'advancePayment.amount': '前払金保証金額',
  'advancePayment.depositBank': '預託金融機関',
  'advancePayment.redeposit': '再預託利用区分',
  'advancePayment.feePaymentMethod': '前払金保証料支払方法',
  'advancePayment.feeBillingParty': '前払金保証料請求先',
  'advancePayment.feeStatementWanted': '保証料計算書(紙)（前払金保証）',
  'contractGuarantee.certificateFormat': '保証証書の形式（契約保証）',
  'contractGuarantee.amount': '契約保証金額',
  'contractGuarantee.feePaymentMethod': '契約保証料支払方法',
  'contractGuarantee.feeBillingParty': '契約保証料請求先',
  'contractGuarantee.feeStatementWanted': '保証料計算書(紙)（契約保証）',
  kinds: '保証の申込内容',
  destinationBranchId: '申込送信先',
  issuanceNoticeWanted: '電子保証発行完了のお知らせ',
  notifyEmail: 'メールアドレス',
  contactDepartment: '担当部署',
  contactTitle: '役職',
  contactName: '担当者名',
  contactPhone: '連絡先電話番号',
  messageToBranch: 'お客様から弊社への連絡事項',
};

export const label = (field: string) => FIELD_LABELS[field.replace(/\.\d+\./, '.').replace(/\.\d+$/, '')] ?? field;

export type ValidationMode = 'draft' | 'submit';

/**
 * Every rule of the application form, shared by the client (as the user types) and the server
 * (on save and on submit). Drafts may be incomplete; a submitted application may not.
 */
export function validateApplication(
  input: ApplicationFields,
  context: { work: WorkContext | null; today: string; contractorName?: string },
  mode: ValidationMode,
): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => {
    if (!errors.some((e) => e.field === field)) errors.push({ field, message });
  };
  const submit = mode === 'submit';
  const required = (field: string, value: unknown) => {
    const missing = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
    if (submit && missing) fail(field, `${label(field)}を入力してください。`);
    return !missing;
  };
  // `printed`: the field appears on the certificate or the key notice (or, naming it, another document such as the
  // 保証料計算書), so every character must print.
  const text = (
    field: string,
    value: string | null | undefined,
    max: number,
    { multiline = false, printed = false as boolean | string } = {},
  ) => {
    if (value === null || value === undefined) return;
    const forbidden = forbiddenCharacterError(label(field), value, { multiline });
    if (forbidden) fail(field, forbidden);
    else if (characterCount(value) > max) fail(field, `${label(field)}は${max}文字以内で入力してください。`);
    else if (printed) {
      const message = unprintableMessage(label(field), value, typeof printed === 'string' ? printed : undefined);
      if (message) fail(field, message);
    }
  };
  const amount = (field: string, value: number | null | undefined) => {
    if (value === null || value === undefined) return false;
    if (!isValidYen(value)) {
      fail(field, `${label(field)}は1円以上10兆円以下の整数で入力してください。`);
      return false;
    }
    return true;
  };
  const atMost = (field: string, value: number | null | undefined, limitField: string, limit: number | null | undefined) => {
    if (typeof value === 'number' && typeof limit === 'number' && value > limit) {
      fail(field, `${label(field)}は${label(limitField)}（${formatYen(limit)}）以下にしてください。`);
    }
  };

  // 請負工事の情報
  const work = input.work;
  if (input.workId && work) fail('workId', '既存の工事を選ぶか、新しい工事を入力するか、どちらか一方にしてください。');
  if (!input.workId && !work && submit) fail('workId', '請負工事を選択するか、工事の情報を入力してください。');
  if (work) {
    required('work.name', work.name);
    text('work.name', work.name, TEXT_LIMITS.name, { printed: true });
    required('work.ordererId', work.ordererId);
    required('work.location', work.location);
    text('work.location', work.location, TEXT_LIMITS.location);
    if (required('work.contractAmount', work.contractAmount)) amount('work.contractAmount', work.contractAmount);
    for (const field of ['contractDate', 'startDate', 'endDate'] as const) {
      if (required(`work.${field}`, work[field])) {
        const error = dateError(label(`work.${field}`), work[field]!);
        if (error) fail(`work.${field}`, error);
      }
    }
    for (const field of ['announcedOn', 'nominatedOn'] as const) {
      const error = work[field] ? dateError(label(`work.${field}`), work[field]!) : null;
      if (error) fail(`work.${field}`, error);
    }
    for (const error of dateOrderErrors(work, WORK_DATE_ORDER)) fail(`work.${error.field}`, error.message);
    text('work.jointVentureName', work.jointVentureName, TEXT_LIMITS.name, { printed: true });
    const members = work.jointVentureMembers ?? [];
    if (work.jointVentureName?.trim()) {
      if (members.length < 2) fail('work.jointVentureMembers', 'JVの構成員を代表者から順に2社以上入力してください。');
    } else if (members.length > 0) {
      fail('work.jointVentureName', 'JV構成員を入力した場合はJV名を入力してください。');
    }
    if (members.length > 0 && context.contractorName && !matchesAsRead(members[0].name ?? '', context.contractorName)) {
      fail('work.jointVentureMembers', `JVの場合は代表者が申し込みます。構成員の1社目を代表者の${context.contractorName}にしてください。`);
    }
    members.forEach((member, i) => {
      if (!member.name?.trim()) fail(`work.jointVentureMembers.${i}.name`, `JV構成員${i + 1}の名称を入力してください。`);
      else text(`work.jointVentureMembers.${i}.name`, member.name, TEXT_LIMITS.memberName, { printed: true });
      // Both are required by the schema: a draft keeps no member without them (blank is none).
      if (!member.address?.trim()) fail(`work.jointVentureMembers.${i}.address`, `JV構成員${i + 1}の所在地を入力してください。`);
      else text(`work.jointVentureMembers.${i}.address`, member.address, TEXT_LIMITS.memberAddress);
    });
  }
  const contractAmount = work ? work.contractAmount : context.work?.contractAmount;

  // 保証の申込内容
  const advance = input.advancePayment;
  const contract = input.contractGuarantee;
  if (submit && !advance && !contract) fail('kinds', '前払金保証と契約保証の少なくとも一方を申し込んでください。');
  const eligibility = context.work?.orderer
    ? electronicEligibility(context.work.orderer, { ...context.work, ...(work ?? {}) }, context.today)
    : null;

  const common = (prefix: 'advancePayment' | 'contractGuarantee', fields: GuaranteeRequestFields) => {
    if (required(`${prefix}.certificateFormat`, fields.certificateFormat) && fields.certificateFormat === 'ELECTRONIC') {
      if (eligibility && !eligibility.eligible) fail(`${prefix}.certificateFormat`, eligibility.message);
    }
    required(`${prefix}.feePaymentMethod`, fields.feePaymentMethod);
    required(`${prefix}.feeBillingParty`, fields.feeBillingParty);
    text(`${prefix}.feeBillingParty`, fields.feeBillingParty, TEXT_LIMITS.feeBillingParty, { printed: '保証料計算書' });
    required(`${prefix}.feeStatementWanted`, fields.feeStatementWanted);
  };

  if (advance) {
    common('advancePayment', advance);
    const target = advance.currentYearTargetAmount;
    if (amount('advancePayment.currentYearTargetAmount', target)) {
      atMost('advancePayment.currentYearTargetAmount', target, 'work.contractAmount', contractAmount);
    }
    if (required('advancePayment.amount', advance.amount) && amount('advancePayment.amount', advance.amount)) {
      if (isValidYen(target)) atMost('advancePayment.amount', advance.amount, 'advancePayment.currentYearTargetAmount', target);
      atMost('advancePayment.amount', advance.amount, 'work.contractAmount', contractAmount);
    }
    required('advancePayment.depositBank', advance.depositBank);
    text('advancePayment.depositBank', advance.depositBank, TEXT_LIMITS.depositBank, { printed: true });
    required('advancePayment.redeposit', advance.redeposit);
  }
  if (contract) {
    common('contractGuarantee', contract);
    if (required('contractGuarantee.amount', contract.amount) && amount('contractGuarantee.amount', contract.amount)) {
      atMost('contractGuarantee.amount', contract.amount, 'work.contractAmount', contractAmount);
    }
  }

  // インフォメーション
  required('destinationBranchId', input.destinationBranchId);
  if (input.issuanceNoticeWanted) {
    if (required('notifyEmail', input.notifyEmail) && input.notifyEmail && !isValidEmail(input.notifyEmail)) {
      fail('notifyEmail', 'メールアドレスの形式が正しくありません。');
    }
  } else if (input.notifyEmail && !isValidEmail(input.notifyEmail)) {
    fail('notifyEmail', 'メールアドレスの形式が正しくありません。');
  }
  text('contactDepartment', input.contactDepartment, TEXT_LIMITS.contact);
  text('contactTitle', input.contactTitle, TEXT_LIMITS.contact);
  text('contactName', input.contactName, TEXT_LIMITS.contact);
  text('contactPhone', input.contactPhone, TEXT_LIMITS.phone);
  if (input.contactPhone && !/^[0-9０-９()（）+\-－ー‐ ]*$/.test(input.contactPhone)) {
    fail('contactPhone', '連絡先電話番号は数字とハイフンで入力してください。');
  }
  text('messageToBranch', input.messageToBranch, TEXT_LIMITS.message, { multiline: true });
  return errors;
}
