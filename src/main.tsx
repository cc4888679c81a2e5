import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createAppServices } from './app-services.ts';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Built here, once, outside React: StrictMode's second render must not make a second speech engine.
const services = createAppServices();

createRoot(root).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
