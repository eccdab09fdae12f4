import './ui/styles.css';
import './ui/flat/flat.css';
// First, so that the GPU set-up starts before the rest of the app's script is evaluated.
import './scene/renderer/gpuWarmup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { adoptBoothPath } from './boot/adoptBoothPath';

// The app's module has run (its imports are evaluated first): the bench's "JS start".
performance.mark('pavilion:js-start');
adoptBoothPath();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
