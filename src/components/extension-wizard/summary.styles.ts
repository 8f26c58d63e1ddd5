import { css } from 'lit';

/** The summary step's answer lists: loaded with the summary. */
export const summaryStyles = css`
  [part~='summary'] [role='status'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  /* one label column for all entries of a list (each entry a subgrid row), so the values line up */
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 0.75rem;
  }
  dl > div {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  dt {
    /* (a long key wraps rather than widening every entry's label) */
    max-width: 16rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* on a phone the 8rem label column left the values a few characters wide: stack them */
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  ul[part~='answer-list'] {
    margin: 0;
    padding-left: 1.25rem;
  }
`;
