import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../test/render';
import { testCertificate } from '../certificate/test-certificate';
import { VerifyGuaranteeMutation, VerifyPage } from './VerifyPage';
import { testVerificationResult } from './test-verification';

const input = { contractNumber: '20075-00001R', authKey: 'Z28YUE4J3Bux' };
const variables = { input };
const payload = (verification: unknown) => ({ __typename: 'VerifyGuaranteePayload', verification });

const answer = (result: object, delay = 0) => ({
  request: { query: VerifyGuaranteeMutation, variables },
  result: { data: { verifyGuarantee: payload(result) } },
  delay,
});

const refused = (message: string, extensions: Record<string, unknown>) => ({
  request: { query: VerifyGuaranteeMutation, variables },
  result: { data: { verifyGuarantee: null }, errors: [new GraphQLError(message, { extensions })] },
});

function renderVerify(path: string, ...mocks: object[]) {
  return renderRoutes({
    path,
    routes: [{ path: '/verify', element: <VerifyPage /> }],
    mocks: mocks as Parameters<typeof renderRoutes>[0]['mocks'],
    // As in development: the QR code's link must still be sent once.
    strict: true,
  });
}

const numberInput = () => screen.getByRole('textbox', { name: '保証契約番号' }) as HTMLInputElement;
const keyInput = () => screen.getByRole('textbox', { name: '認証キー' }) as HTMLInputElement;

function enterAndVerify(contractNumber: string, authKey: string) {
  fireEvent.change(numberInput(), { target: { value: contractNumber } });
  fireEvent.change(keyInput(), { target: { value: authKey } });
  fireEvent.click(screen.getByRole('button', { name: '確認する' }));
}

/** The result's label/value rows, as read on screen. */
async function resultRows() {
  const table = await screen.findByRole('table', { name: '確認結果' });
  return Object.fromEntries(
    within(table)
      .getAllByRole('row')
      .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent]),
  );
}

describe('VerifyPage', () => {
  it('names an invisible character pasted with the number or key as it is typed, and sends nothing (issue 11 §5)', async () => {
    renderVerify('/verify');
    fireEvent.change(numberInput(), { target: { value: '20075-00001R\u202E' } });
    fireEvent.change(keyInput(), { target: { value: 'Z28YUE4J3Bux\u200B' } });
    expect(await screen.findByText('保証契約番号に使用できない文字（U+202E、文字の向きを変える制御文字）が含まれています。')).toBeTruthy();
    expect(screen.getByText('認証キーに使用できない文字（U+200B、見えない書式制御文字）が含まれています。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '確認する' }));
    // No mock answers a request: had one been sent, the page would show an error instead of the form.
    expect(numberInput().getAttribute('aria-invalid')).toBe('true');
  });

  it('opened from the QR code: fills both fields, verifies once, drops the key from the URL, shows the certificate', async () => {
    const result = vi.fn(() => ({ data: { verifyGuarantee: payload(testVerificationResult()) } }));
    const history = renderVerify('/verify#number=20075-00001R&key=Z28YUE4J3Bux', {
      request: { query: VerifyGuaranteeMutation, variables },
      result,
      delay: 30,
      // A second request would be answered too, and counted.
      maxUsageCount: 2,
    });

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('保証確認サービス (D-Sure)');
    // Filled while the answer is on its way; the fragment is already gone from the address.
    expect(numberInput().value).toBe('20075-00001R');
    expect(keyInput().value).toBe('Z28YUE4J3Bux');
    await waitFor(() => expect(history.location.hash).toBe(''));
    expect(history.location.pathname).toBe('/verify');
    expect(history.action).toBe('REPLACE');

    expect(await resultRows()).toEqual({
      保証契約番号: '20075-00001R',
      状態: '有効',
      電子保証発行日時: '令和8年4月5日 09:00',
      確認日時: '令和8年5月1日 10:30',
    });
    expect(result).toHaveBeenCalledTimes(1);
    const certificate = screen.getByRole('article', { name: '保証証書(前払金保証)' });
    expect(within(certificate).getByTestId('certificate-change').textContent).toBe('変更 1');
    expect(certificate.textContent).toContain('25,000,000円');
    expect(screen.getByText(/印刷したものは閲覧用の写しであり、保証証書ではありません。/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '印刷（閲覧用）' })).toBeTruthy();

    const changes = screen.getByRole('table', { name: '電子保証情報(履歴情報)' });
    const entries = within(changes)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 3)
          .map((cell) => cell.textContent),
      );
    expect(entries).toEqual([
      ['1', '2026/04/04 09:00', '新規'],
      ['2', '2026/04/05 09:00', '変更 1'],
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a revoked guarantee as 取消済み with the day, and its certificate as no longer in force', async () => {
    renderVerify(
      '/verify',
      answer(
        testVerificationResult({
          validity: 'REVOKED',
          revokedAt: '2026-06-30T03:00:00.000Z',
          certificate: testCertificate({ contractNumber: '20075-00001R', revokedOn: '2026-06-30' }),
        }),
      ),
    );
    enterAndVerify('20075-00001R', 'Z28YUE4J3Bux');
    expect((await resultRows())['状態']).toBe('取消済み（令和8年6月30日）');
    expect(screen.getByText('この保証契約は取り消されています。保証証書に効力はありません。')).toBeTruthy();
    expect(screen.getByTestId('certificate-revoked').textContent).toBe('取消済み（令和8年6月30日取消）');
  });

  it('shows an expired guarantee as 期限切れ', async () => {
    renderVerify('/verify', answer(testVerificationResult({ validity: 'EXPIRED' })));
    enterAndVerify('20075-00001R', 'Z28YUE4J3Bux');
    expect((await resultRows())['状態']).toBe('期限切れ');
  });

  it('on a wrong number or key says so, with the attempts left before the lock', async () => {
    renderVerify('/verify', refused('保証契約番号または認証キーが正しくありません。', { code: 'NOT_FOUND', remainingAttempts: 3 }));
    enterAndVerify('20075-00001R', 'Z28YUE4J3Bux');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('保証契約番号または認証キーが正しくありません。');
    expect(alert.textContent).toContain('あと3回続けて失敗すると、この保証契約番号は15分間ロックされます。');
    // The form stays, as typed, to correct it.
    expect(numberInput().value).toBe('20075-00001R');
  });

  it('says the number is now locked when no attempt is left', async () => {
    renderVerify('/verify', refused('保証契約番号または認証キーが正しくありません。', { code: 'NOT_FOUND', remainingAttempts: 0 }));
    enterAndVerify('20075-00001R', 'Z28YUE4J3Bux');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('この保証契約番号は15分間ロックされました。');
    expect(alert.textContent).not.toContain('あと');
  });

  it('shows the server’s message when the number is locked', async () => {
    const message = '確認の失敗が続いたため、この保証契約番号はロックされています。約15分後に再度お試しください。';
    renderVerify('/verify', refused(message, { code: 'RATE_LIMITED', retryAfterSeconds: 900 }));
    enterAndVerify('20075-00001R', 'Z28YUE4J3Bux');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
  });

  it('shows the server’s answer on a number it cannot read at the number field', async () => {
    const message = '保証契約番号は「NNNNN-NNNNNC」（数字10桁と確認文字1文字）の形で入力してください。';
    renderVerify('/verify', {
      request: { query: VerifyGuaranteeMutation, variables: { input: { ...input, contractNumber: '20075' } } },
      result: {
        data: { verifyGuarantee: null },
        errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'input.contractNumber' } })],
      },
    });
    enterAndVerify('20075', 'Z28YUE4J3Bux');
    expect(await screen.findByText(message)).toBeTruthy();
    expect(numberInput().getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.change(numberInput(), { target: { value: '20075-00001R' } });
    expect(screen.queryByText(message)).toBeNull();
    expect(numberInput().getAttribute('aria-invalid')).toBeNull();
  });

  it('sends nothing while a field is empty, the number shows a typo or the key is not 12 characters', async () => {
    renderVerify('/verify');
    fireEvent.click(screen.getByRole('button', { name: '確認する' }));
    expect(await screen.findByText('保証契約番号を入力してください。')).toBeTruthy();
    expect(screen.getByText('認証キーを入力してください。')).toBeTruthy();
    expect(document.activeElement).toBe(numberInput());

    enterAndVerify('20075-00001X', 'Z28YUE4J3Bu');
    expect(await screen.findByText(/確認文字が合いません。/)).toBeTruthy();
    expect(screen.getByText('認証キーは12文字の英数字です。入力に誤りがないかご確認ください。')).toBeTruthy();
    expect(screen.getByText('認証キーは12文字です（大文字・小文字を区別します）')).toBeTruthy();
  });

  it('clears everything with 別の保証を確認する', async () => {
    renderVerify('/verify', answer(testVerificationResult()));
    enterAndVerify('20075-00001R', 'Z28YUE4J3Bux');
    fireEvent.click(await screen.findByRole('button', { name: '別の保証を確認する' }));
    expect(numberInput().value).toBe('');
    expect(keyInput().value).toBe('');
    expect(screen.queryByRole('article')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(numberInput()));
  });

  it('links to the orderers that accept electronic guarantees', () => {
    renderVerify('/verify');
    expect(screen.getByRole('link', { name: '電子保証に対応している発注者の一覧' }).getAttribute('href')).toBe('/orderers/electronic');
  });
});
