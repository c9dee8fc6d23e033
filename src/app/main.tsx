import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Placeholder entry: the explorer replaces it.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <p>Backchannel</p>
    </StrictMode>,
  );
}
