// Entry: loads the UI language first (so no untranslated text flashes), then renders the app.
// First, for its side effect: the search worker starts, so the offline index loads meanwhile.
import './features/offline/start-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n } from './lib/i18n';
import './app/tokens.css';
import './app/app.css';
import './app/layout.css';

await initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
