// The outcome of a form that then goes away (a link was mailed, a password was set): a polite
// live region that is always in the page, so its new text is announced, and the text takes the
// focus the vanished submit button had.
import { useEffect, useRef } from 'react';

export function StatusMessage({ message }: { message: string | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <div role="status" aria-live="polite" className="portal-status">
      {message && (
        <p ref={ref} tabIndex={-1} className="notice notice-info">
          {message}
        </p>
      )}
    </div>
  );
}
