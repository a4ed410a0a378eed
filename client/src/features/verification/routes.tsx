import type { RouteObject } from 'react-router-dom';
import { VerifyPage } from './VerifyPage';

/** 保証確認サービス (D-Sure): open to anyone, in a frame of its own. */
export const verificationRoutes: RouteObject[] = [{ path: '/verify', element: <VerifyPage /> }];
