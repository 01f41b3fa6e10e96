import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './features/App/App';
import './styles/app.css';
import './styles/actions.css';
import './styles/screens.css';
import './styles/timeline.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
