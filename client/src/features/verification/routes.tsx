import type { RouteObject } from 'react-router-dom';

/** 保証確認サービス (D-Sure): open to anyone, in a frame of its own, loaded on its own. */
export const verificationRoutes: RouteObject[] = [
  { path: '/verify', lazy: () => import('./VerifyPage').then(({ VerifyPage }) => ({ Component: VerifyPage })) },
];
