// First: schemas are built as their modules load, and must be built without eval.
import './zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { SessionProvider } from './features/auth/session';
import { SessionDataProvider } from './features/auth/SessionData';
import { LanguageProvider } from './i18n/language';
import { registerServiceWorker } from './serviceWorker';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <LanguageProvider>
      <SessionProvider>
        <SessionDataProvider>
          <App />
        </SessionDataProvider>
      </SessionProvider>
    </LanguageProvider>
  </StrictMode>,
);

registerServiceWorker();
