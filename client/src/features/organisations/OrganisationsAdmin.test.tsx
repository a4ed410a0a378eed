import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDate } from '../../test/dates';
import { renderRoutes } from '../../test/render';
import { AdminBranchesQuery, BranchesSection, CreateBranchMutation } from './BranchesSection';
import { SetOrdererElectronicRuleMutation } from './ElectronicRuleModal';
import { GuarantorQuery, GuarantorSection, UpdateGuarantorMutation } from './GuarantorSection';
import { UpdateBranchMutation } from './BranchEditModal';
import { CreateOrdererMutation, UpdateOrdererMutation } from './OrdererDetailsModal';
import { AdminOrderersQuery, OrderersSection } from './OrderersSection';

type Mocks = Parameters<typeof renderRoutes>[0]['mocks'];

function orderer(id: string, name: string, certificateTitle: string) {
  return {
    __typename: 'Orderer' as const,
    id,
    name,
    certificateTitle,
    acceptsElectronic: false,
    electronicFrom: null,
    electronicRule: null,
    electronicRuleDescription: null,
  };
}

const orderers = (...nodes: ReturnType<typeof orderer>[]) => ({
  request: { query: AdminOrderersQuery },
  result: { data: { orderers: { __typename: 'OrdererConnection', edges: nodes.map((node) => ({ __typename: 'OrdererEdge', node })) } } },
});

function renderSection(element: React.ReactElement, mocks: Mocks) {
  renderRoutes({ path: '/admin/organisations', routes: [{ path: '/admin/organisations', element }], mocks });
}

const type = (name: RegExp, value: string) => fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });

describe('the orderers on the organisations page', () => {
  it('adds an orderer: names the empty fields, shows the server’s message at the name, then lists the new one', async () => {
    const input = { name: '松本市', certificateTitle: '松本市長' };
    renderSection(<OrderersSection />, [
      orderers(orderer('o2', '小田原市', '小田原市長')),
      {
        request: { query: CreateOrdererMutation, variables: { input } },
        result: {
          errors: [
            new GraphQLError('発注者「松本市」は既に登録されています。', { extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } }),
          ],
        },
      },
      {
        request: { query: CreateOrdererMutation, variables: { input } },
        result: { data: { createOrderer: { __typename: 'CreateOrdererPayload', orderer: { __typename: 'Orderer', id: 'o1', ...input } } } },
      },
      orderers(orderer('o2', '小田原市', '小田原市長'), orderer('o1', '松本市', '松本市長')),
    ]);
    expect(await screen.findByRole('cell', { name: '小田原市長' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '発注者を登録' }));
    const dialog = await screen.findByRole('dialog', { name: '発注者を登録' });
    fireEvent.click(within(dialog).getByRole('button', { name: '発注者を登録する' }));
    expect(within(dialog).getByText('発注者を入力してください。')).toBeTruthy();
    expect(within(dialog).getByText('宛名（保証証書の名義）を入力してください。')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: /^発注者/ }));

    type(/^発注者/, '松本市');
    type(/^宛名/, '松本市長');
    fireEvent.click(within(dialog).getByRole('button', { name: '発注者を登録する' }));
    expect(await within(dialog).findByText('発注者「松本市」は既に登録されています。')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^発注者/ }).getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(within(dialog).getByRole('button', { name: '発注者を登録する' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      '松本市 を登録しました。電子保証の条件は「条件を変更」から設定してください。',
    );
    expect(await screen.findByRole('cell', { name: '松本市長' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('changes an orderer’s name and 宛名 in place', async () => {
    const input = { ordererId: 'o1', name: '松本市', certificateTitle: '松本市長　臥雲義尚' };
    renderSection(<OrderersSection />, [
      orderers(orderer('o1', '松本市', '松本市長')),
      {
        request: { query: UpdateOrdererMutation, variables: { input } },
        result: {
          data: {
            updateOrderer: {
              __typename: 'UpdateOrdererPayload',
              orderer: { __typename: 'Orderer', id: 'o1', name: '松本市', certificateTitle: input.certificateTitle },
            },
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: '松本市 の名前・宛名を変更する' }));
    const dialog = await screen.findByRole('dialog', { name: '松本市 の名前・宛名' });
    expect((screen.getByRole('textbox', { name: /^宛名/ }) as HTMLInputElement).value).toBe('松本市長');
    type(/^宛名/, input.certificateTitle);
    fireEvent.click(within(dialog).getByRole('button', { name: '保存する' }));
    expect((await screen.findByRole('status')).textContent).toBe('松本市 の名前・宛名を保存しました。');
    expect(await screen.findByRole('cell', { name: input.certificateTitle })).toBeTruthy();
  });
});

describe('an orderer’s electronic guarantee rule', () => {
  it('takes the first day in the era, shows a refused field at the field, then saves', async () => {
    const input = {
      ordererId: 'o2',
      acceptsElectronic: true,
      electronicFrom: '2026-04-01',
      electronicRule: 'ANNOUNCED_OR_NOMINATED_FROM',
      electronicRuleDescription: '',
    };
    const described = { ...input, electronicRuleDescription: '令和8年4月1日以降に公告する工事' };
    const answer = (values: typeof input) => ({
      data: {
        setOrdererElectronicRule: {
          __typename: 'SetOrdererElectronicRulePayload',
          orderer: { __typename: 'Orderer', id: 'o2', ...values, ordererId: undefined },
        },
      },
    });
    renderSection(<OrderersSection />, [
      orderers(orderer('o2', '小田原市', '小田原市長')),
      {
        request: { query: SetOrdererElectronicRuleMutation, variables: { input } },
        result: {
          errors: [
            new GraphQLError('条件の説明を入力してください。', {
              extensions: { code: 'BAD_USER_INPUT', field: 'input.electronicRuleDescription' },
            }),
          ],
        },
      },
      { request: { query: SetOrdererElectronicRuleMutation, variables: { input: described } }, result: answer(described) },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: '小田原市 の電子保証の条件を変更する' }));
    const dialog = await screen.findByRole('dialog', { name: '小田原市 の電子保証の条件' });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '電子保証に対応している' }));
    const from = within(dialog).getByLabelText('電子保証の開始日') as HTMLInputElement;
    typeDate(from, '来年の春');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存する' }));
    expect(await within(dialog).findByText('日付で入力してください（例：令和8年4月1日、2026-04-01）。')).toBeTruthy();
    expect(document.activeElement).toBe(from);

    typeDate(from, 'R8.4.1');
    expect(from.value).toBe('令和8年4月1日');
    fireEvent.change(within(dialog).getByRole('combobox', { name: '対象となる工事の条件' }), {
      target: { value: 'ANNOUNCED_OR_NOMINATED_FROM' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存する' }));
    const description = within(dialog).getByRole('textbox', { name: '請負者に示す条件の説明' });
    expect(await within(dialog).findByText('条件の説明を入力してください。')).toBeTruthy();
    expect(description.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(description, { target: { value: described.electronicRuleDescription } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存する' }));
    expect((await screen.findByRole('status')).textContent).toBe('小田原市 の電子保証の条件を保存しました。');
  });
});

describe('the guarantor on the organisations page', () => {
  it('starts from the saved details, names an emptied field, then saves', async () => {
    const guarantor = {
      __typename: 'Guarantor' as const,
      id: 'g1',
      name: '東日本建設業保証株式会社',
      address: '東京都中央区八丁堀2丁目5番1号',
      representativeTitle: '代表取締役社長',
      representativeName: '保証 太郎',
    };
    const input = { name: guarantor.name, address: guarantor.address, representativeTitle: '代表取締役', representativeName: '保証 太郎' };
    renderSection(<GuarantorSection />, [
      { request: { query: GuarantorQuery }, result: { data: { guarantor } } },
      {
        request: { query: UpdateGuarantorMutation, variables: { input } },
        result: { data: { updateGuarantor: { __typename: 'UpdateGuarantorPayload', guarantor: { ...guarantor, ...input } } } },
      },
    ]);
    await waitFor(() => expect((screen.getByRole('textbox', { name: '商号' }) as HTMLInputElement).value).toBe(guarantor.name));
    type(/^代表者の役職/, ' ');
    fireEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect(screen.getByText('代表者の役職を入力してください。')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '代表者の役職' }));

    type(/^代表者の役職/, input.representativeTitle);
    fireEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect((await screen.findByRole('status')).textContent).toBe('保証事業会社を保存しました。');
  });
});

describe('the branches on the organisations page', () => {
  it('registers a branch: names the empty fields, then empties the form once registered', async () => {
    const input = {
      officeCode: '21076',
      name: '松本支店',
      address: '長野県松本市中央1丁目',
      tel: '0263-32-1234',
      fax: '0263-32-1235',
      email: 'matsumoto@example.jp',
    };
    const branch = { __typename: 'Branch' as const, id: 'b2', ...input };
    renderSection(<BranchesSection />, [
      { request: { query: AdminBranchesQuery }, result: { data: { branches: [] } } },
      {
        request: { query: CreateBranchMutation, variables: { input } },
        result: {
          data: { createBranch: { __typename: 'CreateBranchPayload', branch: { __typename: 'Branch', id: 'b2', officeCode: '21076' } } },
        },
      },
      { request: { query: AdminBranchesQuery }, result: { data: { branches: [branch] } } },
    ]);
    const form = await screen.findByRole('form', { name: '支店の登録' });
    fireEvent.click(within(form).getByRole('button', { name: '支店を登録する' }));
    for (const label of ['店番', '支店名', '所在地', 'TEL', 'FAX', 'メールアドレス']) {
      expect(within(form).getByText(`${label}を入力してください。`)).toBeTruthy();
    }
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: '店番' }));

    const labels: Record<keyof typeof input, string> = {
      officeCode: '店番',
      name: '支店名',
      address: '所在地',
      tel: 'TEL',
      fax: 'FAX',
      email: 'メールアドレス',
    };
    for (const [field, label] of Object.entries(labels)) {
      fireEvent.change(within(form).getByRole('textbox', { name: label }), { target: { value: input[field as keyof typeof input] } });
    }
    fireEvent.click(within(form).getByRole('button', { name: '支店を登録する' }));
    expect((await within(form).findByRole('status')).textContent).toBe('松本支店 を登録しました。');
    expect((within(form).getByRole('textbox', { name: '支店名' }) as HTMLInputElement).value).toBe('');
    expect(await screen.findByRole('cell', { name: '0263-32-1234' })).toBeTruthy();
  });

  it('changes a branch’s details but never its office code, and shows a refused field at the field', async () => {
    const branch = {
      __typename: 'Branch' as const,
      id: 'b1',
      officeCode: '21075',
      name: '長野支店',
      address: '長野県長野市中御所1丁目',
      tel: '026-226-7520',
      fax: '026-226-7521',
      email: 'nagano@example.jp',
    };
    const input = {
      branchId: 'b1',
      officeCode: '21075',
      name: '長野支店',
      address: branch.address,
      tel: '026-226-7599',
      fax: branch.fax,
      email: branch.email,
    };
    renderSection(<BranchesSection />, [
      { request: { query: AdminBranchesQuery }, result: { data: { branches: [branch] } } },
      {
        request: { query: UpdateBranchMutation, variables: { input: { ...input, tel: 'abc' } } },
        result: {
          errors: [
            new GraphQLError('電話番号は 026-226-7520 のように入力してください。', {
              extensions: { code: 'BAD_USER_INPUT', field: 'input.tel' },
            }),
          ],
        },
      },
      {
        request: { query: UpdateBranchMutation, variables: { input } },
        result: { data: { updateBranch: { __typename: 'UpdateBranchPayload', branch: { ...branch, tel: '026-226-7599' } } } },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: '長野支店 の登録内容を変更する' }));
    const dialog = await screen.findByRole('dialog', { name: '長野支店 の登録内容' });
    const officeCode = within(dialog).getByRole('textbox', { name: '店番' }) as HTMLInputElement;
    expect(officeCode.value).toBe('21075');
    expect(officeCode.readOnly).toBe(true);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /^TEL/ }), { target: { value: 'abc' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存する' }));
    expect(await within(dialog).findByText('電話番号は 026-226-7520 のように入力してください。')).toBeTruthy();

    fireEvent.change(within(dialog).getByRole('textbox', { name: /^TEL/ }), { target: { value: '026-226-7599' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存する' }));
    expect((await screen.findByRole('status')).textContent).toBe('長野支店 の登録内容を保存しました。');
    expect(await screen.findByRole('cell', { name: '026-226-7599' })).toBeTruthy();
  });
});
