import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api';
import { App } from './App';
import { SignIn } from './screens/SignIn';
import { SessionGate } from './session';
import './styles.css';

const client = new QueryClient({
  defaultOptions: {
    queries: {
      // Live events mark data stale; a short staleTime only avoids refetching on every remount.
      staleTime: 5_000,
      // A refusal (4xx) is an answer, not a glitch: do not retry it.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500),
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <SessionGate signIn={(props) => <SignIn {...props} />}>
        <App />
      </SessionGate>
    </QueryClientProvider>
  </StrictMode>,
);
