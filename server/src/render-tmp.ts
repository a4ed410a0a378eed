import 'reflect-metadata';
import fs from 'node:fs';
import { renderCertificate } from './modules/documents/certificate.pdf';
import { renderKeyNotice } from './modules/documents/key-notice.pdf';
import { GuaranteeKind, CertificateFormat } from './modules/guarantees/guarantee-kind';
const big = (s: string, n: number) => s.repeat(Math.ceil(n / [...s].length)).slice(0, n);
const max = process.argv[2] === 'max';
const workName = max ? [...'令和3年度 5月20日から21日発生5月豪雨災害復旧事業 上戸中条井災害復旧工事【土木一式工事B・C級(市内本店)(支店・営業所の本店扱い含む)】𠮷田地区排水路整備工事葛󠄀城'.repeat(3)].slice(0, 200).join('') : '𠮷田地区排水路整備工事';
const jvName = max ? [...'〇〇建設・髙橋建設・山﨑組・현대건설・中建三局集团・Công ty Cổ phần Xây dựng Hòa Bình特定建設工事共同企業体'.repeat(3)].slice(0, 199).join('') : '〇〇建設・髙橋建設・山﨑組特定建設工事共同企業体';
const m1 = max ? [...'株式会社𠮷田組（ちょっと長いーー名前です。）'.repeat(6)].slice(0, 100).join('') : '株式会社𠮷田組';
const m2 = max ? [...'현대건설 주식회사 Hyundai Engineering & Construction 中建三局集团有限公司'.repeat(3)].slice(0, 100).join('') : '현대건설 주식회사';
const bank = max ? [...'〇〇銀行　××支店（普通預金）'.repeat(8)].slice(0, 100).join('') : '〇〇銀行　××支店';
const c: any = {
  kind: GuaranteeKind.ADVANCE_PAYMENT, certificateFormat: CertificateFormat.ELECTRONIC, changeNumber: 1, date: '2026-04-04', revokedOn: max ? '2026-05-01' : null,
  contractNumber: '35075-00001X', contractorAddress: '神奈川県小田原市荻窪300番地', contractorName: jvName, jointVentureMembers: [m1, m2],
  ordererTitle: '小田原市長', amount: 20_000_000, deadline: '2027-03-19', workName, contractAmount: 50_000_000,
  workStartDate: '2026-05-07', workEndDate: '2027-03-19', contractDate: '2026-05-01', depositBank: bank,
  statement: '当社は、前払金保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。', guarantorAddress: '東京都中央区八丁堀2丁目27番10号',
  guarantorName: '東日本建設業保証株式会社', guarantorRepresentative: '取締役社長　保証 一郎', branchName: '神奈川支店', branchTel: '045-662-8203', branchFax: '0120-027-356',
};
const g: any = { kind: GuaranteeKind.ADVANCE_PAYMENT, contractNumber: c.contractNumber, workName, work: { jointVentureName: jvName, jointVentureMembers: [{ name: m1 }, { name: m2 }] },
  contractor: { name: m1 }, branch: { name: '神奈川支店', tel: '045-662-8203', fax: '0120-027-356', guarantor: { name: '東日本建設業保証株式会社' } } };
const a = renderCertificate(c); fs.writeFileSync('/tmp/out/cert.pdf', a.pdf); console.log('cert', a.pages, a.scale, a.pdf.length);
const b = renderKeyNotice(g, 'Z28YUE4J3Bux', '2026-04-04', 'https://esurety.example.jp'); fs.writeFileSync('/tmp/out/key.pdf', b.pdf); console.log('key', b.pages, b.scale, b.pdf.length);
