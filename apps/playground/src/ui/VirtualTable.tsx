import { useVirtualizer } from "@tanstack/react-virtual";
import { type HTMLAttributes, type ReactNode, memo, useRef } from "react";

/** One column of a {@link VirtualTable}. */
export interface Column<T> {
  key: string;
  header: ReactNode;
  /** `num`, `mono`, `note`, ... as the results table styles them. */
  className?: string;
  cell(row: T): ReactNode;
}

/**
 * A table that renders only the rows in view (@tanstack/react-virtual), so thousands of rows
 * cost what a screenful does: the scroll box has a fixed height, and spacer rows above and
 * below stand for the rows not drawn. Columns are data: a caller adds its own (e.g. actions).
 */
export function VirtualTable<T>(props: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey(row: T): string;
  /** Extra attributes of a row's `<tr>` (data-* for tests and styles). */
  rowProps?(row: T): HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
  empty: ReactNode;
  testId: string;
  /** The scroll box's height in px. */
  height?: number;
  /** Bumped when rows change in place, so visible rows redraw. */
  version?: number;
}) {
  const { rows, columns, height = 480 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 33,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div
      className="table-scroll virtual"
      ref={scroller}
      style={{ maxHeight: height, overflowY: "auto" }}
      data-testid={`${props.testId}-scroll`}
    >
      <table className="results" data-testid={props.testId} data-rows={rows.length}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="empty">
                {props.empty}
              </td>
            </tr>
          ) : (
            <>
              {top > 0 && <tr aria-hidden style={{ height: top }} />}
              {items.map((item) => {
                const row = rows[item.index] as T;
                return (
                  <Row
                    key={props.rowKey(row)}
                    row={row}
                    columns={columns}
                    attrs={props.rowProps?.(row)}
                    version={props.version ?? 0}
                  />
                );
              })}
              {bottom > 0 && <tr aria-hidden style={{ height: bottom }} />}
            </>
          )}
        </tbody>
      </table>
    </div>
  );
}

const Row = memo(function Row<T>(props: {
  row: T;
  columns: readonly Column<T>[];
  attrs: HTMLAttributes<HTMLTableRowElement> | undefined;
  version: number;
}) {
  return (
    <tr {...props.attrs}>
      {props.columns.map((c) => (
        <td key={c.key} className={c.className}>
          {c.cell(props.row)}
        </td>
      ))}
    </tr>
  );
}) as <T>(props: {
  row: T;
  columns: readonly Column<T>[];
  attrs: HTMLAttributes<HTMLTableRowElement> | undefined;
  version: number;
}) => ReactNode;
