import { css } from 'lit';

/**
 * The styles of table-view.ts: filter bar, table, rows with their controls, the card layout for
 * narrow widths, and the states besides loading. Part of the table's static styles.
 */
export const tableViewStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 500;
  }
  .field input,
  .field select {
    font-weight: 400;
    min-width: 14rem;
  }
  .state p {
    margin: 0.25rem 0;
  }
  /* its margins: .state p and [part~='error'] p (every title is in one of them) */
  .state-title {
    font-weight: 600;
    color: var(--devreg-color-text, #1f2328);
  }
  [part~='error'] p {
    margin: 0 0 0.5rem;
  }
  .progress {
    color: var(--devreg-color-text-muted, #57606a);
    margin: 0;
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }

  /* the table: a scroll container holding a sticky header and the virtualized body; the grid
     tracks: the tenant column in a management tenant (.tenant), actions for an admin (.admin) */
  .table {
    position: relative;
    overflow: auto;
    max-height: var(--devreg-registration-table-max-height, 32rem);
    /* a control focused from the keyboard is scrolled into view below the sticky headers, not
       under them: here when the table scrolls itself (about the headers' height), through the
       controls' scroll-margin when the page does (sticky-header.ts measures them) */
    scroll-padding-top: var(--_header-space, 3rem);
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
    background: var(--devreg-color-surface, #fff);
    --_columns: var(--devreg-registration-table-id-column, minmax(9rem, 2fr))
      /* wide enough for the longest status badge ("Waiting for connection") without truncation */
      var(--devreg-registration-table-status-column, minmax(13.5rem, 1.4fr))
      var(--devreg-registration-table-date-column, minmax(12.5rem, 1.2fr))
      var(--devreg-registration-table-group-column, minmax(6rem, 1fr)) var(--_tenant,) var(--_actions,);
  }
  .header,
  .body {
    width: max(100%, var(--devreg-registration-table-min-width, 52rem));
    /* never narrower than the columns' minimums, or the rows overflow their own background */
    min-width: min-content;
  }
  .header {
    position: sticky;
    top: 0;
    z-index: 1;
    /* not a margin: how far below the top of the scrolled area the headers of a table that grows
       with the page stay (a host's fixed top bar), read in pixels by sticky-header.ts */
    scroll-margin-top: var(--devreg-registration-table-sticky-top, 0px);
    background: var(--devreg-registration-table-header-background, var(--devreg-color-surface-muted, #f6f8fa));
    border-bottom: 1px solid var(--devreg-color-border-strong, #8c959f);
    font-weight: 600;
  }
  .tenant {
    --_tenant: var(--devreg-registration-table-tenant-column, minmax(6rem, 1fr));
  }
  .admin {
    --_actions: var(--devreg-registration-table-actions-column, minmax(19rem, 2.6fr));
  }
  [role='row'] {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
  }
  .body [role='row'] {
    /* a row's layout never changes another's: what a scroll renders anew is laid out alone */
    contain: layout style;
    width: 100%;
    min-height: var(--devreg-registration-table-row-min-height, 3rem);
    border-bottom: var(--devreg-registration-table-row-border, 1px solid var(--devreg-color-border, #d0d7de));
    background: var(--devreg-color-surface, #fff);
  }
  .body [role='row'].pending {
    background: var(--devreg-registration-table-pending-background, var(--devreg-color-warning-surface, #fffaeb));
  }
  .body [role='row']:hover {
    background: var(--devreg-registration-table-row-hover-background, var(--devreg-color-surface-muted, #f6f8fa));
  }
  [role='cell'],
  [role='columnheader'] {
    padding: var(--devreg-registration-table-cell-padding, 0.5rem 0.75rem);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* the Device ID stays in sight while a table narrower than its columns scrolls sideways: the
     operator sees which device a token or an action is for (over the row's own background) */
  [role='row'] > :first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: inherit;
  }
  .header [role='row'] {
    background: inherit;
  }
  .device-id {
    font-family: var(--devreg-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  }
  /* one line, so every row without an error message is equally tall: the virtualizer's size
     estimate is then exact and a long jump needs no correction (no long frames) */
  .controls {
    display: flex;
    gap: 0.375rem;
    align-items: center;
  }
  .controls button {
    flex: none;
  }
  .body :is(button, input) {
    scroll-margin-top: var(--_header-space, 0px);
  }
  .token {
    display: inline-flex;
    align-items: center;
    min-width: 0;
  }
  .token input {
    width: 9rem;
    min-width: 3rem;
    flex: 0 1 auto;
    border-top-right-radius: 0;
    border-bottom-right-radius: 0;
  }
  .token button {
    border-left: 0;
    border-top-left-radius: 0;
    border-bottom-left-radius: 0;
    padding: 0.25rem 0.5rem;
  }
  .token button[aria-pressed='true'] {
    background: var(--devreg-color-surface-muted, #f6f8fa);
  }
  .token svg {
    width: 1rem;
    height: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    vertical-align: middle;
  }
  [part~='row-error'] {
    margin-top: 0.25rem;
  }

  /* narrow (a phone): each row is a card of "column name: value" lines, the actions wrap; the
     column headers stay for screen readers, the names in the cells are for the eyes only */
  @container (max-width: 40rem) {
    .header,
    .body {
      width: auto;
      min-width: 0;
    }
    /* (the headers are hidden: nothing to keep a focused control below) */
    .table {
      scroll-padding-top: 0;
    }
    .header {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .body [role='row'] {
      display: block;
      padding: 0.375rem 0;
    }
    [role='cell'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      padding-block: 0.25rem;
    }
    [role='cell']::before {
      content: attr(data-label) / '';
      min-width: 8rem;
      font-weight: 600;
    }
    /* an empty cell (no group) shows no lone column name; it stays a cell for screen readers */
    [role='cell']:empty {
      padding: 0;
    }
    [role='cell']:empty::before {
      content: none;
    }
    .controls {
      flex: 1 1 12rem;
      flex-wrap: wrap;
    }
    [part~='row-error'] {
      flex-basis: 100%;
    }
  }
`;
