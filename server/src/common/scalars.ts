import { MAX_YEN } from '@esurety/schema';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

export const YEN_MESSAGE = '金額は1円以上10兆円以下の整数で入力してください。';

const isYen = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= MAX_YEN;

function parseYen(value: unknown): number {
  if (!isYen(value)) throw new GraphQLError(YEN_MESSAGE, { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
}

/** Integer yen, 1 to 10^13 (10兆円): never a float, never zero or negative. */
export const YenScalar = new GraphQLScalarType<number, number>({
  name: 'Yen',
  description: '金額（円）。1以上10兆（10^13）以下の整数',
  serialize: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new GraphQLError('Yen must be an integer');
    return value;
  },
  parseValue: parseYen,
  // The error names the value written, so that the API can name its field (common/errors.ts).
  parseLiteral: (ast) => {
    const value = ast.kind === Kind.INT ? Number(ast.value) : null;
    if (!isYen(value)) throw new GraphQLError(YEN_MESSAGE, { nodes: [ast], extensions: { code: 'BAD_USER_INPUT' } });
    return value;
  },
});
