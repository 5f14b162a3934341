import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/shared/base.css';
import './style.css';
import { loadPopupStart } from '@/components/popup/usePopupData';
import { App } from './App';

// Asked for before the first render, so the worker's and storage's replies arrive while React
// renders and commits the loading state rather than after its effects have run.
const started = loadPopupStart(location.search);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App search={location.search} started={started} />
    </StrictMode>,
  );
}
