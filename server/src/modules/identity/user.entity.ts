import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Branch } from '../organisations/branch.entity';
import { Contractor } from '../organisations/contractor.entity';
import { Orderer } from '../organisations/orderer.entity';

export enum Role {
  CONTRACTOR = 'CONTRACTOR',
  BRANCH_STAFF = 'BRANCH_STAFF',
  ORDERER = 'ORDERER',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: '利用者の役割',
  valuesConfig: {
    CONTRACTOR: { description: '請負者' },
    BRANCH_STAFF: { description: '保証事業会社の支店の担当者' },
    ORDERER: { description: '発注者' },
    ADMIN: { description: 'システム管理者' },
  },
});

export type Membership =
  | { role: Role.CONTRACTOR; contractor: Contractor }
  | { role: Role.BRANCH_STAFF; branch: Branch }
  | { role: Role.ORDERER; orderer: Orderer }
  | { role: Role.ADMIN };

/** A person who signs in: one role, and the one organisation that role belongs to. */
@ObjectType({ description: 'ログインする利用者' })
@Entity()
export class User extends BaseEntity {
  @Field({ description: 'メールアドレス（ログインID）' })
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Field({ description: '氏名' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => Role, { description: '役割' })
  @Enum({ items: () => Role })
  role!: Role;

  @ManyToOne(() => Contractor, { nullable: true })
  contractor?: Contractor | null;

  @ManyToOne(() => Branch, { nullable: true })
  branch?: Branch | null;

  @ManyToOne(() => Orderer, { nullable: true })
  orderer?: Orderer | null;

  /** Set when the account was disabled: it can't sign in, and its sessions and API tokens end. */
  @Field(() => Date, { nullable: true, description: '無効にした日時（無効な利用者はログインできない。有効なら null）' })
  @Property({ type: Date, nullable: true })
  disabledAt?: Date | null;

  constructor(props: { email: string; name: string; passwordHash: string } & Membership) {
    super();
    this.email = normaliseEmail(props.email);
    this.name = props.name;
    this.passwordHash = props.passwordHash;
    // The organisation must match the role, and there is exactly one.
    this.changeMembership(props);
  }

  get organisation(): Contractor | Branch | Orderer | null {
    return this.contractor ?? this.branch ?? this.orderer ?? null;
  }

  /** Moves the user to another role and its organisation (exactly one, matching the role). */
  changeMembership(membership: Membership): void {
    this.role = membership.role;
    this.contractor = membership.role === Role.CONTRACTOR ? membership.contractor : null;
    this.branch = membership.role === Role.BRANCH_STAFF ? membership.branch : null;
    this.orderer = membership.role === Role.ORDERER ? membership.orderer : null;
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
