// District or wijk: the level the figures are counted at.
import { useTranslation } from 'react-i18next';
import type { AreaLevel } from '../api/coverage';

export function LevelSwitch({ level, onChange }: { level: AreaLevel; onChange: (level: AreaLevel) => void }) {
  const { t } = useTranslation('insights');
  return (
    <div className="view-switch level-switch" role="group" aria-label={t('coverage.level')}>
      {(['district', 'wijk'] as const).map((option) => (
        <button key={option} type="button" className="chip-toggle" aria-pressed={level === option} onClick={() => onChange(option)}>
          {t(`coverage.levels.${option}`)}
        </button>
      ))}
    </div>
  );
}
