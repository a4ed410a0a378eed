import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { RegisterPage, RequestContractorRegistrationMutation } from './RegisterPage';

const input = {
  name: '□□土木株式会社',
  address: '長野県塩尻市大門1番地',
  corporateNumber: '1180301018771',
  representative: '代表取締役 土木 一郎',
  contactName: '工事 二郎',
  email: 'tantou@example.co.jp',
};
const labels: Record<keyof typeof input, string> = {
  name: '会社名（商号又は名称）',
  address: '所在地',
  corporateNumber: '法人番号（13桁）',
  representative: '代表者（役職と氏名）',
  contactName: '担当者名',
  email: '担当者のメールアドレス',
};

const textbox = (field: keyof typeof input) => screen.getByRole('textbox', { name: labels[field] });
const type = (field: keyof typeof input, value: string) => fireEvent.change(textbox(field), { target: { value } });
const send = () => fireEvent.click(screen.getByRole('button', { name: '申請する' }));

function renderPage(mocks: Parameters<typeof renderRoutes>[0]['mocks']) {
  renderRoutes({ path: '/register', routes: [{ path: '/register', element: <RegisterPage /> }], mocks });
}

describe('RegisterPage', () => {
  it('names each empty field, then a corporate number whose check digit is wrong, sending nothing', () => {
    renderPage([]);
    send();
    for (const field of Object.keys(labels) as (keyof typeof input)[]) {
      expect(screen.getByText(`${labels[field]}を入力してください。`)).toBeTruthy();
      expect(textbox(field).getAttribute('aria-invalid')).toBe('true');
    }
    expect(document.activeElement).toBe(textbox('name'));

    for (const [field, value] of Object.entries(input)) type(field as keyof typeof input, value);
    type('corporateNumber', '2180301018771');
    send();
    expect(screen.getByText(/法人番号が正しくありません/)).toBeTruthy();
    expect(screen.queryByText(/を入力してください。/)).toBeNull();
    expect(document.activeElement).toBe(textbox('corporateNumber'));
  });

  it('shows the server’s refusal at its field, then says the request was received', async () => {
    renderPage([
      {
        request: { query: RequestContractorRegistrationMutation, variables: { input } },
        result: {
          errors: [
            new GraphQLError('このメールアドレスは既に登録されています。', {
              extensions: { code: 'BAD_USER_INPUT', field: 'input.email' },
            }),
          ],
        },
      },
      {
        request: { query: RequestContractorRegistrationMutation, variables: { input } },
        result: {
          data: {
            requestContractorRegistration: {
              __typename: 'RequestContractorRegistrationPayload',
              contractorRegistration: { __typename: 'ContractorRegistration', id: 'r1', email: input.email },
            },
          },
        },
      },
    ]);
    for (const [field, value] of Object.entries(input)) type(field as keyof typeof input, ` ${value} `);
    send();
    expect(await screen.findByText('このメールアドレスは既に登録されています。')).toBeTruthy();
    expect(textbox('email').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();

    send();
    expect((await screen.findByRole('status')).textContent).toContain(`${input.email} に受付のメールをお送りしました。`);
  });
});
