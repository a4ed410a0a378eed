import { graphql } from '../../gql';

/**
 * All the guarantee page shows. The staff's mutations answer with it too, so the cache (and the
 * page) holds the new state, history included, as soon as one succeeds.
 */
export const GuaranteeViewFieldsFragment = graphql(`
  fragment GuaranteeViewFields on Guarantee {
    id
    contractNumber
    kind
    certificateFormat
    status
    amount
    deadline
    version
    depositBank
    workName
    workStartDate
    workEndDate
    issuedAt
    revokedAt
    revocationReason
    contractor {
      id
      name
    }
    orderer {
      id
      name
      certificateTitle
    }
    work {
      id
      contractAmount
      jointVentureName
    }
    branch {
      id
      name
    }
    certificate {
      ...CertificateFields
    }
    issuances {
      id
      ...IssuanceHistoryEntry
    }
    ordererView {
      id
      ...OrdererViewFields
    }
  }
`);
