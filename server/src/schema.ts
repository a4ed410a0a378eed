import { LocalDateResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { authChecker } from './modules/identity/auth-checker';
import { IdentityResolver } from './modules/identity/identity.resolver';
import { Branch } from './modules/organisations/branch.entity';
import { Contractor } from './modules/organisations/contractor.entity';
import { Orderer } from './modules/organisations/orderer.entity';

export const resolvers = [IdentityResolver] as const;

export function buildApiSchema() {
  return buildSchema({
    resolvers,
    // Types reached only through an interface must be named to be in the schema.
    orphanedTypes: [Branch, Contractor, Orderer],
    scalarsMap: [{ type: Date, scalar: LocalDateResolver }],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
