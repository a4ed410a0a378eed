import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n, lazyNamespaces } from '../app/i18n';

// jsdom lacks the layout APIs Mantine probes.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// Textarea autosize listens for web fonts loading (document.fonts), which jsdom lacks.
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget() });

// The app loads a page's messages and English on demand; tests read every namespace in both.
await i18n.loadNamespaces(lazyNamespaces);
await i18n.loadLanguages('en');

afterEach(cleanup);
