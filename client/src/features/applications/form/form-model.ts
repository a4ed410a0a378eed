import {
  label,
  parseYen,
  yenParseMessage,
  validateApplication,
  type FieldError,
  type OrdererElectronicTerms,
  type ValidationMode,
  type WorkContext,
} from '@esurety/schema';
import type {
  AdvancePaymentInput,
  ApplicationDetailsFragment,
  ApplicationFormOptionsQuery,
  CertificateFormat,
  ContractGuaranteeInput,
  FeePaymentMethod,
  SaveApplicationInput,
  WorkFieldsFragment as WorkFields,
  WorkInput,
} from '../../../gql/graphql';
import { renamePath } from '../../../ui/field-errors';

/** 保証申込の内容 as saveApplication takes it, without the application and version it updates. */
export type ApplicationInput = Omit<SaveApplicationInput, 'applicationId' | 'expectedVersion'>;

/** A yes/no radio group that may have no answer yet. */
export type Choice = '' | 'yes' | 'no';

export interface MemberForm {
  name: string;
  address: string;
}

/** 請負工事の情報 of a new work, as typed: amounts and dates stay text until sent. */
export interface WorkForm {
  name: string;
  ordererId: string;
  location: string;
  contractAmount: string;
  contractDate: string;
  startDate: string;
  endDate: string;
  /** 公告日 (competitive bidding) or 指名日 (negotiated contract): one date, one of the two. */
  dateKind: 'announced' | 'nominated';
  announcedOrNominatedOn: string;
  electronicAllowedByOrderer: boolean;
  jointVentureName: string;
  members: MemberForm[];
}

/** One kind of guarantee (前払金保証 or 契約保証); the advance-only fields stay empty for 契約保証. */
export interface GuaranteeForm {
  applied: boolean;
  certificateFormat: '' | CertificateFormat;
  currentYearTargetAmount: string;
  amount: string;
  depositBank: string;
  redeposit: Choice;
  feePaymentMethod: '' | FeePaymentMethod;
  feeBillingParty: string;
  feeStatementWanted: Choice;
}

/** インフォメーション */
export interface InformationForm {
  destinationBranchId: string;
  issuanceNoticeWanted: Choice;
  notifyEmail: string;
  contactDepartment: string;
  contactTitle: string;
  contactName: string;
  contactPhone: string;
  messageToBranch: string;
}

export interface ApplicationFormValue {
  workMode: 'existing' | 'new';
  workId: string;
  work: WorkForm;
  advancePayment: GuaranteeForm;
  contractGuarantee: GuaranteeForm;
  information: InformationForm;
}

/** A registered work to choose, with its orderer's terms for electronic guarantees. */
export type WorkOption = WorkFields;

export type FormOptions = {
  works: WorkOption[];
  orderers: ApplicationFormOptionsQuery['orderers']['edges'][number]['node'][];
  branches: ApplicationFormOptionsQuery['branches'];
  /** The signed-in contractor: the representative of any JV it applies for. */
  contractor: { name: string; address: string } | null;
};

export type OrdererOption = FormOptions['orderers'][number];

/** Field path in the form (`work.contractDate`, `information.contactName`) → the message shown there. */
export type FieldMessages = Record<string, string>;

export const emptyWork = (): WorkForm => ({
  name: '',
  ordererId: '',
  location: '',
  contractAmount: '',
  contractDate: '',
  startDate: '',
  endDate: '',
  dateKind: 'announced',
  announcedOrNominatedOn: '',
  electronicAllowedByOrderer: false,
  jointVentureName: '',
  members: [],
});

export const emptyGuarantee = (): GuaranteeForm => ({
  applied: false,
  certificateFormat: '',
  currentYearTargetAmount: '',
  amount: '',
  depositBank: '',
  redeposit: '',
  // The only method there is: chosen from the start, as on Net Desk.
  feePaymentMethod: 'LUMP_SUM',
  feeBillingParty: '',
  feeStatementWanted: '',
});

export const emptyInformation = (): InformationForm => ({
  destinationBranchId: '',
  // The server keeps a yes or a no, never "not answered": a new form starts at no.
  issuanceNoticeWanted: 'no',
  notifyEmail: '',
  contactDepartment: '',
  contactTitle: '',
  contactName: '',
  contactPhone: '',
  messageToBranch: '',
});

export const emptyApplicationForm = (): ApplicationFormValue => ({
  workMode: 'existing',
  workId: '',
  work: emptyWork(),
  advancePayment: emptyGuarantee(),
  contractGuarantee: emptyGuarantee(),
  information: emptyInformation(),
});

/**
 * Where the form keeps what the rules and the API name otherwise (paths, or their start): the one
 * date of 公告日 / 指名日, the JV members, インフォメーション. `kinds` (neither kind applied for)
 * belongs to the form without a field of its own.
 */
export const FORM_PATHS: Record<string, string> = {
  'work.announcedOn': 'work.announcedOrNominatedOn',
  'work.nominatedOn': 'work.announcedOrNominatedOn',
  'work.jointVentureMembers': 'work.members',
  ...Object.fromEntries(Object.keys(emptyInformation()).map((field) => [field, `information.${field}`])),
  kinds: 'kinds',
};

/** 20000000 → "20,000,000", as amounts are shown in the inputs. */
export function amountText(amount: number | null | undefined): string {
  return typeof amount === 'number' ? amount.toLocaleString('ja-JP') : '';
}

const choice = (value: boolean | null | undefined): Choice => (value === true ? 'yes' : value === false ? 'no' : '');
const fromChoice = (value: Choice): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);
const text = (value: string | null | undefined) => value ?? '';
const orNull = (value: string) => (value.trim() === '' ? null : value);

/** The form as it was saved, to edit it again. */
export function formFromApplication(application: ApplicationDetailsFragment): ApplicationFormValue {
  const form = emptyApplicationForm();
  const draft = application.workDraft;
  if (draft) {
    form.workMode = 'new';
    form.work = {
      name: text(draft.name),
      ordererId: text(draft.ordererId),
      location: text(draft.location),
      contractAmount: amountText(draft.contractAmount),
      contractDate: text(draft.contractDate),
      startDate: text(draft.startDate),
      endDate: text(draft.endDate),
      dateKind: !draft.announcedOn && draft.nominatedOn ? 'nominated' : 'announced',
      announcedOrNominatedOn: text(draft.announcedOn ?? draft.nominatedOn),
      electronicAllowedByOrderer: draft.electronicAllowedByOrderer ?? false,
      jointVentureName: text(draft.jointVentureName),
      members: (draft.jointVentureMembers ?? []).map((m) => ({ name: m.name, address: m.address })),
    };
  } else if (application.work) {
    form.workMode = 'existing';
    form.workId = application.work.id;
  }
  const advance = application.advancePayment;
  if (advance) {
    form.advancePayment = {
      applied: true,
      certificateFormat: advance.certificateFormat ?? '',
      currentYearTargetAmount: amountText(advance.currentYearTargetAmount),
      amount: amountText(advance.amount),
      depositBank: text(advance.depositBank),
      redeposit: choice(advance.redeposit),
      feePaymentMethod: advance.feePaymentMethod,
      feeBillingParty: text(advance.feeBillingParty),
      feeStatementWanted: choice(advance.feeStatementWanted),
    };
  }
  const contract = application.contractGuarantee;
  if (contract) {
    form.contractGuarantee = {
      ...emptyGuarantee(),
      applied: true,
      certificateFormat: contract.certificateFormat ?? '',
      amount: amountText(contract.amount),
      feePaymentMethod: contract.feePaymentMethod,
      feeBillingParty: text(contract.feeBillingParty),
      feeStatementWanted: choice(contract.feeStatementWanted),
    };
  }
  form.information = {
    destinationBranchId: application.destinationBranch?.id ?? '',
    issuanceNoticeWanted: application.issuanceNoticeWanted ? 'yes' : 'no',
    notifyEmail: text(application.notifyEmail),
    contactDepartment: text(application.contactDepartment),
    contactTitle: text(application.contactTitle),
    contactName: text(application.contactName),
    contactPhone: text(application.contactPhone),
    messageToBranch: text(application.messageToBranch),
  };
  return form;
}

/** An amount field's value, or the rules' own message when what was typed is not an amount. */
function readAmount(field: string, typed: string, errors: FieldError[]): number | null {
  if (typed.trim() === '') return null;
  const parsed = parseYen(typed);
  if (parsed.ok) return parsed.value;
  errors.push({ field, message: yenParseMessage(label(field), parsed.reason) });
  return null;
}

export function ordererById(options: FormOptions, id: string): OrdererOption | undefined {
  return options.orderers.find((o) => o.id === id);
}

export function workById(options: FormOptions, id: string): WorkOption | undefined {
  return options.works.find((w) => w.id === id);
}

/** Whether the orderer decides work by work (松本市): only then the form asks about it. */
export function asksElectronicAllowed(orderer: OrdererOption | undefined): boolean {
  return orderer?.electronicRule === 'WORKS_ALLOWED_BY_ORDERER';
}

/**
 * The form as the API takes it (`saveApplication`'s input): unchecked kinds are null, empty text
 * is null, amounts are integer yen. Text that is not an amount comes back as an error instead.
 */
export function toApplicationInput(form: ApplicationFormValue, options: FormOptions): { input: ApplicationInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  let work: WorkInput | null = null;
  if (form.workMode === 'new') {
    const w = form.work;
    const date = orNull(w.announcedOrNominatedOn);
    work = {
      name: orNull(w.name),
      ordererId: orNull(w.ordererId),
      location: orNull(w.location),
      contractAmount: readAmount('work.contractAmount', w.contractAmount, errors),
      contractDate: orNull(w.contractDate),
      startDate: orNull(w.startDate),
      endDate: orNull(w.endDate),
      announcedOn: w.dateKind === 'announced' ? date : null,
      nominatedOn: w.dateKind === 'nominated' ? date : null,
      electronicAllowedByOrderer: asksElectronicAllowed(ordererById(options, w.ordererId)) ? w.electronicAllowedByOrderer : null,
      jointVentureName: orNull(w.jointVentureName),
      jointVentureMembers: w.members.length > 0 ? w.members.map((m) => ({ name: m.name, address: m.address })) : null,
    };
  }

  const a = form.advancePayment;
  const advancePayment: AdvancePaymentInput | null = a.applied
    ? {
        certificateFormat: a.certificateFormat || null,
        currentYearTargetAmount: readAmount('advancePayment.currentYearTargetAmount', a.currentYearTargetAmount, errors),
        amount: readAmount('advancePayment.amount', a.amount, errors),
        depositBank: orNull(a.depositBank),
        redeposit: fromChoice(a.redeposit),
        feePaymentMethod: a.feePaymentMethod || null,
        feeBillingParty: orNull(a.feeBillingParty),
        feeStatementWanted: fromChoice(a.feeStatementWanted),
      }
    : null;
  const c = form.contractGuarantee;
  const contractGuarantee: ContractGuaranteeInput | null = c.applied
    ? {
        certificateFormat: c.certificateFormat || null,
        amount: readAmount('contractGuarantee.amount', c.amount, errors),
        feePaymentMethod: c.feePaymentMethod || null,
        feeBillingParty: orNull(c.feeBillingParty),
        feeStatementWanted: fromChoice(c.feeStatementWanted),
      }
    : null;

  const info = form.information;
  const input: ApplicationInput = {
    workId: form.workMode === 'existing' ? orNull(form.workId) : null,
    work,
    advancePayment,
    contractGuarantee,
    destinationBranchId: orNull(info.destinationBranchId),
    issuanceNoticeWanted: info.issuanceNoticeWanted === 'yes',
    notifyEmail: orNull(info.notifyEmail),
    contactDepartment: orNull(info.contactDepartment),
    contactTitle: orNull(info.contactTitle),
    contactName: orNull(info.contactName),
    contactPhone: orNull(info.contactPhone),
    messageToBranch: orNull(info.messageToBranch),
  };
  return { input, errors };
}

/** What the rules need beyond the input: the chosen work, or the orderer of the entered one. */
export function workContext(form: ApplicationFormValue, options: FormOptions, input: ApplicationInput): WorkContext | null {
  if (form.workMode === 'existing') {
    const work = workById(options, form.workId);
    return work ? { ...work, orderer: work.orderer satisfies OrdererElectronicTerms } : null;
  }
  const orderer = ordererById(options, form.work.ordererId);
  return orderer ? { ...input.work, orderer } : null;
}

/**
 * Every message the shared rules (the server's own) give for the form in `mode`, plus those for
 * amounts that could not be read, one per field, keyed by the form's path for it (`FORM_PATHS`).
 */
export function checkForm(form: ApplicationFormValue, options: FormOptions, mode: ValidationMode, today: string): FieldMessages {
  const { input, errors } = toApplicationInput(form, options);
  const ruleErrors = validateApplication(
    input,
    { work: workContext(form, options, input), today, contractorName: options.contractor?.name },
    mode,
  );
  const messages: FieldMessages = {};
  for (const error of [...errors, ...ruleErrors]) messages[renamePath(error.field, FORM_PATHS) ?? error.field] ??= error.message;
  return messages;
}

/** The contract amount the ratios are taken of: the entered work's, or the chosen work's. */
export function contractAmountOf(form: ApplicationFormValue, options: FormOptions): number | null {
  if (form.workMode === 'existing') return workById(options, form.workId)?.contractAmount ?? null;
  const parsed = parseYen(form.work.contractAmount);
  return parsed.ok ? parsed.value : null;
}
