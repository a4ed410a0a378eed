import { isValidYen } from './amounts';
import type { FieldError } from './application-rules';
import { unprintableMessage } from './printable-characters';
import { characterCount, hasControlCharacters, isIsoDate, TEXT_LIMITS } from './text-rules';

/** 契約保証予約（入札ボンド）の申込: what the contractor knows before bidding. */
export interface BidBondFields {
  ordererId?: string | null;
  workName?: string | null;
  /** 入札日 (YYYY-MM-DD, JST). */
  bidDate?: string | null;
  /** 契約予定金額 in integer yen. */
  expectedContractAmount?: number | null;
  destinationBranchId?: string | null;
}

export const BID_BOND_FIELD_LABELS: Record<keyof BidBondFields, string> = {
  ordererId: '発注者',
  workName: '工事名',
  bidDate: '入札日',
  expectedContractAmount: '契約予定金額',
  destinationBranchId: '申込送信先',
};

/**
 * Every rule of the bid bond form, shared by the client (as the user types) and the server (on
 * applyBidBond). `today` is the date in Japan: a bid date before it is in the past.
 */
export function validateBidBond(input: BidBondFields, context: { today: string }): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: keyof BidBondFields, message: string) => {
    if (!errors.some((e) => e.field === field)) errors.push({ field, message });
  };
  const present = (field: keyof BidBondFields) => {
    const value = input[field];
    const missing = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
    if (missing) fail(field, `${BID_BOND_FIELD_LABELS[field]}を入力してください。`);
    return !missing;
  };

  present('ordererId');
  if (present('workName')) {
    const name = input.workName!;
    const label = BID_BOND_FIELD_LABELS.workName;
    if (hasControlCharacters(name)) fail('workName', `${label}に使用できない文字（制御文字）が含まれています。`);
    else if (characterCount(name) > TEXT_LIMITS.name) fail('workName', `${label}は${TEXT_LIMITS.name}文字以内で入力してください。`);
    else if (unprintableMessage(label, name)) fail('workName', unprintableMessage(label, name)!);
  }
  if (present('bidDate')) {
    if (!isIsoDate(input.bidDate!)) fail('bidDate', '入札日の日付が正しくありません。');
    else if (input.bidDate! < context.today) fail('bidDate', '入札日は今日以降の日付にしてください（過去の入札は予約できません）。');
  }
  if (present('expectedContractAmount') && !isValidYen(input.expectedContractAmount)) {
    fail('expectedContractAmount', '契約予定金額は1円以上10兆円以下の整数で入力してください。');
  }
  present('destinationBranchId');
  return errors;
}
