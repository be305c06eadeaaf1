/**
 * Makes tables marked data-sortable sortable by any column. The table is complete plain HTML first;
 * this only adds header buttons. Cells may carry data-sort with the value to sort by.
 */
export function makeTablesSortable(): void {
  document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach((table) => {
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    const body = table.tBodies[0];
    if (!body) return;
    headers.forEach((th, col) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = th.textContent ?? '';
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach((h) => h.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const key = (row: HTMLTableRowElement) => {
          const cell = row.cells[col];
          return cell?.dataset['sort'] ?? cell?.textContent?.trim() ?? '';
        };
        const rows = [...body.rows].sort((a, b) => {
          const x = key(a);
          const y = key(b);
          const nx = Number(x);
          const ny = Number(y);
          const cmp = x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y, document.documentElement.lang);
          return ascending ? cmp : -cmp;
        });
        body.append(...rows);
      });
    });
  });
}
