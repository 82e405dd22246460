import { Provider } from 'react-redux';
import type { AppStore } from '../store';
import { Boot } from './Boot';
import { LocaleProvider } from './LocaleProvider';

export function App({ store }: { store: AppStore }) {
  return (
    <Provider store={store}>
      <LocaleProvider>
        <Boot />
      </LocaleProvider>
    </Provider>
  );
}
