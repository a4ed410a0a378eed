import 'i18next';
import type { Catalogue, LazyNamespace } from './messages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    // Keys of every namespace, unprefixed, as at run time (see `messages.ts`).
    fallbackNS: LazyNamespace[];
    resources: Catalogue;
  }
}
