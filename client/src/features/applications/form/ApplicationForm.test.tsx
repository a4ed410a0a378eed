import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { formatEraDate } from '@esurety/schema';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { theme } from '../../../app/theme';
import { typeDate } from '../../../test/dates';
import { formOptions, marumaruWork, shiojiri } from '../test-fixtures';
import { ApplicationForm } from './ApplicationForm';
import { emptyApplicationForm, emptyGuarantee, type ApplicationFormValue } from './form-model';
import { ApplicationFormProvider, useApplicationForm } from './use-application-form';

function Harness({ initial }: { initial: ApplicationFormValue }) {
  const { form, requireAll } = useApplicationForm(initial, { options: formOptions, today: '2026-11-22' });
  return (
    <ApplicationFormProvider form={form}>
      <ApplicationForm
        options={formOptions}
        attempt={0}
        statusLabel="未保存"
        busy={null}
        onSaveDraft={() => {}}
        onConfirm={() => {}}
        onInvalid={requireAll}
      />
    </ApplicationFormProvider>
  );
}

function renderForm(initial: ApplicationFormValue) {
  render(
    <MantineProvider theme={theme}>
      <MockedProvider mocks={[]}>
        <MemoryRouter>
          <Harness initial={initial} />
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}

/** ●●●●工事 (50,000,000円) chosen, 前払金保証 ticked: the flyer's starting point. */
function withAdvanceFor(workId = marumaruWork.id): ApplicationFormValue {
  const form = emptyApplicationForm();
  form.workId = workId;
  form.advancePayment = { ...emptyGuarantee(), applied: true };
  return form;
}

const advance = () => within(screen.getByRole('region', { name: '前払金保証' }));

/** The text the element points to with aria-describedby: its notes and its error message. */
function description(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

// A whole form per test, on a shared machine: the first render alone can take seconds.
describe('ApplicationForm', { timeout: 30_000 }, () => {
  it('shows the advance’s share of the contract amount as it is typed, and of 今年度対象額 once given', () => {
    renderForm(withAdvanceFor());
    const ratio = () => advance().getByTestId('advancePayment-ratio').textContent;
    expect(ratio()).toBe('0.0% (請負金額もしくは今年度対象額に対する前払金保証金額の割合)');

    fireEvent.change(advance().getByRole('textbox', { name: '前払金保証金額' }), { target: { value: '20,000,000' } });
    expect(ratio()).toBe('40.0% (請負金額もしくは今年度対象額に対する前払金保証金額の割合)');

    fireEvent.change(advance().getByRole('textbox', { name: '今年度対象額' }), { target: { value: '２５，０００，０００' } });
    expect(ratio()).toBe('80.0% (請負金額もしくは今年度対象額に対する前払金保証金額の割合)');
  });

  it('writes an amount back with separators when the field is left', () => {
    renderForm(withAdvanceFor());
    const amount = advance().getByRole('textbox', { name: '前払金保証金額' }) as HTMLInputElement;
    fireEvent.change(amount, { target: { value: '２０００００００' } });
    fireEvent.blur(amount);
    expect(amount.value).toBe('20,000,000');
  });

  it('shows how 預託金融機関 typed in half-width will be registered in full-width', () => {
    renderForm(withAdvanceFor());
    const bank = advance().getByRole('textbox', { name: '預託金融機関(全角)' });
    fireEvent.change(bank, { target: { value: 'ｻﾝﾌﾟﾙ銀行 ABC支店' } });
    expect(description(bank)).toContain('全角に変換して登録します：サンプル銀行　ＡＢＣ支店');
  });

  it('says at the field that a required amount is missing once the field is left empty', () => {
    renderForm(withAdvanceFor());
    const amount = advance().getByRole('textbox', { name: '前払金保証金額' });
    expect(description(amount)).not.toContain('前払金保証金額を入力してください。');

    fireEvent.focus(amount);
    expect(description(amount)).not.toContain('前払金保証金額を入力してください。');
    fireEvent.blur(amount);
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(description(amount)).toContain('前払金保証金額を入力してください。');
  });

  it('says at the field that an amount above the contract amount is too much, as it is typed', () => {
    renderForm(withAdvanceFor());
    const amount = advance().getByRole('textbox', { name: '前払金保証金額' });
    fireEvent.change(amount, { target: { value: '60000000' } });
    expect(description(amount)).toContain('前払金保証金額は請負金額（50,000,000円）以下にしてください。');
  });

  it('names an RTL override in the work name at the field as it is typed (issue 11 §5)', () => {
    const form = emptyApplicationForm();
    form.workMode = 'new';
    renderForm(form);
    const name = screen.getByRole('textbox', { name: /工事名/ });
    fireEvent.change(name, { target: { value: '工事\u202Egnp.exe' } });
    expect(description(name)).toContain('工事名に使用できない文字（U+202E、文字の向きを変える制御文字）が含まれています。');
  });

  it('names the orderer at 保証証書の形式 when it does not accept electronic guarantees', () => {
    const form = withAdvanceFor('');
    form.workMode = 'new';
    form.work.ordererId = shiojiri.id;
    renderForm(form);

    const format = advance().getByRole('radiogroup', { name: '保証証書の形式について' });
    expect(description(format)).not.toContain('塩尻市');
    fireEvent.click(within(format).getByRole('radio', { name: '電子保証(認証キーを含む)' }));
    expect(description(format)).toContain('塩尻市は電子保証に対応していません。証書(紙)を選択してください。');

    fireEvent.click(within(format).getByRole('radio', { name: '証書(紙)' }));
    expect(description(format)).not.toContain('塩尻市');
  });

  it('asks whether 松本市 allowed the work, and names its rule until it is ticked', () => {
    const form = withAdvanceFor('');
    form.workMode = 'new';
    renderForm(form);
    fireEvent.change(screen.getByRole('combobox', { name: '発注者' }), { target: { value: 'o-matsumoto' } });
    const format = advance().getByRole('radiogroup', { name: '保証証書の形式について' });
    fireEvent.click(within(format).getByRole('radio', { name: '電子保証(認証キーを含む)' }));
    expect(description(format)).toContain(
      '松本市の電子保証の対象は「令和8年3月1日以降、松本市が電子保証の利用を認めた工事・業務委託」です。',
    );

    fireEvent.click(screen.getByRole('checkbox', { name: '発注者が電子保証の利用を認めた工事' }));
    expect(description(format)).not.toContain('松本市の電子保証の対象');
  });

  it('clears 保証の申込内容 only, and インフォメーション only', () => {
    const form = withAdvanceFor();
    form.advancePayment.amount = '20,000,000';
    form.information.contactName = '建設 次郎';
    renderForm(form);

    fireEvent.click(screen.getByRole('button', { name: 'インフォメーションをクリア' }));
    expect((screen.getByRole('textbox', { name: '担当者名' }) as HTMLInputElement).value).toBe('');
    expect((advance().getByRole('textbox', { name: '前払金保証金額' }) as HTMLInputElement).value).toBe('20,000,000');

    fireEvent.click(screen.getByRole('button', { name: '保証の申込内容をクリア' }));
    expect(advance().queryByRole('textbox', { name: '前払金保証金額' })).toBeNull();
    expect((screen.getByRole('combobox', { name: '工事の選択' }) as HTMLSelectElement).value).toBe(marumaruWork.id);
  });

  it('has a help button for the fields, named after the field', () => {
    renderForm(withAdvanceFor());
    expect(advance().getByRole('button', { name: '「前払金保証金額」のヘルプ' })).toBeTruthy();
    expect(advance().getByRole('button', { name: '「預託金融機関(全角)」のヘルプ' })).toBeTruthy();
  });
  it('starts a JV with the applicant as its representative, and asks for the members once a JV name is given', () => {
    const form = emptyApplicationForm();
    form.workMode = 'new';
    renderForm(form);
    const jvName = screen.getByRole('textbox', { name: 'JV名' });
    fireEvent.change(jvName, { target: { value: '〇〇・△△特定建設工事共同企業体' } });
    expect(screen.getByText('JVの構成員を代表者から順に2社以上入力してください。')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '構成員を追加' }));
    expect((screen.getByRole('textbox', { name: '代表者の名称' }) as HTMLInputElement).value).toBe('〇〇建設株式会社');
    expect((screen.getByRole('textbox', { name: '代表者の所在地' }) as HTMLInputElement).value).toBe('長野県松本市中央一丁目1番1号');
    expect(screen.queryByText('JVの構成員を代表者から順に2社以上入力してください。')).toBeNull();
    expect(screen.getByText('JV構成員2の名称を入力してください。')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: '構成員2の名称' }), { target: { value: '△△工業株式会社' } });
    expect(screen.queryByText('JV構成員2の名称を入力してください。')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '構成員2を削除' }));
    expect(screen.queryByRole('textbox', { name: '構成員2の名称' })).toBeNull();
  });

  it('reads a date typed in the era (令和8年4月1日) or the Western calendar, and shows it in the era', () => {
    const form = emptyApplicationForm();
    form.workMode = 'new';
    renderForm(form);
    const contractDate = screen.getByLabelText(/^請負契約日/) as HTMLInputElement;
    typeDate(contractDate, '令和8年4月1日');
    expect(contractDate.value).toBe(formatEraDate('2026-04-01'));
    expect(contractDate.getAttribute('aria-invalid')).not.toBe('true');

    // Read as dates, the two are compared: a start before the contract is named at 工期.
    const start = screen.getByRole('textbox', { name: '工期（着工日）' }) as HTMLInputElement;
    typeDate(start, '2026-03-31');
    expect(start.value).toBe('令和8年3月31日');
    expect(description(start)).toContain('工期（着工日）は請負契約日以降の日付にしてください。');
    typeDate(start, 'R8.4.2');
    expect(start.value).toBe('令和8年4月2日');
    expect(description(start)).not.toContain('工期（着工日）は');
  });

  it('names at its field a date it cannot read', () => {
    const form = emptyApplicationForm();
    form.workMode = 'new';
    renderForm(form);
    const contractDate = screen.getByLabelText(/^請負契約日/);
    typeDate(contractDate, '4月1日ごろ');
    expect(contractDate.getAttribute('aria-invalid')).toBe('true');
    expect(description(contractDate)).toContain('請負契約日の日付が正しくありません。');

    typeDate(screen.getByRole('textbox', { name: '公告日（競争入札）' }), '令和8年2月30日');
    const dateKind = screen.getByRole('radiogroup', { name: '公告日・指名日' });
    expect(description(dateKind)).toContain('公告日の日付が正しくありません。');
    fireEvent.click(within(dateKind).getByRole('radio', { name: '指名日（随意契約）' }));
    expect(description(dateKind)).toContain('指名日の日付が正しくありません。');
  });
});
