// One variable font serves every weight: half the @font-face rules of two static weights, and
// each unicode-range subset is fetched once, only when a page uses one of its characters.
import '@fontsource-variable/noto-sans-jp/wght.css';
import '@digital-go-jp/design-tokens/dist/tokens.css';
import '@mantine/core/styles.css';
import './global.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// Pages are chunks loaded on demand. After a new release the old chunks are gone from the server:
// load the new release once rather than fail on the next page (Vite's documented recovery).
window.addEventListener('vite:preloadError', (event) => {
  const key = 'esurety.reloadedForChunks';
  try {
    if (Date.now() - Number(sessionStorage.getItem(key) ?? 0) < 10_000) return; // just reloaded: let the error show
    sessionStorage.setItem(key, String(Date.now()));
  } catch {
    return; // storage blocked: no loop guard, so no reload
  }
  event.preventDefault();
  window.location.reload();
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
