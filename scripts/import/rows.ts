/**
 * The research rows an import step used, by file and JSON pointer ("criteria.json#/PAPI/dimensions/0"): the
 * manifest's counts come from here, so they follow the code instead of being typed beside it.
 */
export interface RowCount {
  file: string;
  kind: 'json';
  rows_read: number;
  rows_placed: number;
  rows_skipped: { row: string; reason: string }[];
}

export class RowLedger {
  private readonly placed = new Set<string>();
  private readonly skipped = new Map<string, string>();

  /** A row that reached the output (counted once however often it is read). */
  place<T>(row: string, value: T): T {
    this.placed.add(row);
    return value;
  }

  /** Every element of an array row, as `<pointer>/<i>`. */
  placeEach<T>(pointer: string, values: T[]): T[] {
    values.forEach((_, i) => this.placed.add(`${pointer}/${i}`));
    return values;
  }

  skip(row: string, reason: string): void {
    this.skipped.set(row, reason);
  }

  has(row: string): boolean {
    return this.placed.has(row) || this.skipped.has(row);
  }

  /** Per file, in the order first met: rows read = rows placed + rows skipped. */
  counts(): RowCount[] {
    const fileOf = (row: string) => row.slice(0, row.indexOf('#'));
    const files = [...new Set([...this.placed, ...this.skipped.keys()].map(fileOf))];
    return files.map((file) => {
      const placed = [...this.placed].filter((r) => fileOf(r) === file).length;
      const rows_skipped = [...this.skipped].filter(([r]) => fileOf(r) === file).map(([row, reason]) => ({ row, reason }));
      return { file, kind: 'json', rows_read: placed + rows_skipped.length, rows_placed: placed, rows_skipped };
    });
  }
}
