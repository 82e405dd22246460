import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../../shared/api';
import { selectTransport } from './api/transport';
import { App } from './app/App';
import './app/global.css';
import { initI18n } from './i18n';
import { connectChatNotifications } from './pages/chat/notify/chatNotifications';
import { createStore } from './store';
import { connectEvents } from './store/events';

initI18n();

const client = createApiClient(selectTransport());
const store = createStore(client);
connectEvents(client, store.dispatch);
connectChatNotifications(client, store);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
