import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuedGuaranteeWithKey } from '../../test/guarantee-flow';
import { signedIn } from '../../test/fixtures';
import { ApiClient, errorCode, startTestServer, type TestServer } from '../../test/test-server';

const UPDATE_GUARANTOR = `mutation($input: UpdateGuarantorInput!) { updateGuarantor(input: $input) { guarantor { name address representativeTitle representativeName } } }`;
const CREATE_BRANCH = `mutation($input: CreateBranchInput!) { createBranch(input: $input) { branch { id officeCode name tel fax email guarantor { name } } } }`;
const UPDATE_BRANCH = `mutation($input: UpdateBranchInput!) { updateBranch(input: $input) { branch { id officeCode name address tel } } }`;
const CERTIFICATE = `query($id: ID!) { guarantee(id: $id) { issuances { certificate { guarantorName guarantorAddress guarantorRepresentative } } } }`;

describe('the guarantor and its branches', () => {
  let server: TestServer;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await signedIn(server, 'admin@demo.esurety.jp');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('the guarantor entered by the administrator is printed on certificates issued from then on; issued ones keep theirs', async () => {
    const before = await issuedGuaranteeWithKey(server);
    const updated = await admin.gql<any>(UPDATE_GUARANTOR, {
      input: {
        name: '信州建設業保証株式会社',
        address: '長野県長野市中御所1丁目',
        representativeTitle: '代表取締役',
        representativeName: ' 信州 太郎 ',
      },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateGuarantor.guarantor).toEqual({
      name: '信州建設業保証株式会社',
      address: '長野県長野市中御所1丁目',
      representativeTitle: '代表取締役',
      representativeName: '信州 太郎',
    });
    const after = await issuedGuaranteeWithKey(server);
    const contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    const certificateOf = async (id: string) => (await contractor.gql<any>(CERTIFICATE, { id })).data.guarantee.issuances[0].certificate;
    expect(await certificateOf(before.id)).toMatchObject({ guarantorName: '東日本建設業保証株式会社' });
    expect(await certificateOf(after.id)).toEqual({
      guarantorName: '信州建設業保証株式会社',
      guarantorAddress: '長野県長野市中御所1丁目',
      guarantorRepresentative: '代表取締役　信州 太郎',
    });
    expect(
      errorCode(
        await admin.gql(UPDATE_GUARANTOR, { input: { name: '', address: 'x', representativeTitle: 'x', representativeName: 'x' } }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('registers a branch (office code 5 digits, once), changes its details, never its office code', async () => {
    const input = {
      officeCode: '21075',
      name: '松本支店',
      address: '長野県松本市中央1丁目',
      tel: '0263-00-1111',
      fax: '0263-00-2222',
      email: 'Matsumoto@Example.co.jp',
    };
    const created = await admin.gql<any>(CREATE_BRANCH, { input });
    expect(created.errors).toBeUndefined();
    const branch = created.data.createBranch.branch;
    expect(branch).toMatchObject({ officeCode: '21075', name: '松本支店', email: 'matsumoto@example.co.jp' });
    expect(errorCode(await admin.gql(CREATE_BRANCH, { input }))).toBe('CONFLICT');
    for (const [override, field] of [
      [{ officeCode: '2107' }, 'input.officeCode'],
      [{ officeCode: '21076', tel: 'abc' }, 'input.tel'],
      [{ officeCode: '21076', email: 'no' }, 'input.email'],
      [{ officeCode: '21076', name: '' }, 'input.name'],
    ] as const) {
      const result = await admin.gql(CREATE_BRANCH, { input: { ...input, ...override } });
      expect({ field, extensions: result.errors?.[0].extensions }).toEqual({ field, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    const changed = await admin.gql<any>(UPDATE_BRANCH, {
      input: { ...input, branchId: branch.id, address: '長野県松本市大手3丁目', tel: '0263-11-1111' },
    });
    expect(changed.data.updateBranch.branch).toMatchObject({ officeCode: '21075', address: '長野県松本市大手3丁目', tel: '0263-11-1111' });
    const recoded = await admin.gql(UPDATE_BRANCH, { input: { ...input, branchId: branch.id, officeCode: '99999' } });
    expect(recoded.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.officeCode' });
    // The application form offers the new branch.
    const contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    const branches = await contractor.gql<any>(`{ branches { officeCode name } }`);
    expect(branches.data.branches).toContainEqual({ officeCode: '21075', name: '松本支店' });
  });
});
