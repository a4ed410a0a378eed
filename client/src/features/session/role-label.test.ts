import { describe, expect, it } from 'vitest';
import { i18n } from '../../app/i18n';
import type { Role } from '../../gql/graphql';
import { roleLabelKey } from './role-label';

const roles: Record<Role, string> = {
  CONTRACTOR: '請負者',
  BRANCH_STAFF: '支店担当者',
  ORDERER: '発注者',
  ADMIN: 'システム管理者',
};

describe('role labels', () => {
  it.each(Object.entries(roles) as [Role, string][])('%s is labelled %s in Japanese', (role, label) => {
    expect(i18n.getFixedT('ja')(roleLabelKey(role))).toBe(label);
  });

  it('label every role in English too, each differently', () => {
    const labels = (Object.keys(roles) as Role[]).map((role) => i18n.getFixedT('en')(roleLabelKey(role)));
    expect(labels.every((label) => label.length > 0 && !label.startsWith('role.'))).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
