import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OperationDefinitionNode } from 'graphql';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

/**
 * Sends one operation and answers its `data`; throws `CombinedGraphQLErrors` when the answer has
 * errors (as Apollo Client does, so `ErrorAlert`, `errorCode` and `fieldErrors` read it alike).
 */
export type ExecuteOperation = <TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
) => Promise<TData>;

/**
 * POST /graphql with the session cookie: what the public pages need, without Apollo Client. The
 * build gives each document its text (`loc.source.body`, see vite.config.ts), so no printer
 * comes with these pages.
 */
export const fetchOperation: ExecuteOperation = async (document, variables) => {
  const query = document.loc?.source.body;
  if (!query) throw new Error(`GraphQL document ${operationName(document)} has no text`);
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName: operationName(document), query, variables }),
  });
  let result: { data?: unknown; errors?: CombinedGraphQLErrors['errors'] };
  try {
    result = (await response.json()) as typeof result;
  } catch {
    throw new Error(`GraphQL request failed: HTTP ${response.status}`);
  }
  if (result.errors?.length) throw new CombinedGraphQLErrors(result as never);
  if (result.data == null) throw new Error(`GraphQL request failed: HTTP ${response.status}`);
  return result.data as never;
};

function operationName(document: TypedDocumentNode<unknown, never>): string | undefined {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return operation?.name?.value;
}

const ExecuteContext = createContext<ExecuteOperation>(fetchOperation);

/** Replaces how the public pages send operations (the tests answer them from mocks). */
export function PublicGraphQLProvider({ execute, children }: { execute: ExecuteOperation; children: ReactNode }) {
  return <ExecuteContext.Provider value={execute}>{children}</ExecuteContext.Provider>;
}

/**
 * A mutation for the pages anyone can open (sign-in, 保証確認, registration…), which load no
 * Apollo Client: `[mutate, { loading }]`, where `mutate({ variables })` answers `{ data }` or
 * throws as Apollo's `useMutation` does. Nothing is cached.
 */
export function usePublicMutation<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>) {
  const execute = useContext(ExecuteContext);
  const [loading, setLoading] = useState(false);
  const mutate = useCallback(
    async ({ variables }: { variables: TVariables }): Promise<{ data: TData }> => {
      setLoading(true);
      try {
        return { data: await execute(document, variables) };
      } finally {
        setLoading(false);
      }
    },
    [execute, document],
  );
  return [mutate, { loading }] as const;
}

interface PublicQueryState<TData> {
  data: TData | undefined;
  loading: boolean;
  error: unknown;
}

/** A query for the public pages, sent once on mount: `{ data, loading, error }`, nothing cached. */
export function usePublicQuery<TData>(document: TypedDocumentNode<TData, Record<string, never>>): PublicQueryState<TData> {
  const execute = useContext(ExecuteContext);
  const [state, setState] = useState<PublicQueryState<TData>>({ data: undefined, loading: true, error: undefined });
  useEffect(() => {
    let current = true;
    execute(document).then(
      (data) => current && setState({ data, loading: false, error: undefined }),
      (error: unknown) => current && setState({ data: undefined, loading: false, error }),
    );
    return () => {
      current = false;
    };
  }, [execute, document]);
  return state;
}
