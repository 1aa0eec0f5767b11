import type { ReactNode } from 'react';
import { classNames } from '../utils/class-names';

export interface TableCell {
  content: ReactNode;
  /** Right-aligns the cell and uses tabular numbers so columns of figures line up. */
  numeric?: boolean;
  colSpan?: number;
}

export interface TableProps {
  caption?: ReactNode;
  captionSize?: 's' | 'm' | 'l' | 'xl';
  head?: TableCell[];
  rows: TableCell[][];
  /** Makes each row's first cell its header (scope="row"). */
  firstCellIsHeader?: boolean;
}

export function Table({ caption, captionSize, head, rows, firstCellIsHeader = false }: TableProps) {
  return (
    <table className="govuk-table">
      {caption && (
        <caption
          className={classNames(
            'govuk-table__caption',
            captionSize && `govuk-table__caption--${captionSize}`,
          )}
        >
          {caption}
        </caption>
      )}
      {head && (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, index) => (
              <th
                key={index}
                scope="col"
                colSpan={cell.colSpan}
                className={classNames(
                  'govuk-table__header',
                  cell.numeric && 'govuk-table__header--numeric',
                )}
              >
                {cell.content}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="govuk-table__row">
            {row.map((cell, index) =>
              firstCellIsHeader && index === 0 ? (
                <th
                  key={index}
                  scope="row"
                  colSpan={cell.colSpan}
                  className={classNames(
                    'govuk-table__header',
                    cell.numeric && 'govuk-table__header--numeric',
                  )}
                >
                  {cell.content}
                </th>
              ) : (
                <td
                  key={index}
                  colSpan={cell.colSpan}
                  className={classNames(
                    'govuk-table__cell',
                    cell.numeric && 'govuk-table__cell--numeric',
                  )}
                >
                  {cell.content}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
