import { login, type Operation } from '../operations';

export const DEMO_PASSWORD = 'esurety-demo';

/** The JSON body the app (and the bench's raw handlers) answer: data, or the error contract. */
export interface GraphQLBody<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const graphqlBody = (operation: Operation) => JSON.stringify({ query: operation.query, variables: operation.variables ?? {} });

/** Sends one operation; throws on an HTTP error or a GraphQL error. */
export async function send<T = Record<string, unknown>>(baseUrl: string, operation: Operation, cookie = ''): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: graphqlBody(operation),
  });
  const body = (await response.json()) as GraphQLBody<T>;
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`${operation.query.slice(0, 60).replace(/\s+/g, ' ')}…: HTTP ${response.status} ${JSON.stringify(body).slice(0, 400)}`);
  }
  return body.data;
}

/** Signs in as a demo account; the session cookie (`name=value`). */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: graphqlBody(login(email, DEMO_PASSWORD)),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`could not sign in as ${email}: HTTP ${response.status} ${await response.text()}`);
  return cookie;
}
