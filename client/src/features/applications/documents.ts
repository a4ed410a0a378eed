import { graphql } from '../../gql';

/** Everything the form, the confirm step and the detail page show of one application. */
export const ApplicationDetailsFragment = graphql(`
  fragment ApplicationDetails on GuaranteeApplication {
    id
    status
    version
    workName
    submittedAt
    returnedAt
    issuedAt
    withdrawnAt
    work {
      id
      ...WorkFields
    }
    workDraft {
      name
      ordererId
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
    }
    orderer {
      id
      name
      electronicRule
    }
    advancePayment {
      id
      kind
      certificateFormat
      currentYearTargetAmount
      amount
      depositBank
      redeposit
      feePaymentMethod
      feeBillingParty
      feeStatementWanted
    }
    contractGuarantee {
      id
      kind
      certificateFormat
      amount
      feePaymentMethod
      feeBillingParty
      feeStatementWanted
    }
    destinationBranch {
      id
      name
    }
    issuanceNoticeWanted
    notifyEmail
    contactDepartment
    contactTitle
    contactName
    contactPhone
    messageToBranch
    messageFromBranch
    guarantees {
      id
      contractNumber
      kind
      certificateFormat
      amount
    }
  }
`);

export const ApplicationQueryDocument = graphql(`
  query Application($id: ID!) {
    application(id: $id) {
      ...ApplicationDetails
    }
  }
`);

/** What the form offers to choose from: the contractor's works, orderers and branches. */
export const ApplicationFormOptionsQueryDocument = graphql(`
  query ApplicationFormOptions {
    me {
      id
      organisation {
        __typename
        id
        name
        ... on Contractor {
          address
        }
      }
    }
    works(first: 100) {
      edges {
        node {
          ...WorkFields
        }
      }
    }
    orderers(first: 100) {
      edges {
        node {
          id
          name
          acceptsElectronic
          electronicFrom
          electronicRule
          electronicRuleDescription
        }
      }
    }
    branches {
      id
      name
    }
  }
`);

export const ElectronicOrderersQueryDocument = graphql(`
  query ElectronicOrderers {
    orderers(filter: { acceptsElectronic: true }, first: 100) {
      edges {
        node {
          id
          name
          electronicFrom
          electronicRule
          electronicRuleDescription
        }
      }
    }
  }
`);

export const SaveApplicationMutation = graphql(`
  mutation SaveApplication($input: SaveApplicationInput!) {
    saveApplication(input: $input) {
      application {
        ...ApplicationDetails
      }
    }
  }
`);

export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      application {
        ...ApplicationDetails
      }
    }
  }
`);

export const WithdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($input: WithdrawApplicationInput!) {
    withdrawApplication(input: $input) {
      application {
        ...ApplicationDetails
      }
    }
  }
`);

export const ApplicationsQueryDocument = graphql(`
  query Applications($filter: GuaranteeApplicationFilter, $after: String, $first: Int!) {
    applications(filter: $filter, after: $after, first: $first) {
      boundedCount {
        count
        isExact
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          workName
          orderer {
            id
            name
          }
          advancePayment {
            id
            kind
          }
          contractGuarantee {
            id
            kind
          }
          destinationBranch {
            id
            name
          }
          submittedAt
          returnedAt
          issuedAt
          withdrawnAt
        }
      }
    }
  }
`);

export const DeleteApplicationMutation = graphql(`
  mutation DeleteApplication($input: DeleteApplicationInput!) {
    deleteApplication(input: $input) {
      application {
        id
      }
    }
  }
`);
