// Server data through TanStack Query. Searches are cheap and change with every keystroke, so they
// stay fresh briefly; offline the features answer from the device instead of retrying the network.
import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failureCount) => navigator.onLine && failureCount < 2,
      refetchOnWindowFocus: false,
      networkMode: 'always',
    },
  },
});
