import { Modal, TextInput } from '@mantine/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../test/render';
import { useUnsavedChangesGuard } from './UnsavedChangesGuard';

/** A text field whose typed value is unsaved until it is emptied again. */
function Field({ label }: { label: string }) {
  const [value, setValue] = useState('');
  const guard = useUnsavedChangesGuard(value !== '');
  return (
    <>
      <TextInput label={label} value={value} onChange={(e) => setValue(e.currentTarget.value)} />
      {guard.dialog}
    </>
  );
}

/** The field in a dialog, as the 変更 of a guarantee is. */
function FieldInModal() {
  const [opened, setOpened] = useState(true);
  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title="変更">
      <Field label="保証金額" />
    </Modal>
  );
}

const asking = () => screen.queryAllByRole('dialog', { name: '保存していない変更があります' });

function renderAt(element: React.ReactElement) {
  return renderRoutes({
    path: '/form',
    routes: [
      { path: '/form', element },
      { path: '/elsewhere', element: <p>elsewhere</p> },
    ],
    mocks: [],
  });
}

describe('useUnsavedChangesGuard', () => {
  it('asks once for a page of two forms with unsaved input, and leaving leaves both', async () => {
    const history = renderAt(
      <>
        <Field label="支店名" />
        <Field label="商号" />
      </>,
    );
    fireEvent.change(screen.getByRole('textbox', { name: '支店名' }), { target: { value: '松本支店' } });
    fireEvent.change(screen.getByRole('textbox', { name: '商号' }), { target: { value: '保証株式会社' } });

    history.push('/elsewhere');
    await waitFor(() => expect(asking()).toHaveLength(1), { timeout: 3000 });
    fireEvent.click(within(asking()[0]!).getByRole('button', { name: 'このページに留まる' }));
    await waitFor(() => expect(asking()).toHaveLength(0));
    expect(history.location.pathname).toBe('/form');

    history.push('/elsewhere');
    await waitFor(() => expect(asking()).toHaveLength(1), { timeout: 3000 });
    fireEvent.click(within(asking()[0]!).getByRole('button', { name: '保存せずに離れる' }));
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(asking()).toHaveLength(0);
  });

  it('lets a change of the query alone through, and asks nothing without unsaved input', async () => {
    const history = renderAt(<Field label="支店名" />);
    const field = screen.getByRole('textbox', { name: '支店名' });
    fireEvent.change(field, { target: { value: '松本支店' } });
    history.push('/form?tab=2');
    expect(history.location.search).toBe('?tab=2');
    fireEvent.change(field, { target: { value: '' } });
    history.push('/elsewhere');
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(asking()).toHaveLength(0);
  });

  it('answers Escape with "stay", leaving the dialog the form is in open', async () => {
    const history = renderAt(<FieldInModal />);
    const field = (await screen.findByRole('textbox', { name: '保証金額' })) as HTMLInputElement;
    fireEvent.change(field, { target: { value: '55,000,000' } });
    history.push('/elsewhere');
    await waitFor(() => expect(asking()).toHaveLength(1), { timeout: 3000 });
    fireEvent.keyDown(within(asking()[0]!).getByRole('button', { name: 'このページに留まる' }), { key: 'Escape' });
    await waitFor(() => expect(asking()).toHaveLength(0));
    expect(screen.getByRole('dialog', { name: '変更' })).toBeTruthy();
    expect(field.value).toBe('55,000,000');
    expect(history.location.pathname).toBe('/form');
  });
});
