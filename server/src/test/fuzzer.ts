import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** The API's contract as clients see it: the emitted SDL (schema/schema.graphql). */
export function contractSchema(): GraphQLSchema {
  return buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema/schema.graphql'), 'utf8'));
}

/** A small seeded PRNG (mulberry32): the same seed makes the same cases. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  /** A version 4 UUID from this generator (so that a seed repeats its ids too). */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[this.int(4)];
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  }
}

/** Text a hostile client sends: control and bidi characters, lone surrogates, injections, sizes. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '   ',
  '\u0000',
  'a\u0000b',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  'abc\u202edef',
  '\ud800',
  'x\udc00y',
  '\ud83d\ude00',
  '\u200b\ufeff',
  '\r\n\t\u0007\u001b[31m',
  "' OR 1=1 --",
  '"; drop table "user"; --',
  '%_\\',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '${7*7}{{7*7}}',
  '０１２３４５-６７８９０Ａ',
  '12345-67890A',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ＡＢＣ工事（株）',
  '令和8年4月1日',
  '2026-02-30',
  '2026-04-01',
  '9999-12-31',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  'admin@demo.esurety.jp\u0000',
  'a@b',
  'x'.repeat(256),
  '工'.repeat(2001),
  '\u0000'.repeat(100),
];

/** Text a form would send, so that a plausible case passes the first checks. */
const PLAUSIBLE_STRINGS = [
  '●●●●工事',
  '長野県松本市',
  '〇〇建設株式会社',
  '〇〇銀行　××支店',
  'soumu@example.co.jp',
  'contractor@demo.esurety.jp',
  '0263-00-0000',
  '総務部',
  '建設 次郎',
  'https://example.com/hook',
  'esurety-demo',
  'saveApplication',
  'GuaranteeApplication',
];

const HOSTILE_NUMBERS = [
  0,
  1,
  -1,
  20,
  100,
  101,
  0.5,
  -0.0,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  1e21,
  10_000_000_000_000,
  10_000_000_000_001,
];

/** The shape of one case: a document, its variables, and what kind of hostility it carries. */
export interface FuzzCase {
  operation: 'query' | 'mutation';
  field: string;
  document: string;
  variables: Record<string, unknown>;
  /** `values` (random, wrong-typed and hostile values) or a hostile document's kind. */
  kind: string;
}

/**
 * Cases for every query and mutation of the SDL: random, oversized, wrong-typed and hostile values
 * for their arguments (ids from `ids`, which grows as the run sees new objects), and now and then
 * a hostile document (deep nesting, too many tokens, garbage).
 */
export class CaseGenerator {
  readonly fields: { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[];
  /**
   * Hostile values in every leaf refuse most cases at the first check; a plausible case (values of
   * the right types, real ids, ordinary text with one hostile value now and then) gets deeper.
   */
  private hostile = true;
  /** A baseline case: plausible required arguments only, and (almost) everything selected. */
  private baseline = false;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    readonly ids: Set<string>,
  ) {
    this.fields = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ operation: 'query' as const, field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ operation: 'mutation' as const, field })),
    ];
  }

  /**
   * A case for the `n`-th field (`n` modulo their number), or a hostile document now and then. A
   * `baseline` case calls it plainly and selects what it can, so that every resolver runs once.
   */
  next(n: number, { baseline = false } = {}): FuzzCase {
    const { operation, field } = this.fields[n % this.fields.length];
    if (!baseline && this.random.chance(0.03)) return this.hostileDocument(operation, field);
    this.hostile = !baseline && this.random.chance(0.5);
    this.baseline = baseline;
    // Now and then only the required arguments: the operation's plain answer, with no filter to refuse.
    const bare = baseline || this.random.chance(0.25);
    const declarations: string[] = [];
    const argumentsText: string[] = [];
    const variables: Record<string, unknown> = {};
    field.args.forEach((arg, i) => {
      const optional = !isNonNullType(arg.type) || arg.defaultValue !== undefined;
      if (optional && (bare || this.random.chance(0.3))) return;
      const name = `v${i}`;
      declarations.push(`$${name}: ${String(arg.type)}`);
      argumentsText.push(`${arg.name}: $${name}`);
      if (baseline || !(isNonNullType(arg.type) && this.random.chance(0.03))) variables[name] = this.value(arg.type, 0);
    });
    const head = declarations.length ? `${operation} Fuzz(${declarations.join(', ')})` : `${operation} Fuzz`;
    const call = argumentsText.length ? `${field.name}(${argumentsText.join(', ')})` : field.name;
    const selection = this.selection(getNamedType(field.type), 0);
    return {
      operation,
      field: field.name,
      document: `${head} { ${call}${selection} }`,
      variables,
      kind: this.hostile ? 'hostile values' : 'plausible values',
    };
  }

  private hostileDocument(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): FuzzCase {
    const kind = this.random.pick(['deep-braces', 'many-tokens', 'garbage', 'deep-variable', 'many-aliases']);
    const base = { operation, field: field.name, variables: {}, kind };
    switch (kind) {
      case 'deep-braces':
        return { ...base, document: `{ me ${'{ id '.repeat(2000)}${'}'.repeat(2000)} }` };
      case 'many-tokens':
        return { ...base, document: `{ me { ${'id '.repeat(3001)}} }` };
      case 'many-aliases':
        return { ...base, document: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: me { id }`).join(' ')} }` };
      case 'deep-variable': {
        let value: unknown = 'x';
        for (let i = 0; i < 2000; i++) value = [value];
        const args = field.args.map((arg, i) => `${arg.name}: $v${i}`);
        const declarations = field.args.map((arg, i) => `$v${i}: ${String(arg.type)}`);
        const variables = Object.fromEntries(field.args.map((_, i) => [`v${i}`, value]));
        const head = declarations.length ? `${operation} Fuzz(${declarations.join(', ')})` : operation;
        const call = args.length ? `${field.name}(${args.join(', ')})` : field.name;
        return { ...base, variables, document: `${head} { ${call}${this.selection(getNamedType(field.type), 0)} }` };
      }
      default:
        return {
          ...base,
          document: this.random.pick([
            '{',
            '}}}',
            'query { me { id } ',
            'mutation { }',
            '\u0000',
            '{ me { id } } { me { id } }',
            '# only a comment',
          ]),
        };
    }
  }

  /** A selection of the leaves of `type`, and of a few objects below it (within the depth limit). */
  private selection(type: GraphQLNamedType, depth: number): string {
    if (isLeafType(type)) return '';
    if (isUnionType(type)) return ' { __typename }';
    if (!isObjectType(type) && !isInterfaceType(type)) return '';
    const parts = ['__typename'];
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => isNonNullType(arg.type))) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named)) parts.push(field.name);
      else if (isCompositeType(named) && depth < 3 && this.random.chance((this.baseline ? [1, 1, 0.5] : [0.7, 0.3, 0.3])[depth]))
        parts.push(field.name + this.selection(named, depth + 1));
    }
    return ` { ${parts.join(' ')} }`;
  }

  /** A value for an input of `type`: mostly of its type (with hostile content), sometimes not. */
  value(type: GraphQLInputType, depth: number): unknown {
    if (this.random.chance(this.hostile ? 0.04 : 0.005)) return this.wrongTyped(depth);
    if (!isNonNullType(type) && this.random.chance(this.hostile ? 0.1 : 0.3)) return null;
    const inner = getNullableType(type);
    if (isListType(inner)) {
      const length = this.hostile ? this.random.pick([0, 1, 2, 3, 50]) : this.random.pick([0, 1, 2]);
      return Array.from({ length }, () => this.value(inner.ofType, depth + 1));
    }
    if (isEnumType(inner)) return this.random.chance(0.9) ? this.random.pick(inner.getValues()).value : this.string();
    if (isInputObjectType(inner)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(inner.getFields())) {
        if (isNonNullType(field.type) ? this.random.chance(0.97) : this.random.chance(0.6))
          object[field.name] = this.value(field.type, depth + 1);
      }
      if (this.random.chance(0.03)) object.unknownField = 'x';
      return object;
    }
    if (isScalarType(inner)) return this.scalar(inner.name);
    return null;
  }

  private scalar(name: string): unknown {
    switch (name) {
      case 'ID':
        return this.id();
      case 'Int':
        if (!this.hostile) return this.random.pick([1, 2, 10, 20]);
        return this.random.chance(0.9) ? this.random.pick(HOSTILE_NUMBERS) : this.string();
      case 'Float':
      case 'Yen':
        if (!this.hostile) return this.random.pick([1_000_000, 5_000_000, 20_000_000, 100_000_000]);
        return this.random.chance(0.9) ? this.random.pick(HOSTILE_NUMBERS) : this.string();
      case 'Boolean':
        return this.random.chance(0.9) ? this.random.chance(0.5) : this.random.pick(['yes', 1, 0]);
      case 'LocalDate':
        return this.random.pick([
          '2026-04-01',
          '2025-12-31',
          '2026-02-30',
          '2026-4-1',
          '0000-00-00',
          '9999-12-31',
          '令和8年4月1日',
          '',
          20260401,
        ]);
      case 'DateTimeISO':
        return this.random.pick(['2026-04-01T00:00:00Z', '2026-04-01T09:00:00+09:00', 'yesterday', '', 0, '9999-12-31T23:59:59Z']);
      default:
        return this.string();
    }
  }

  private id(): unknown {
    const known = [...this.ids];
    if (known.length && this.random.chance(this.hostile ? 0.6 : 0.95)) return this.random.pick(known);
    return this.random.pick([
      this.random.uuid(),
      'not-a-uuid',
      '',
      '\u0000',
      '1',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      `${this.random.uuid()}'`,
      42,
    ]);
  }

  string(): string {
    if (this.random.chance(this.hostile ? 0.6 : 0.03)) return this.random.pick(HOSTILE_STRINGS);
    if (!this.hostile && this.random.chance(0.3)) return this.random.pick(PLAUSIBLE_STRINGS);
    if (this.random.chance(0.05)) return 'あ'.repeat(this.random.pick([1000, 10_000, 30_000]));
    const alphabet = 'abcXYZ019 -_@.工事株式会社ｱｲｳ〇×\u3000';
    return Array.from({ length: 1 + this.random.int(30) }, () => alphabet[this.random.int(alphabet.length)]).join('');
  }

  private wrongTyped(depth: number): unknown {
    return this.random.pick<unknown>([
      {},
      [],
      { id: 'x' },
      [1, 'a', null],
      -1,
      1.5,
      true,
      'string',
      depth < 3 ? { nested: { deeper: [{}] } } : null,
    ]);
  }
}

/** The ids in a response (`id` fields and `…Id` fields), for later cases to act on real objects. */
export function collectIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((item) => collectIds(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'id' || key.endsWith('Id')) && typeof inner === 'string' && into.size < 2000) into.add(inner);
      else collectIds(inner, into);
    }
  }
}
