import { createBrowserRouter } from 'react-router-dom';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { LoginPage } from '../features/session/LoginPage';
import { PublicLayout } from './layout/PublicLayout';
import { SignedInLayout } from './layout/SignedInLayout';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <PublicLayout />,
      children: [{ path: '/login', element: <LoginPage /> }],
    },
    {
      // Unknown paths sit behind sign-in too: visitors learn nothing about what exists.
      element: <SignedInLayout />,
      children: [
        { index: true, element: <HomePage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
