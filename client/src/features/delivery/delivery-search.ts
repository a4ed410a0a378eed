import { isIsoDate } from '@esurety/schema';
import type { GuaranteeFilter, GuaranteeKind, GuaranteeValidity } from '../../gql/graphql';

/** The list's tabs besides 保証申込 (which is a page of its own); BID_BONDS lists 契約保証予約. */
export const deliveryTabs = ['ELECTRONIC', 'ALL', 'BID_BONDS'] as const;
export type DeliveryTab = (typeof deliveryTabs)[number];

export const guaranteeKinds = ['ADVANCE_PAYMENT', 'CONTRACT', 'INTERMEDIATE_ADVANCE_PAYMENT'] as const satisfies readonly GuaranteeKind[];

export const guaranteeValidities = ['VALID', 'EXPIRED', 'REVOKED'] as const satisfies readonly GuaranteeValidity[];

export interface DeliveryConditions {
  kind: GuaranteeKind | null;
  /** 状態 */
  validity: GuaranteeValidity | null;
  /** 請負者 (a part of its name; staff only: a contractor sees only its own) */
  contractorName: string | null;
  issuedFrom: string | null;
  issuedTo: string | null;
  workName: string | null;
  ordererId: string | null;
}

/** What the list shows: a tab, and either the search conditions or one contract number. */
export interface DeliverySearch {
  tab: DeliveryTab;
  conditions: DeliveryConditions;
  /** ピンポイント検索: as typed (the server reads it forgivingly) */
  contractNumber: string | null;
}

export const emptyConditions: DeliveryConditions = {
  kind: null,
  validity: null,
  contractorName: null,
  issuedFrom: null,
  issuedTo: null,
  workName: null,
  ordererId: null,
};

/** The search as the URL keeps it, so that back, reload and 一覧へ戻る keep it. */
export function readDeliverySearch(params: URLSearchParams): DeliverySearch {
  const date = (name: string) => {
    const value = params.get(name);
    return value && isIsoDate(value) ? value : null;
  };
  const kind = params.get('kind');
  const validity = params.get('state');
  return {
    tab: params.get('tab') === 'electronic' ? 'ELECTRONIC' : params.get('tab') === 'bid-bonds' ? 'BID_BONDS' : 'ALL',
    conditions: {
      kind: (guaranteeKinds as readonly string[]).includes(kind ?? '') ? (kind as GuaranteeKind) : null,
      validity: (guaranteeValidities as readonly string[]).includes(validity ?? '') ? (validity as GuaranteeValidity) : null,
      contractorName: params.get('contractor')?.trim() || null,
      issuedFrom: date('from'),
      issuedTo: date('to'),
      workName: params.get('work')?.trim() || null,
      ordererId: params.get('orderer') || null,
    },
    contractNumber: params.get('number')?.trim() || null,
  };
}

export function writeDeliverySearch(search: DeliverySearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.tab === 'ELECTRONIC') params.set('tab', 'electronic');
  if (search.tab === 'BID_BONDS') params.set('tab', 'bid-bonds');
  if (search.contractNumber) {
    params.set('number', search.contractNumber);
    return params;
  }
  const c = search.conditions;
  if (c.kind) params.set('kind', c.kind);
  if (c.validity) params.set('state', c.validity);
  if (c.contractorName) params.set('contractor', c.contractorName);
  if (c.issuedFrom) params.set('from', c.issuedFrom);
  if (c.issuedTo) params.set('to', c.issuedTo);
  if (c.workName) params.set('work', c.workName);
  if (c.ordererId) params.set('orderer', c.ordererId);
  return params;
}

/** The API's filter: only what is set (a pinpoint search ignores the other conditions). */
export function toGuaranteeFilter(search: DeliverySearch): GuaranteeFilter {
  const filter: GuaranteeFilter = {};
  if (search.tab === 'ELECTRONIC') filter.certificateFormat = 'ELECTRONIC';
  if (search.contractNumber) {
    filter.contractNumber = search.contractNumber;
    return filter;
  }
  const c = search.conditions;
  if (c.kind) filter.kind = c.kind;
  if (c.validity) filter.validity = c.validity;
  if (c.contractorName) filter.contractorName = c.contractorName;
  if (c.issuedFrom) filter.issuedFrom = c.issuedFrom;
  if (c.issuedTo) filter.issuedTo = c.issuedTo;
  if (c.workName) filter.workName = c.workName;
  if (c.ordererId) filter.ordererId = c.ordererId;
  return filter;
}

/**
 * The CSV of the list as searched (all its pages): the server's download, with the API filter's
 * field names as the query string.
 */
export function guaranteesCsvUrl(search: DeliverySearch): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(toGuaranteeFilter(search))) {
    if (typeof value === 'string' && value) params.set(name, value);
  }
  const query = params.toString();
  return `/documents/guarantees.csv${query ? `?${query}` : ''}`;
}
