import { formatEraDate } from './format';

export type ElectronicRule = 'WORKS_ALLOWED_BY_ORDERER' | 'ANNOUNCED_OR_NOMINATED_FROM';

export interface OrdererElectronicTerms {
  name: string;
  acceptsElectronic: boolean;
  electronicFrom?: string | null;
  /** An ElectronicRule; any other value accepts nothing. */
  electronicRule?: string | null;
  electronicRuleDescription?: string | null;
}

export interface WorkElectronicFacts {
  announcedOn?: string | null;
  nominatedOn?: string | null;
  /** The orderer has allowed electronic guarantees for this work (松本市's rule). */
  electronicAllowedByOrderer?: boolean | null;
}

export type Eligibility = { eligible: true } | { eligible: false; message: string };

/**
 * Whether the orderer accepts an electronic guarantee for this work under its rule; if not, a
 * message that names the orderer and the rule. `today` is the date of the application (YYYY-MM-DD).
 */
export function electronicEligibility(orderer: OrdererElectronicTerms, work: WorkElectronicFacts, today: string): Eligibility {
  const refuse = (why: string): Eligibility => ({
    eligible: false,
    message: `${orderer.name}の電子保証の対象は「${orderer.electronicRuleDescription ?? ''}」です。${why}`,
  });
  if (!orderer.acceptsElectronic || !orderer.electronicFrom || !orderer.electronicRule) {
    return { eligible: false, message: `${orderer.name}は電子保証に対応していません。証書(紙)を選択してください。` };
  }
  const from = orderer.electronicFrom;
  switch (orderer.electronicRule) {
    case 'WORKS_ALLOWED_BY_ORDERER':
      if (today < from) return refuse(`電子保証は${formatEraDate(from)}から利用できます。`);
      if (!work.electronicAllowedByOrderer) return refuse('この工事は発注者が電子保証の利用を認めた工事として登録されていません。');
      return { eligible: true };
    case 'ANNOUNCED_OR_NOMINATED_FROM': {
      const date = work.announcedOn ?? work.nominatedOn;
      if (!date) return refuse('公告日又は指名日を入力してください。');
      if (date < from) return refuse(`この工事の公告日（指名日）は${formatEraDate(date)}で、${formatEraDate(from)}より前です。`);
      return { eligible: true };
    }
    default:
      return { eligible: false, message: `${orderer.name}の電子保証の条件を確認できません。` };
  }
}
