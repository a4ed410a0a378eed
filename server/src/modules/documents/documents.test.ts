import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWork, flyerApplication, reiwa, signedIn, submitApplication } from '../../test/fixtures';
import { startTestServer, type ApiClient, type TestServer } from '../../test/test-server';
import { AuthKeyDisplay, AuthKeyDisplayPurpose } from '../guarantees/auth-key-display.entity';
import { pdfText, withoutSpaces } from './pdf-inspection';

describe('documents (PDF)', () => {
  let server: TestServer;
  let contractor: ApiClient;
  let nagano: ApiClient;
  let advance: any;
  let jvAdvance: any;

  async function download(client: ApiClient, url: string) {
    const response = await fetch(`${server.url}${url}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
    return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
  }

  async function issue(input: Record<string, any>) {
    const id = await submitApplication(contractor, input);
    const { data } = await nagano.gql<any>(
      `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { id kind contractNumber keyNoticeUrl certificatePdfUrl } } }`,
      { id },
    );
    return data.issueGuarantees.guarantees.find((g: any) => g.kind === 'ADVANCE_PAYMENT');
  }

  beforeAll(async () => {
    server = await startTestServer();
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    nagano = await signedIn(server, 'nagano@demo.esurety.jp');
    advance = await issue(await flyerApplication(server));
    const orderers = (await contractor.gql<any>(`{ orderers(first: 100) { edges { node { id name } } } }`)).data.orderers.edges.map(
      (e: any) => e.node,
    );
    const jv = await flyerApplication(server, {
      workId: null,
      work: {
        name: '松本市新庁舎建設工事',
        ordererId: orderers.find((o: any) => o.name === '松本市').id,
        location: '長野県松本市丸の内',
        contractAmount: 900_000_000,
        contractDate: '2026-07-01',
        startDate: '2026-07-02',
        endDate: '2028-03-17',
        announcedOn: '2026-05-15',
        electronicAllowedByOrderer: true,
        jointVentureName: '〇〇・□□特定建設工事共同企業体',
        jointVentureMembers: [
          { name: '〇〇建設株式会社', address: '長野県松本市中央一丁目1番1号' },
          { name: '□□建設株式会社', address: '長野県塩尻市大門一番町' },
        ],
      },
      contractGuarantee: null,
    });
    jvAdvance = await issue(jv);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('gives the contractor the key notice with everything the orderer needs, as extractable text', async () => {
    const key = (
      await contractor.gql<any>(`mutation($id: ID!) { revealAuthKey(input: { guaranteeId: $id }) { authKey } }`, { id: advance.id })
    ).data.revealAuthKey.authKey;
    const pdf = await download(contractor, advance.keyNoticeUrl);
    if (process.env.SAVE_PDF) fs.writeFileSync('/tmp/key-notice.pdf', pdf.body);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.body.length).toBeLessThan(100 * 1024);
    const text = pdfText(pdf.body);
    for (const expected of [
      '電子保証にかかる「認証キー」のお知らせ',
      '工事名',
      '●●●●工事',
      '受注者名',
      '〇〇建設株式会社',
      '前払金保証',
      advance.contractNumber,
      key,
      '発注者様へのお願い',
      '東日本建設業保証株式会社',
    ]) {
      expect(text).toContain(expected);
    }
    // The QR code (and a link over it) open the verification page with both values in the fragment.
    const uri = /\/URI \(([^)]*)\)/.exec(pdf.body.toString('latin1'))?.[1];
    expect(uri).toBe(`${server.config.publicUrl}/verify#number=${advance.contractNumber}&key=${key}`);
  });

  it('names the JV’s representative as 受注者 on a JV’s key notice', async () => {
    const text = pdfText((await download(contractor, jvAdvance.keyNoticeUrl)).body);
    expect(text).toContain('松本市新庁舎建設工事');
    expect(text).toContain('〇〇建設株式会社（〇〇・□□特定建設工事共同企業体 代表者）');
  });

  it('records each download of the key notice as a display of the key', async () => {
    const before = await server.orm.em.fork().count(AuthKeyDisplay, { guarantee: advance.id, purpose: AuthKeyDisplayPurpose.KEY_NOTICE });
    await download(contractor, advance.keyNoticeUrl);
    expect(await server.orm.em.fork().count(AuthKeyDisplay, { guarantee: advance.id, purpose: AuthKeyDisplayPurpose.KEY_NOTICE })).toBe(
      before + 1,
    );
  });

  it('prints the certificate as a viewing copy with every field', async () => {
    const pdf = await download(contractor, advance.certificatePdfUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.body.length).toBeLessThan(100 * 1024);
    const text = pdfText(pdf.body);
    // The work's dates as registered (the demo's are relative to the day it was loaded); 保証期限 is its end date.
    const work = await demoWork(server);
    for (const expected of [
      '閲覧用',
      '保証証書（前払金保証）',
      advance.contractNumber,
      '長野県松本市中央一丁目1番1号',
      '松本市長',
      '20,000,000円',
      reiwa(work.endDate),
      '50,000,000円',
      reiwa(work.startDate),
      reiwa(work.contractDate),
      '〇〇銀行',
      '当社は、前払金保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。',
      '取締役社長',
      '長野支店',
      '026-226-7520',
      '請負金額のみの変更の場合は',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('shows 変更 N on the certificate after a change', async () => {
    const { data } = await nagano.gql<any>(`query($id: ID!) { guarantee(id: $id) { version } }`, { id: jvAdvance.id });
    await nagano.gql(
      `mutation($id: ID!, $v: Int!) { changeGuarantee(input: { guaranteeId: $id, expectedVersion: $v, amount: 300000000 }) { guarantee { id } } }`,
      { id: jvAdvance.id, v: data.guarantee.version },
    );
    const certificate = await download(nagano, jvAdvance.certificatePdfUrl);
    if (process.env.SAVE_PDF) fs.writeFileSync('/tmp/certificate.pdf', certificate.body);
    const text = pdfText(certificate.body);
    expect(text).toContain('変更 1');
    expect(text).toContain('300,000,000円');
    expect(text).toContain('〇〇・□□特定建設工事共同企業体');
    expect(text).toContain('□□建設株式会社');
  });

  it('marks the certificate of a cancelled guarantee as 取消済み', async () => {
    const { data } = await nagano.gql<any>(
      `mutation($id: ID!) { revokeGuarantee(input: { guaranteeId: $id, reason: "契約解除" }) { guarantee { id } } }`,
      {
        id: jvAdvance.id,
      },
    );
    expect(data.revokeGuarantee.guarantee.id).toBe(jvAdvance.id);
    const text = pdfText((await download(contractor, jvAdvance.certificatePdfUrl)).body);
    expect(text).toContain('取消済み');
    expect(text).toContain('保証証書（前払金保証）');
  });

  it('prints 𠮷 (outside the BMP) in the work name and a JV member on both documents, as the contractor typed it (issue 11 §1)', async () => {
    const orderers = (await contractor.gql<any>(`{ orderers(first: 100) { edges { node { id name } } } }`)).data.orderers.edges.map(
      (e: any) => e.node,
    );
    const input = await flyerApplication(server, {
      workId: null,
      work: {
        name: '𠮷田地区排水路整備工事',
        ordererId: orderers.find((o: any) => o.name === '松本市').id,
        location: '長野県松本市𠮷田',
        contractAmount: 90_000_000,
        contractDate: '2026-07-01',
        startDate: '2026-07-02',
        endDate: '2027-03-17',
        announcedOn: '2026-05-15',
        electronicAllowedByOrderer: true,
        jointVentureName: '〇〇・𠮷田特定建設工事共同企業体',
        jointVentureMembers: [
          { name: '〇〇建設株式会社', address: '長野県松本市中央一丁目1番1号' },
          { name: '株式会社𠮷田組', address: '長野県塩尻市大門一番町' },
        ],
      },
      advancePayment: { ...(await flyerApplication(server)).advancePayment, depositBank: '葛\u{E0100}城信用金庫　𠮷田支店' },
      contractGuarantee: null,
    });
    const issued = await issue(input);
    const notice = pdfText((await download(contractor, issued.keyNoticeUrl)).body);
    expect(notice).toContain('𠮷田地区排水路整備工事');
    expect(notice).toContain('〇〇建設株式会社（〇〇・𠮷田特定建設工事共同企業体 代表者）');
    // Whitespace aside: pdftotext lays an ideographic space out as a run of spaces.
    const certificate = withoutSpaces(pdfText((await download(contractor, issued.certificatePdfUrl)).body));
    for (const text of [
      '𠮷田地区排水路整備工事',
      '〇〇・𠮷田特定建設工事共同企業体',
      '株式会社𠮷田組',
      '葛\u{E0100}城信用金庫　𠮷田支店',
    ]) {
      expect(certificate).toContain(withoutSpaces(text));
    }
  });

  it('refuses, naming the character, a printed field that holds a character no document can print', async () => {
    const orderers = (await contractor.gql<any>(`{ orderers(first: 100) { edges { node { id name } } } }`)).data.orderers.edges.map(
      (e: any) => e.node,
    );
    const input = await flyerApplication(server, {
      workId: null,
      work: {
        name: '葛\u{E0101}城地区工事',
        ordererId: orderers.find((o: any) => o.name === '松本市').id,
        location: '長野県松本市',
        contractAmount: 90_000_000,
        contractDate: '2026-07-01',
        startDate: '2026-07-02',
        endDate: '2027-03-17',
        announcedOn: '2026-05-15',
        electronicAllowedByOrderer: true,
      },
      advancePayment: { ...(await flyerApplication(server)).advancePayment, depositBank: '〇〇銀行 😀支店' },
    });
    const { errors } = await contractor.gql<any>(
      `mutation($input: SaveApplicationInput!) { saveApplication(input: $input) { application { id } } }`,
      {
        input,
      },
    );
    const messages = JSON.stringify(errors);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(messages).toContain('工事名の\\"葛\u{E0101}\\"（U+845B U+E0101）は保証書に印字できません。');
    expect(messages).toContain('預託金融機関の\\"😀\\"（U+1F600）は保証書に印字できません。');

    // Staff changing a guarantee's work name meet the same rule.
    const { data } = await nagano.gql<any>(`query($id: ID!) { guarantee(id: $id) { version } }`, { id: advance.id });
    const change = await nagano.gql<any>(
      `mutation($id: ID!, $v: Int!) { changeGuarantee(input: { guaranteeId: $id, expectedVersion: $v, workName: "道路\u9fff工事" }) { guarantee { id } } }`,
      { id: advance.id, v: data.guarantee.version },
    );
    expect(change.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workName' });
    expect(change.errors![0].message).toBe('工事名の"\u9fff"（U+9FFF）は保証書に印字できません。');
  });

  it('refuses strangers: signed out, another contractor, another branch, and staff for the key', async () => {
    expect((await download({ cookie: null } as ApiClient, advance.keyNoticeUrl)).status).toBe(401);
    const other = await signedIn(server, 'contractor2@demo.esurety.jp');
    expect((await download(other, advance.keyNoticeUrl)).status).toBe(404);
    expect((await download(other, advance.certificatePdfUrl)).status).toBe(404);
    const kanagawa = await signedIn(server, 'kanagawa@demo.esurety.jp');
    expect((await download(kanagawa, advance.certificatePdfUrl)).status).toBe(404);
    expect((await download(nagano, advance.keyNoticeUrl)).status).toBe(404);
    expect((await download(nagano, advance.certificatePdfUrl)).status).toBe(200);
  });
});
