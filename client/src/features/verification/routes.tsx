import type { RouteObject } from 'react-router-dom';
import { withMessages } from '../../app/i18n';

/** 保証確認サービス (D-Sure): open to anyone, in a frame of its own, loaded on its own. */
export const verificationRoutes: RouteObject[] = [
  {
    path: '/verify',
    lazy: () => withMessages('verification', () => import('./VerifyPage')).then(({ VerifyPage }) => ({ Component: VerifyPage })),
  },
];
