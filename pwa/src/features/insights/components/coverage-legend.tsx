// The choropleth's legend: each class's number (the one printed on the areas), its colour and
// the figures it holds, so the map reads without telling the colours apart.
import { useTranslation } from 'react-i18next';
import type { ValueClass } from '../class-breaks';
import { formatCount, formatRate } from '../format';

interface Props {
  classes: ValueClass[];
  isRate: boolean;
  title: string;
}

export function CoverageLegend({ classes, isRate, title }: Props) {
  const { t, i18n } = useTranslation('insights');
  const format = (value: number) => (isRate ? formatRate(value, i18n.language) : formatCount(value, i18n.language));
  return (
    <div className="coverage-legend" data-testid="coverage-legend">
      <h3>{title}</h3>
      <ol>
        {classes.map((c) => (
          <li key={c.index} data-class={c.index}>
            <span className="legend-swatch" style={{ background: c.colour }} aria-hidden="true">
              <span className="legend-number">{c.index}</span>
            </span>
            <span>
              <span className="visually-hidden">{t('legend.class', { n: c.index })}: </span>
              {c.min === c.max ? format(c.min) : t('legend.range', { min: format(c.min), max: format(c.max) })}
              {c.max === 0 && ` (${t('legend.none')})`}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
