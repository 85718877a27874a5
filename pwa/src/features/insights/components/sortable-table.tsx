// A real <table> whose column headers sort it: each header holds a button, the sorted column
// says so with aria-sort (ascending/descending), a second press turns the order around. Names
// sort by the UI language's collation, figures as numbers; ties keep the rows' given order.
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';

export interface Column<Row> {
  key: string;
  label: string;
  /** What the column sorts on; null sorts last. */
  value: (row: Row) => string | number | null;
  /** What the cell shows; the value by default. */
  render?: (row: Row) => ReactNode;
  isNumeric?: boolean;
  /** The row's header cell (<th scope="row">). */
  isRowHeader?: boolean;
}

interface Props<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  initialSort: { key: string; direction: 'ascending' | 'descending' };
  /** The row shown as selected (aria-selected is for grids; a class and a mark serve a table). */
  selectedKey?: string | null;
  testId?: string;
}

export function SortableTable<Row>({ caption, columns, rows, rowKey, initialSort, selectedKey, testId }: Props<Row>) {
  const { i18n } = useTranslation();
  const [sort, setSort] = useState(initialSort);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    const collator = new Intl.Collator(i18n.language, { numeric: true, sensitivity: 'base' });
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return rows
      .map((row, position) => ({ row, position, value: column.value(row) }))
      .sort((a, b) => {
        if (a.value === null || b.value === null) return a.value === b.value ? a.position - b.position : a.value === null ? 1 : -1;
        const order =
          typeof a.value === 'number' && typeof b.value === 'number'
            ? a.value - b.value
            : collator.compare(String(a.value), String(b.value));
        return order === 0 ? a.position - b.position : order * factor;
      })
      .map((entry) => entry.row);
  }, [rows, columns, sort, i18n.language]);

  const press = (key: string) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: columns.find((c) => c.key === key)?.isNumeric ? 'descending' : 'ascending' },
    );

  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="insights-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const isSorted = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={isSorted ? sort.direction : undefined}
                  className={column.isNumeric ? 'is-numeric' : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => press(column.key)}>
                    <span>{column.label}</span>
                    <Icon icon={isSorted ? (sort.direction === 'ascending' ? ArrowUp : ArrowDown) : ArrowUpDown} />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const key = rowKey(row);
            return (
              <tr key={key} className={key === selectedKey ? 'is-selected' : undefined} data-key={key}>
                {columns.map((column) => {
                  const content = column.render ? column.render(row) : (column.value(row) ?? '–');
                  const className = column.isNumeric ? 'is-numeric' : undefined;
                  return column.isRowHeader ? (
                    <th key={column.key} scope="row" className={className}>
                      {content}
                    </th>
                  ) : (
                    <td key={column.key} className={className}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
