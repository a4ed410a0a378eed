import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingState } from '../../ui/LoadingState';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { CurrentUserQueryDocument } from '../session/current-user';

// Each role downloads only its own page.
const DeliveryDetailPage = lazy(() => import('../delivery/DeliveryDetailPage').then((m) => ({ default: m.DeliveryDetailPage })));
const GuaranteePage = lazy(() => import('./GuaranteePage').then((m) => ({ default: m.GuaranteePage })));

/**
 * One path, two pages: branch staff (and the administrator) get the page with the procedures,
 * the contractor the 詳細 of 保証契約一覧 (認証キー, history, certificate). The server decides
 * which guarantees anyone sees.
 */
export function GuaranteePageForRole() {
  const { data } = useQuery(CurrentUserQueryDocument);
  const role = data?.me?.role;
  if (!role) return null;
  if (role !== 'CONTRACTOR' && role !== 'BRANCH_STAFF' && role !== 'ADMIN') return <NotFoundPage />;
  return <Suspense fallback={<LoadingState />}>{role === 'CONTRACTOR' ? <DeliveryDetailPage /> : <GuaranteePage />}</Suspense>;
}

/** 保証契約一覧: the contractor's own, or (staff and the administrator) the branch's with their contractors. */
export function DeliveryListForRole({ Page }: { Page: ComponentType<{ staff?: boolean }> }) {
  const { data } = useQuery(CurrentUserQueryDocument);
  return <Page staff={data?.me?.role !== 'CONTRACTOR'} />;
}
