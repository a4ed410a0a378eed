import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n } from '../app/i18n';

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

// English is loaded on demand in the app; tests read both catalogues.
await i18n.loadLanguages('en');

afterEach(cleanup);
