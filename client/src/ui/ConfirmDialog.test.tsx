import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { ConfirmDialog } from './ConfirmDialog';

/** A page with one button that asks before it runs `action`; closes itself when the action succeeds. */
function Page({ action }: { action: () => Promise<unknown> }) {
  const [opened, setOpened] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <>
      <button onClick={() => setOpened(true)}>削除</button>
      {done && <p>削除しました。</p>}
      <ConfirmDialog
        opened={opened}
        title="送信先を削除します"
        message="https://example.jp/hook を削除します。"
        confirmLabel="削除する"
        confirmColor="red"
        failedTitle="削除できませんでした"
        onConfirm={async () => {
          await action();
          setOpened(false);
          setDone(true);
        }}
        onClose={() => setOpened(false)}
      />
    </>
  );
}

const openDialog = async () => {
  fireEvent.click(screen.getByRole('button', { name: '削除' }));
  return screen.findByRole('dialog', { name: '送信先を削除します' });
};

describe('ConfirmDialog', () => {
  it('asks first: キャンセル and × close it without acting', async () => {
    const action = vi.fn(() => Promise.resolve());
    renderWithTheme(<Page action={action} />);
    const dialog = await openDialog();
    expect(dialog.textContent).toContain('https://example.jp/hook を削除します。');
    fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(within(await openDialog()).getByRole('button', { name: '閉じる' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(action).not.toHaveBeenCalled();
  });

  it('runs the action on confirming, with キャンセル disabled while it runs', async () => {
    let finish = () => {};
    const action = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderWithTheme(<Page action={action} />);
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: '削除する' }));
    expect(action).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'キャンセル' })).toHaveProperty('disabled', true));
    finish();
    expect(await screen.findByText('削除しました。')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows a failure in the dialog, which stays open to try again; closing forgets it', async () => {
    const action = vi.fn().mockRejectedValueOnce(new Error('通信できませんでした')).mockResolvedValueOnce(undefined);
    renderWithTheme(<Page action={action} />);
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: '削除する' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('削除できませんでした');
    expect(within(dialog).getByRole('button', { name: 'キャンセル' })).toHaveProperty('disabled', false);

    fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const again = await openDialog();
    expect(within(again).queryByRole('alert')).toBeNull();
    fireEvent.click(within(again).getByRole('button', { name: '削除する' }));
    expect(await screen.findByText('削除しました。')).toBeTruthy();
  });
});
