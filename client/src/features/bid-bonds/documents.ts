import { graphql } from '../../gql';

export const BidBondRowFragment = graphql(`
  fragment BidBondRow on BidBond {
    id
    status
    bidBondNumber
    workName
    bidDate
    expectedContractAmount
    version
    orderer {
      id
      name
    }
    contractor {
      id
      name
    }
    destinationBranch {
      id
      name
    }
    application {
      id
    }
  }
`);

export const BidBondsQueryDocument = graphql(`
  query BidBonds($filter: BidBondFilter, $first: Int!, $after: String) {
    bidBonds(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...BidBondRow
        }
      }
    }
  }
`);

export const BidBondFormOptionsQueryDocument = graphql(`
  query BidBondFormOptions {
    orderers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    branches {
      id
      name
    }
  }
`);

export const ApplyBidBondMutation = graphql(`
  mutation ApplyBidBond($input: ApplyBidBondInput!) {
    applyBidBond(input: $input) {
      bidBond {
        id
        ...BidBondRow
      }
    }
  }
`);

export const IssueBidBondMutation = graphql(`
  mutation IssueBidBond($input: IssueBidBondInput!) {
    issueBidBond(input: $input) {
      bidBond {
        id
        bidBondNumber
        ...BidBondRow
      }
    }
  }
`);

export const ConvertBidBondMutation = graphql(`
  mutation ConvertBidBond($input: ConvertBidBondInput!) {
    convertBidBond(input: $input) {
      bidBond {
        id
        ...BidBondRow
      }
      application {
        id
        status
      }
    }
  }
`);

export const WithdrawBidBondMutation = graphql(`
  mutation WithdrawBidBond($input: WithdrawBidBondInput!) {
    withdrawBidBond(input: $input) {
      bidBond {
        id
        ...BidBondRow
      }
    }
  }
`);
