import { formatEraDate, formatYen } from '@esurety/schema';
import { List } from '@mantine/core';
import type { TFunction } from 'i18next';
import { graphql } from '../../gql';
import type { DetailRow } from '../../ui/DetailTable';

/**
 * A registered work (請負工事) as every screen reads it: the application form's choices, the
 * saved application, the branch's review. Read it with `getFragmentData(WorkFieldsFragment, …)`.
 */
export const WorkFieldsFragment = graphql(`
  fragment WorkFields on Work {
    id
    name
    location
    contractAmount
    contractDate
    startDate
    endDate
    announcedOn
    nominatedOn
    electronicAllowedByOrderer
    jointVentureName
    jointVentureMembers {
      name
      address
    }
    orderer {
      id
      name
      acceptsElectronic
      electronicFrom
      electronicRule
      electronicRuleDescription
    }
  }
`);

/** A work as the read-only screens show it, whether chosen, entered or already made. */
export interface WorkFacts {
  name?: string | null;
  ordererName?: string | null;
  location?: string | null;
  contractAmount?: number | null;
  contractDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  announcedOn?: string | null;
  nominatedOn?: string | null;
  /** null: the orderer does not decide work by work, so nothing to show */
  electronicAllowedByOrderer?: boolean | null;
  jointVentureName?: string | null;
  jointVentureMembers?: { name: string; address: string }[] | null;
}

export const NONE = '－';

export const eraDate = (date: string | null | undefined) => (date ? formatEraDate(date) : NONE);
export const yen = (amount: number | null | undefined) => (typeof amount === 'number' ? formatYen(amount) : NONE);
export const textOrNone = (text: string | null | undefined) => (text?.trim() ? text : NONE);

/** 請負工事の情報 row by row: 工事名, 発注者, 工事場所, 請負金額, 請負契約日, 工期, 公告日/指名日, JV. */
export function workRows(work: WorkFacts, t: TFunction): DetailRow[] {
  const rows: DetailRow[] = [
    { label: t('applications.work.name'), value: textOrNone(work.name) },
    { label: t('applications.work.orderer'), value: textOrNone(work.ordererName) },
    { label: t('applications.work.location'), value: textOrNone(work.location) },
    { label: t('applications.work.contractAmount'), value: yen(work.contractAmount) },
    { label: t('applications.work.contractDate'), value: eraDate(work.contractDate) },
    {
      label: t('applications.work.period'),
      value: work.startDate || work.endDate ? `${eraDate(work.startDate)} 〜 ${eraDate(work.endDate)}` : NONE,
    },
  ];
  if (work.nominatedOn && !work.announcedOn) {
    rows.push({ label: t('applications.work.dateKind.nominated'), value: eraDate(work.nominatedOn) });
  } else {
    rows.push({ label: t('applications.work.dateKind.announced'), value: eraDate(work.announcedOn) });
  }
  if (work.electronicAllowedByOrderer !== null && work.electronicAllowedByOrderer !== undefined) {
    rows.push({
      label: t('applications.work.electronicAllowed'),
      value: work.electronicAllowedByOrderer ? t('applications.choice.yes') : t('applications.choice.no'),
    });
  }
  rows.push({ label: t('applications.work.jointVentureName'), value: textOrNone(work.jointVentureName) });
  const members = work.jointVentureMembers ?? [];
  if (members.length > 0) {
    rows.push({
      label: t('applications.work.members'),
      value: (
        <List type="ordered" spacing={4}>
          {members.map((m, i) => (
            <List.Item key={i}>
              {i === 0 ? `${t('applications.work.representative')}: ` : ''}
              {m.name}
              {m.address ? `（${m.address}）` : ''}
            </List.Item>
          ))}
        </List>
      ),
    });
  }
  return rows;
}
