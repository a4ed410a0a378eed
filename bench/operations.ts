/**
 * Every GraphQL operation the benchmarks send, in one place, written against schema/schema.graphql
 * as it is. The list queries are the SPA's own documents with their fragments inlined (client:
 * DeliveryListPage, LedgerPage, applications/documents.ts), at the page size of issue 14 (50).
 * When the API changes shape, change them here.
 */

export const PAGE_SIZE = 50;

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

const DELIVERY_ROW = `
  fragment DeliveryRow on Guarantee {
    id
    kind
    certificateFormat
    contractNumber
    status
    workName
    orderer { id certificateTitle }
    work { id contractAmount }
  }`;

/** The contractor's 保証契約一覧 (and, sent by branch staff, the branch's guarantees): `DeliveryGuarantees`. */
export const deliveryGuarantees: Operation = {
  query: `query DeliveryGuarantees($filter: GuaranteeFilter, $first: Int!, $after: String) {
    guarantees(filter: $filter, first: $first, after: $after) {
      boundedCount { count isExact }
      pageInfo { hasNextPage endCursor }
      edges { node { id ...DeliveryRow } }
    }
  }
  ${DELIVERY_ROW}`,
  variables: { filter: null, first: PAGE_SIZE, after: null },
};

/** The orderer's 台帳: `OrdererLedger`. */
export const ordererLedger: Operation = {
  query: `query OrdererLedger($first: Int!, $after: String) {
    ordererLedger(first: $first, after: $after) {
      boundedCount { count isExact }
      pageInfo { hasNextPage endCursor }
      edges { node { id ...LedgerRow } }
    }
  }
  fragment LedgerRow on Guarantee {
    id
    contractNumber
    kind
    workName
    amount
    validity
    revokedAt
    contractor { id name }
    ordererView { id ...OrdererViewFields }
  }
  fragment OrdererViewFields on OrdererView { id firstViewedAt lastViewedAt viewCount }`,
  variables: { first: PAGE_SIZE, after: null },
};

/** The contractor's 保証申込一覧: `Applications`. */
export const applications: Operation = {
  query: `query Applications($filter: GuaranteeApplicationFilter, $after: String, $first: Int!) {
    applications(filter: $filter, after: $after, first: $first) {
      boundedCount { count isExact }
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id
          status
          workName
          orderer { id name }
          advancePayment { id kind }
          contractGuarantee { id kind }
          destinationBranch { id name }
          submittedAt
          returnedAt
          issuedAt
          withdrawnAt
        }
      }
    }
  }`,
  variables: { filter: null, after: null, first: PAGE_SIZE },
};

const CERTIFICATE_FIELDS = `
  fragment CertificateFields on Certificate {
    kind certificateFormat changeNumber date revokedOn contractNumber contractorAddress contractorName
    jointVentureMembers ordererTitle amount deadline workName contractAmount workStartDate workEndDate
    contractDate depositBank statement guarantorAddress guarantorName guarantorRepresentative
    branchName branchTel branchFax
  }`;

/** 保証確認サービス: `VerifyGuarantee`, as the SPA's /verify page sends it. */
export function verifyGuarantee(contractNumber: string, authKey: string): Operation {
  return {
    query: `mutation VerifyGuarantee($input: VerifyGuaranteeInput!) {
      verifyGuarantee(input: $input) { verification { ...VerificationFields } }
    }
    fragment VerificationFields on Verification {
      contractNumber
      validity
      revokedAt
      publishedAt
      verifiedAt
      certificate { ...CertificateFields }
      issuances { id ...IssuanceHistoryEntry }
    }
    fragment IssuanceHistoryEntry on ElectronicIssuance {
      id sequence kind changeNumber hiddenReason issuedAt
      certificate { ...CertificateFields }
    }
    ${CERTIFICATE_FIELDS}`,
    variables: { input: { contractNumber, authKey } },
  };
}

export function login(email: string, password: string): Operation {
  return {
    query: `mutation Login($input: LoginInput!) { login(input: $input) { user { id } } }`,
    variables: { input: { email, password } },
  };
}

/** A page of the branch's guarantees with what the webhook benchmark needs to pick some. */
export function branchGuaranteesToRevoke(first: number): Operation {
  return {
    query: `query BranchGuarantees($first: Int!) {
      guarantees(first: $first) { edges { node { id status contractor { id name } } } }
    }`,
    variables: { first },
  };
}

/** A page of the contractor's electronic guarantees, to download their key notices. */
export const electronicGuarantees: Operation = {
  query: `query ElectronicGuarantees { guarantees(first: 5, filter: { certificateFormat: ELECTRONIC }) { edges { node { id keyNoticeUrl } } } }`,
};

export function revokeGuarantee(id: string, reason: string): Operation {
  return {
    query: `mutation RevokeGuarantee($input: RevokeGuaranteeInput!) { revokeGuarantee(input: $input) { guarantee { id status } } }`,
    variables: { input: { guaranteeId: id, reason } },
  };
}

export function registerWebhookEndpoint(url: string, events: string[]): Operation {
  return {
    query: `mutation RegisterWebhookEndpoint($input: RegisterWebhookEndpointInput!) {
      registerWebhookEndpoint(input: $input) { webhookEndpoint { id } }
    }`,
    variables: { input: { url, events } },
  };
}

export function deleteWebhookEndpoint(id: string): Operation {
  return {
    query: `mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { webhookEndpoint { id } } }`,
    variables: { input: { webhookEndpointId: id } },
  };
}

/** The orderers, to filter a list by one of them. */
export const orderers: Operation = { query: `query Orderers { orderers(first: 100) { edges { node { id name } } } }` };

/**
 * The contractor's list with each filter of its search form, as `DeliveryGuarantees` sends them
 * (issue 14: each filter, 工事名 partial search and number search).
 */
export function deliveryGuaranteeFilters(values: { ordererId: string; contractNumber: string; today: string; yearAgo: string }) {
  const filtered = (filter: Record<string, unknown>): Operation => ({
    query: deliveryGuarantees.query,
    variables: { ...deliveryGuarantees.variables, filter },
  });
  return [
    { name: 'kind: 前払金保証', operation: filtered({ kind: 'ADVANCE_PAYMENT' }) },
    { name: 'certificateFormat: 電子', operation: filtered({ certificateFormat: 'ELECTRONIC' }) },
    { name: 'ordererId: 松本市', operation: filtered({ ordererId: values.ordererId }) },
    { name: 'issuedFrom/issuedTo: the last year', operation: filtered({ issuedFrom: values.yearAgo, issuedTo: values.today }) },
    { name: 'workName: 道路改良 (partial)', operation: filtered({ workName: '道路改良' }) },
    { name: 'contractNumber (exact)', operation: filtered({ contractNumber: values.contractNumber }) },
  ];
}
