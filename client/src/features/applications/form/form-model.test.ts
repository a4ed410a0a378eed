import { describe, expect, it } from 'vitest';
import { formOptions, marumaruWork, savedDraft } from '../test-fixtures';
import { checkForm, emptyApplicationForm, emptyGuarantee, formFromApplication, toApplicationInput } from './form-model';

describe('the application form model', () => {
  it('sends amounts as integer yen, empty text as null and unticked kinds as null', () => {
    const form = emptyApplicationForm();
    form.workId = marumaruWork.id;
    form.advancePayment = { ...emptyGuarantee(), applied: true, amount: '２０，０００，０００円', depositBank: ' ' };
    const { input, errors } = toApplicationInput(form, formOptions);
    expect(errors).toEqual([]);
    expect(input.workId).toBe(marumaruWork.id);
    expect(input.work).toBeNull();
    expect(input.advancePayment).toMatchObject({ amount: 20_000_000, depositBank: null, feePaymentMethod: 'LUMP_SUM', redeposit: null });
    expect(input.contractGuarantee).toBeNull();
    expect(input.issuanceNoticeWanted).toBe(false);
  });

  it('puts the one date in 公告日 or 指名日, as chosen', () => {
    const form = emptyApplicationForm();
    form.workMode = 'new';
    form.work = { ...form.work, dateKind: 'nominated', announcedOrNominatedOn: '2026-04-10' };
    const { input } = toApplicationInput(form, formOptions);
    expect(input.work).toMatchObject({ announcedOn: null, nominatedOn: '2026-04-10' });
  });

  it('keys each message by the form’s field: the one date of 公告日 / 指名日, the JV members, インフォメーション', () => {
    const form = emptyApplicationForm();
    form.workMode = 'new';
    form.work = {
      ...form.work,
      dateKind: 'nominated',
      announcedOrNominatedOn: '指名の日',
      jointVentureName: 'JV',
      members: [{ name: '〇〇建設株式会社', address: '' }],
    };
    form.information = { ...form.information, notifyEmail: 'not-an-address' };
    expect(checkForm(form, formOptions, 'draft', '2026-11-22')).toEqual({
      'work.announcedOrNominatedOn': '指名日の日付が正しくありません。',
      'work.members': 'JVの構成員を代表者から順に2社以上入力してください。',
      'work.members.0.address': 'JV構成員1の所在地を入力してください。',
      'information.notifyEmail': 'メールアドレスの形式が正しくありません。',
    });
  });

  it('names an amount that is not one, in the rules’ words', () => {
    const form = emptyApplicationForm();
    form.contractGuarantee = { ...emptyGuarantee(), applied: true, amount: '5百万' };
    expect(checkForm(form, formOptions, 'draft', '2026-11-22')).toEqual({
      'contractGuarantee.amount': '契約保証金額は1円以上10兆円以下の整数で入力してください。',
    });
  });

  it('refuses, as the user types, a character no document can print, naming it (issue 11 §1)', () => {
    const form = emptyApplicationForm();
    form.workMode = 'new';
    form.work = { ...form.work, name: '𠮷田地区排水路整備工事' };
    expect(checkForm(form, formOptions, 'draft', '2026-11-22')).toEqual({});
    form.work = { ...form.work, name: '葛\u{E0101}城地区工事' };
    expect(checkForm(form, formOptions, 'draft', '2026-11-22')).toEqual({
      'work.name': '工事名の"葛\u{E0101}"（U+845B U+E0101）は保証書に印字できません。',
    });
  });

  it('refuses, as the user types, invisible and direction-changing characters, naming them (issue 11 §5)', () => {
    const form = emptyApplicationForm();
    form.workMode = 'new';
    form.work = { ...form.work, name: '工事\u202Egnp.exe', location: '長野県\u200B松本市' };
    form.information = { ...form.information, contactName: '建設\u0000次郎', messageToBranch: '一行目\n二行目' };
    expect(checkForm(form, formOptions, 'draft', '2026-11-22')).toEqual({
      'work.name': '工事名に使用できない文字（U+202E、文字の向きを変える制御文字）が含まれています。',
      'work.location': '工事場所に使用できない文字（U+200B、見えない書式制御文字）が含まれています。',
      'information.contactName': '担当者名に使用できない文字（U+0000、制御文字）が含まれています。',
    });
  });

  it('refuses, as the user types, a 令和 year in the year field and dates out of order (issue 11 §4)', () => {
    const form = emptyApplicationForm();
    form.workMode = 'new';
    form.work = { ...form.work, contractDate: '0008-04-01', startDate: '2026-04-10', endDate: '2026-04-01' };
    expect(checkForm(form, formOptions, 'draft', '2026-11-22')).toEqual({
      'work.contractDate': '請負契約日は2000年1月1日から2099年12月31日までの日付で入力してください。',
      'work.endDate': '工期の完成日は着工日以降の日付にしてください。',
    });
  });

  it('names commas that do not group by three in an amount', () => {
    const form = emptyApplicationForm();
    form.contractGuarantee = { ...emptyGuarantee(), applied: true, amount: '5,000,0000' };
    expect(checkForm(form, formOptions, 'draft', '2026-11-22')).toEqual({
      'contractGuarantee.amount': '契約保証金額の桁区切り（,）の位置が正しくありません。3桁ごとに区切るか、区切らずに入力してください。',
    });
  });

  it('asks for everything required only when sending', () => {
    const form = emptyApplicationForm();
    expect(checkForm(form, formOptions, 'draft', '2026-11-22')).toEqual({});
    expect(checkForm(form, formOptions, 'submit', '2026-11-22')).toMatchObject({
      workId: '請負工事を選択するか、工事の情報を入力してください。',
      kinds: '前払金保証と契約保証の少なくとも一方を申し込んでください。',
      'information.destinationBranchId': '申込送信先を入力してください。',
    });
  });

  it('reads a saved application back into the form it came from', () => {
    const form = formFromApplication(savedDraft);
    expect(form.workMode).toBe('existing');
    expect(form.workId).toBe(marumaruWork.id);
    expect(form.advancePayment).toMatchObject({ applied: true, amount: '20,000,000', certificateFormat: 'ELECTRONIC', redeposit: 'no' });
    expect(form.contractGuarantee.applied).toBe(false);
    expect(form.information).toMatchObject({ destinationBranchId: 'b-nagano', issuanceNoticeWanted: 'yes' });
    expect(checkForm(form, formOptions, 'submit', '2026-11-22')).toEqual({});
  });
});
