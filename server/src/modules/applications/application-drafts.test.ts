import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyerApplication, signedIn, submitApplication } from '../../test/fixtures';
import { errorCode, startTestServer, type ApiClient, type TestServer } from '../../test/test-server';
import { AuditEvent } from '../audit/audit-event.entity';
import { ApplicationItem, GuaranteeApplication } from './guarantee-application.entity';

const SAVE = `mutation($input: SaveApplicationInput!) { saveApplication(input: $input) { application { id status } } }`;
const DELETE = `mutation($id: ID!) { deleteApplication(input: { applicationId: $id }) { application { id status workName } } }`;
const APPLICATION = `query($id: ID!) { application(id: $id) { id status } }`;
const COUNTS = `query($filter: GuaranteeApplicationFilter) { applications(filter: $filter, first: 1) { statusCounts { status count } } }`;
const ISSUE = `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { id } } }`;
const RETURN = `mutation($id: ID!) { returnApplication(input: { applicationId: $id, message: "金額をご確認ください。" }) { application { id } } }`;

describe("the contractor's drafts and the review queue's counts", () => {
  let server: TestServer;
  let contractor: ApiClient;
  let contractor2: ApiClient;
  let nagano: ApiClient;
  let kanagawa: ApiClient;

  const draft = async (client: ApiClient, input: Record<string, unknown> = {}) => {
    const result = await client.gql<any>(SAVE, { input });
    expect(result.errors).toBeUndefined();
    return result.data.saveApplication.application.id as string;
  };
  const counts = async (client: ApiClient, filter: Record<string, unknown> = {}) => {
    const result = await client.gql<any>(COUNTS, { filter });
    expect(result.errors).toBeUndefined();
    return Object.fromEntries(result.data.applications.statusCounts.map((c: any) => [c.status, c.count]));
  };

  beforeAll(async () => {
    server = await startTestServer();
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    contractor2 = await signedIn(server, 'contractor2@demo.esurety.jp');
    nagano = await signedIn(server, 'nagano@demo.esurety.jp');
    kanagawa = await signedIn(server, 'kanagawa@demo.esurety.jp');
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('deleteApplication', () => {
    it('deletes the contractor’s own draft with its items, and records it in the audit log', async () => {
      const id = await draft(contractor, await flyerApplication(server));
      const deleted = await contractor.gql<any>(DELETE, { id });
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data.deleteApplication.application).toEqual({ id, status: 'DRAFT', workName: '●●●●工事' });
      expect(errorCode(await contractor.gql(APPLICATION, { id }))).toBe('NOT_FOUND');
      const em = server.orm.em.fork();
      expect(await em.count(GuaranteeApplication, { id })).toBe(0);
      expect(await em.count(ApplicationItem, { application: id })).toBe(0);
      const events = await em.find(AuditEvent, { action: 'deleteApplication', objectId: id });
      expect(events.map((e) => [e.outcome, e.objectType, e.actorEmail])).toEqual([
        ['SUCCESS', 'GuaranteeApplication', 'contractor@demo.esurety.jp'],
      ]);
    });

    it('deletes an empty draft (「（工事名未入力）」)', async () => {
      const id = await draft(contractor);
      expect((await contractor.gql(DELETE, { id })).errors).toBeUndefined();
      expect(errorCode(await contractor.gql(APPLICATION, { id }))).toBe('NOT_FOUND');
    });

    it('refuses an application that was sent, returned or issued (CONFLICT) and keeps it', async () => {
      const sent = await submitApplication(contractor, await flyerApplication(server));
      const returned = await submitApplication(contractor, await flyerApplication(server));
      expect((await nagano.gql(RETURN, { id: returned })).errors).toBeUndefined();
      const issued = await submitApplication(contractor, await flyerApplication(server));
      expect((await nagano.gql(ISSUE, { id: issued })).errors).toBeUndefined();
      for (const [id, status] of [
        [sent, 'SUBMITTED'],
        [returned, 'RETURNED'],
        [issued, 'ISSUED'],
      ]) {
        const result = await contractor.gql(DELETE, { id });
        expect(errorCode(result)).toBe('CONFLICT');
        expect(result.errors![0].extensions!.current).toEqual({ status });
        expect((await contractor.gql<any>(APPLICATION, { id })).data.application.status).toBe(status);
      }
      const refused = await server.orm.em.fork().find(AuditEvent, { action: 'deleteApplication', objectId: sent });
      expect(refused.map((e) => e.outcome)).toEqual(['CONFLICT']);
    });

    it("answers another contractor's draft as a missing one (NOT_FOUND), and staff FORBIDDEN; the draft stays", async () => {
      const id = await draft(contractor, await flyerApplication(server));
      expect(errorCode(await contractor2.gql(DELETE, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await nagano.gql(DELETE, { id }))).toBe('FORBIDDEN');
      expect((await contractor.gql<any>(APPLICATION, { id })).data.application.status).toBe('DRAFT');
    });
  });

  describe('applications { statusCounts }', () => {
    it('counts each status of the branch’s applications (never drafts), and another branch’s staff none', async () => {
      const before = await counts(nagano);
      expect(Object.keys(before).sort()).toEqual(['ISSUED', 'RETURNED', 'SUBMITTED', 'WITHDRAWN']);
      await draft(contractor, await flyerApplication(server));
      await submitApplication(contractor, await flyerApplication(server));
      const issued = await submitApplication(contractor, await flyerApplication(server));
      await nagano.gql(ISSUE, { id: issued });
      const after = await counts(nagano);
      expect(after).toEqual({ ...before, SUBMITTED: before.SUBMITTED + 1, ISSUED: before.ISSUED + 1 });
      const list = await nagano.gql<any>(`{ applications(first: 100, filter: { status: SUBMITTED }) { totalCount } }`);
      expect(list.data.applications.totalCount).toBe(after.SUBMITTED);
      expect(await counts(kanagawa)).toEqual({ SUBMITTED: 0, RETURNED: 0, ISSUED: 0, WITHDRAWN: 0 });
    });

    it('counts the contractor’s own applications, drafts included', async () => {
      const own = await counts(contractor);
      expect(own.DRAFT).toBeGreaterThan(0);
      expect(Object.keys(own).sort()).toEqual(['DRAFT', 'ISSUED', 'RETURNED', 'SUBMITTED', 'WITHDRAWN']);
      expect(await counts(contractor2)).toMatchObject({ DRAFT: 0, SUBMITTED: 0, ISSUED: 0 });
    });

    it("applies the list's other conditions and ignores its status", async () => {
      const orderers = (await nagano.gql<any>(`{ orderers(first: 100) { edges { node { id name } } } }`)).data.orderers.edges;
      const odawara = orderers.find((e: any) => e.node.name === '小田原市').node.id;
      const matsumoto = orderers.find((e: any) => e.node.name === '松本市').node.id;
      expect(await counts(nagano, { ordererId: odawara })).toEqual({ SUBMITTED: 0, RETURNED: 0, ISSUED: 0, WITHDRAWN: 0 });
      expect(await counts(nagano, { ordererId: matsumoto, status: 'WITHDRAWN' })).toEqual(await counts(nagano, { ordererId: matsumoto }));
      expect((await counts(nagano, { submittedTo: '2020-01-01' })).SUBMITTED).toBe(0);
    });
  });
});
