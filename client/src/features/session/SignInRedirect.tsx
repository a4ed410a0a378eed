import { Navigate, useLocation } from 'react-router-dom';

/** Sends a visitor to /login, which brings them back to the page they asked for (`state.from`). */
export function SignInRedirect() {
  const location = useLocation();
  const from = `${location.pathname}${location.search}${location.hash}`;
  return <Navigate to="/login" replace state={from === '/' ? undefined : { from }} />;
}
