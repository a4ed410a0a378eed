import type { applications } from './ja/applications';
import type { common } from './ja/common';
import type { forgotPassword } from './ja/forgotPassword';
import type { guarantee } from './ja/guarantee';
import type { login } from './ja/login';
import type { register } from './ja/register';
import type { setPassword } from './ja/setPassword';
import type { signedIn } from './ja/signedIn';
import type { verification } from './ja/verification';

/**
 * The message catalogue as i18next namespaces, each a file of `ja/` and a chunk of its own, so a
 * page downloads only the messages it shows: `common` is in the entry, a public page's own comes
 * with its chunk, and the signed-in frame loads them all. Keys stay whole paths
 * (`t('verification.form.submit')`): every namespace is a part of one tree, looked up through
 * `fallbackNS`, and one top-level key may be split over namespaces (`verification.serviceName`
 * is in `common`, the rest of `verification` in `verification`).
 */
export interface Catalogue {
  common: typeof common;
  login: typeof login;
  setPassword: typeof setPassword;
  forgotPassword: typeof forgotPassword;
  register: typeof register;
  verification: typeof verification;
  guarantee: typeof guarantee;
  applications: typeof applications;
  signedIn: typeof signedIn;
}

export type Namespace = keyof Catalogue;

/** The namespaces loaded on demand (all but `common`, which the entry bundles). */
export type LazyNamespace = Exclude<Namespace, 'common'>;

/** The whole tree of messages, every namespace together: what the English catalogue must match. */
export type Messages = Catalogue['common'] &
  Catalogue['login'] &
  Catalogue['setPassword'] &
  Catalogue['forgotPassword'] &
  Catalogue['register'] &
  Catalogue['verification'] &
  Catalogue['guarantee'] &
  Catalogue['applications'] &
  Catalogue['signedIn'];
