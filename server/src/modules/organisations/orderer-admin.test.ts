import { addDays, formatEraDate } from '@esurety/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWork, flyerApplication, signedIn, submitApplication } from '../../test/fixtures';
import { ApiClient, errorCode, startTestServer, type TestServer } from '../../test/test-server';
import { Orderer } from './orderer.entity';

const SET_RULE = `mutation($input: SetOrdererElectronicRuleInput!) { setOrdererElectronicRule(input: $input) { orderer { name acceptsElectronic electronicFrom electronicRule electronicRuleDescription } } }`;
const SAVE = `mutation($input: SaveApplicationInput!) { saveApplication(input: $input) { application { id } } }`;
const ISSUE = `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { contractNumber } } }`;
const ELECTRONIC = `{ orderers(filter: { acceptsElectronic: true }, first: 100) { edges { node { name electronicRuleDescription } } } }`;

describe('the registry of orderers that accept electronic guarantees (setOrdererElectronicRule)', () => {
  let server: TestServer;
  let admin: ApiClient;
  let matsumotoId: string;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await signedIn(server, 'admin@demo.esurety.jp');
    matsumotoId = (await server.orm.em.fork().findOneOrFail(Orderer, { name: '松本市' })).id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a changed rule refuses new electronic applications, and never changes one already sent', async () => {
    const contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    const nagano = await signedIn(server, 'nagano@demo.esurety.jp');
    const sent = await submitApplication(contractor, await flyerApplication(server));

    const stopped = await admin.gql<any>(SET_RULE, { input: { ordererId: matsumotoId, acceptsElectronic: false } });
    expect(stopped.errors).toBeUndefined();
    expect(stopped.data.setOrdererElectronicRule.orderer).toEqual({
      name: '松本市',
      acceptsElectronic: false,
      electronicFrom: null,
      electronicRule: null,
      electronicRuleDescription: null,
    });
    const publicList = await new ApiClient(server.url).gql<any>(ELECTRONIC);
    expect(publicList.data.orderers.edges.map((e: any) => e.node.name)).not.toContain('松本市');

    // A new electronic application to 松本市 is refused at its field…
    const refused = await contractor.gql(SAVE, { input: await flyerApplication(server) });
    expect(refused.errors?.[0]).toMatchObject({
      message: '松本市は電子保証に対応していません。証書(紙)を選択してください。',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.advancePayment.certificateFormat' },
    });
    // …and the one sent before the change is issued as sent.
    const issued = await nagano.gql<any>(ISSUE, { id: sent });
    expect(issued.errors).toBeUndefined();
    expect(issued.data.issueGuarantees.guarantees).toHaveLength(2);

    // A rule from the day after the flyer's work was announced (the demo's dates are relative to the day it was loaded).
    const from = addDays((await demoWork(server)).announcedOn!, 1);
    const description = `${formatEraDate(from)}以降に公告又は指名する工事`;
    const restored = await admin.gql<any>(SET_RULE, {
      input: {
        ordererId: matsumotoId,
        acceptsElectronic: true,
        electronicFrom: from,
        electronicRule: 'ANNOUNCED_OR_NOMINATED_FROM',
        electronicRuleDescription: ` ${description} `,
      },
    });
    expect(restored.data.setOrdererElectronicRule.orderer).toMatchObject({
      acceptsElectronic: true,
      electronicRuleDescription: description,
    });
    const listed = await new ApiClient(server.url).gql<any>(ELECTRONIC);
    expect(listed.data.orderers.edges.map((e: any) => e.node)).toContainEqual({ name: '松本市', electronicRuleDescription: description });
    // The flyer's work has no announcement date on or after that day: the new rule refuses it, in its own words.
    const underNewRule = await contractor.gql(SAVE, { input: await flyerApplication(server) });
    expect(underNewRule.errors?.[0].message).toContain(description);
  });

  it('names the missing part of an accepting rule, and changes nothing', async () => {
    const base = {
      ordererId: matsumotoId,
      acceptsElectronic: true,
      electronicFrom: '2026-03-01',
      electronicRule: 'WORKS_ALLOWED_BY_ORDERER',
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, electronicFrom: null, electronicRuleDescription: 'x' }, 'input.electronicFrom'],
      [{ ...base, electronicRule: null, electronicRuleDescription: 'x' }, 'input.electronicRule'],
      [{ ...base, electronicRuleDescription: '  ' }, 'input.electronicRuleDescription'],
      [{ ...base, electronicRuleDescription: 'あ'.repeat(501) }, 'input.electronicRuleDescription'],
    ];
    for (const [input, field] of cases) {
      const result = await admin.gql(SET_RULE, { input });
      expect({ field, extensions: result.errors?.[0].extensions }).toEqual({ field, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    expect(
      errorCode(
        await admin.gql(SET_RULE, {
          input: { ...base, ordererId: '00000000-0000-4000-8000-000000000000', electronicRuleDescription: 'x' },
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});
