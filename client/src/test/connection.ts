/**
 * A page of a connection as the server answers it (`edges { node }`, `pageInfo`, `totalCount`),
 * for the mocks of a list: `testConnection('Orderer', [orderer])`.
 */
export function testConnection(
  type: string,
  nodes: object[],
  { totalCount = nodes.length, hasNextPage = false, endCursor = null as string | null } = {},
) {
  return {
    __typename: `${type}Connection`,
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    edges: nodes.map((node) => ({ __typename: `${type}Edge`, node })),
  };
}
