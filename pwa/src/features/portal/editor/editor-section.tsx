// One part of the service editor as a section that folds: its title, a one-line summary of its
// current value, and whether it has unsaved changes or an error, so the whole listing fits on a
// phone screen and the editor opens only the part they came to change.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDown } from 'lucide-react';
import { Icon } from '../../../components/icon';

interface Props {
  id: string;
  title: string;
  /** The value written out, shortened to its first line. */
  summary: string;
  isOpen: boolean;
  onToggle: (isOpen: boolean) => void;
  isChanged: boolean;
  hasError: boolean;
  children: ReactNode;
}

export function EditorSection({ id, title, summary, isOpen, onToggle, isChanged, hasError, children }: Props) {
  const { t } = useTranslation('editor');
  return (
    <details
      id={id}
      className={hasError ? 'editor-section has-error' : 'editor-section'}
      open={isOpen}
      onToggle={(event) => {
        // React fires this for its own `open` changes too; only a change of state matters.
        if (event.currentTarget.open !== isOpen) onToggle(event.currentTarget.open);
      }}
    >
      <summary>
        <span className="section-heading">
          <span className="section-title">{title}</span>
          {hasError && <span className="section-flag section-flag-error">{t('page.sectionHasError')}</span>}
          {!hasError && isChanged && <span className="section-flag">{t('page.sectionChanged')}</span>}
        </span>
        {!isOpen && (
          <span className="section-summary" dir="auto">
            {summary}
          </span>
        )}
        <Icon icon={ChevronDown} className="section-chevron" />
      </summary>
      <div className="section-body">{children}</div>
    </details>
  );
}
