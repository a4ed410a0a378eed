import { screen } from '@testing-library/react';
import { act } from 'react';
import { Outlet } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../test/render';
import { PageBoundary } from './PageBoundary';

function Frame() {
  return (
    <PageBoundary>
      <Outlet />
    </PageBoundary>
  );
}

describe('PageBoundary', () => {
  it('shows a reload instead of an empty screen when a page’s chunk can’t be loaded, and tries another page afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const history = renderRoutes({
      routes: [
        {
          element: <Frame />,
          children: [
            // As a deployment that replaced the chunks, or a dropped connection, makes it.
            { path: '/gone', lazy: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) },
            { path: '/other', element: <p>別のページ</p> },
          ],
        },
      ],
      path: '/gone',
      mocks: [],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('このページを表示できませんでした');
    expect(screen.getByRole('button', { name: '再読み込み' })).toBeTruthy();
    act(() => history.push('/other'));
    expect(await screen.findByText('別のページ')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
