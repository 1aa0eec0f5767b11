import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// GOV.UK's template sets these with an inline script, which the API's CSP forbids.
document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype)
  document.body.classList.add('govuk-frontend-supported');

const container = document.getElementById('app');
if (!container) throw new Error('index.html has no #app element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
