// First: a share link in the address starts decoding while the rest of the studio loads.
import './start-link';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './canvas/flow-styles';
import './index.css';
import { App } from './app/app';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
