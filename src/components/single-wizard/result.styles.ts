import { css } from 'lit';

/** The result step and the "Connect your device" panel: loaded with them, after the first submit. */
export const resultStyles = css`
  .results,
  .connect-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  /* one line of text that wraps where it must: a long device ID or server message stays beside
     its mark (as flex items, a very long ID went to a line of its own below a lone ✕) */
  .results li {
    overflow-wrap: anywhere;
  }
  .results li > * + * {
    margin-inline-start: 0.5rem;
  }
  /* an ID is no prose: it may break between any two characters, so a long one starts at its mark */
  .results [part~='result-id'] {
    word-break: break-all;
  }
  .icon.ok {
    color: var(--devreg-color-success, #1a7f37);
  }
  .connect {
    margin-top: calc(var(--_gap) * 1.5);
    padding-top: var(--_gap);
    border-top: 1px solid var(--devreg-color-border, #d0d7de);
  }
  .connect-request {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0 0 var(--_gap);
  }
  .connect-request dt {
    font-weight: 600;
  }
  .connect-request dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .connect-list {
    gap: var(--_gap);
  }
  .connect-list > li {
    padding: var(--_gap);
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
  }
  .connect-head {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    flex-wrap: wrap;
    overflow-wrap: anywhere;
  }
  pre {
    margin: 0.5rem 0;
    padding: 0.5rem;
    overflow-x: auto;
    border-radius: var(--devreg-radius, 4px);
    background: var(--devreg-single-wizard-code-background, var(--devreg-color-surface-muted, #f6f8fa));
    font-size: 0.8125rem;
  }
  .copy,
  .accept {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
    margin-top: 0.25rem;
  }
`;
