// Server data through TanStack Query. Searches are cheap and change with every keystroke, so they
// stay fresh briefly; offline the features answer from the device instead of retrying the network.
// A 4xx is an answer, not a failure: asking again gives the same answer, so it is never retried.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return navigator.onLine && failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: shouldRetry,
      refetchOnWindowFocus: false,
      networkMode: 'always',
    },
  },
});
