import type { History } from 'history';
import { createContext, lazy, useContext, type ComponentType, type ReactNode } from 'react';
import { unstable_HistoryRouter as HistoryRouter, useRoutes, type RouteObject } from 'react-router-dom';

/**
 * The app runs React Router in its declarative mode on a history of the `history` package (v5,
 * the one React Router's `unstable_HistoryRouter` is documented with). React Router 7 ships its
 * data router and its declarative router in one module, so a bundle that creates a data router
 * anywhere carries it on every page (about 17 KB gzip more than the declarative router; see
 * docs/performance.md, SPA). The one thing the app took from the data router, asking before a
 * form with unsaved changes is left (`useBlocker`), is the history's own `block`.
 */
const HistoryContext = createContext<History | null>(null);

/** The app's router: its pages see `history` through React Router and `useAppHistory`. */
export function AppRouter({ history, children }: { history: History; children: ReactNode }) {
  return (
    <HistoryContext.Provider value={history}>
      {/* React Router types its own history, which adds createURL and encodeLocation; both are
          optional to its declarative mode (it checks for them), and v5's has neither. */}
      <HistoryRouter history={history as unknown as Parameters<typeof HistoryRouter>[0]['history']}>{children}</HistoryRouter>
    </HistoryContext.Provider>
  );
}

/** The history under the app's router: to block navigation while a form has unsaved changes. */
export function useAppHistory(): History {
  const history = useContext(HistoryContext);
  if (!history) throw new Error('useAppHistory outside AppRouter');
  return history;
}

/** Renders the routes that match the current location (React Router's `useRoutes`). */
export function AppRoutes({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

/**
 * The feature folders' routes, where each page's module is a route `lazy` (a chunk loaded when
 * the route is entered), for the declarative router, which has no route `lazy`: each becomes
 * an element of `React.lazy` (made once here, so the chunk loads once), shown by the layout's
 * Suspense while it loads. `lazy` may answer a `Component` or an `element`; nothing else of the
 * data router (loaders, actions, error boundaries) is used.
 */
export function withLazyPages(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const { lazy: load, children, ...rest } = route as RouteObject & { children?: RouteObject[] };
    const converted = { ...rest } as RouteObject;
    if (load !== undefined) {
      if (typeof load !== 'function') throw new Error(`route ${route.path ?? '(index)'}: only a function \`lazy\` is supported`);
      const Page = lazy(async (): Promise<{ default: ComponentType }> => {
        const { Component, element } = await load();
        if (Component) return { default: Component };
        return { default: () => element ?? null };
      });
      converted.element = <Page />;
    }
    if (children) (converted as { children?: RouteObject[] }).children = withLazyPages(children);
    return converted;
  });
}
