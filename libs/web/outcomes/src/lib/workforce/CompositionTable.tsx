import { Table, ScrollableTable } from '@pathways/web-ui';
import { compositionCells, type CompositionTableLike } from './composition-rows';

export interface CompositionTableProps {
  caption: string;
  /** The heading of the first column, e.g. "Grade". */
  category: string;
  table: CompositionTableLike;
}

/** SEB make-up of each category: counts with shares of classifiable people, and declaration. */
export function CompositionTable({ caption, category, table }: CompositionTableProps) {
  return (
    <ScrollableTable label={caption}>
      <Table
        caption={caption}
        captionSize="s"
        firstCellIsHeader
        head={[
          { content: category },
          { content: 'Higher (professional)', numeric: true },
          { content: 'Intermediate', numeric: true },
          { content: 'Lower', numeric: true },
          { content: 'Not classifiable or not declared', numeric: true },
          { content: 'Total', numeric: true },
          { content: 'Declaration rate', numeric: true },
        ]}
        rows={[...table.rows, { ...table.total, label: 'All' }].map((row) => {
          const cells = compositionCells(row);
          return [
            { content: cells.label },
            { content: cells.professional, numeric: true },
            { content: cells.intermediate, numeric: true },
            { content: cells.lower, numeric: true },
            { content: cells.unknown, numeric: true },
            { content: cells.total, numeric: true },
            { content: cells.declarationRate, numeric: true },
          ];
        })}
      />
    </ScrollableTable>
  );
}
