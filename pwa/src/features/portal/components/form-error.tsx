// The error of a whole form (wrong credentials, a wait, no connection): shown above the fields
// and given focus, so keyboard and screen-reader users land on it after submitting. `attempt`
// moves focus again when the same error comes back on the next try.
import { useEffect, useRef } from 'react';

export function FormError({ message, attempt }: { message: string | null; attempt: number }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, attempt]);
  if (!message) return null;
  return (
    <p ref={ref} tabIndex={-1} className="notice notice-error portal-form-error" data-testid="form-error">
      {message}
    </p>
  );
}
