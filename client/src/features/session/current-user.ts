import { graphql } from '../../gql';
import type { CurrentUserQuery } from '../../gql/graphql';

export const CurrentUserQueryDocument = graphql(`
  query CurrentUser {
    me {
      id
      name
      email
      role
      organisation {
        __typename
        id
        name
      }
    }
  }
`);

export type CurrentUser = NonNullable<CurrentUserQuery['me']>;
