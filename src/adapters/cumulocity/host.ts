/** What `CumulocityAdapter` shares with its lazily loaded parts (types only). */
import type { RegistrationListener, RegistrationRequest } from '../registration-adapter.js';
import type { HttpClient } from './http.js';

/** What the adapter knows of the list the UI shows. The parts that change it get the object itself. */
export interface ListView {
  readonly listeners: Set<RegistrationListener>;
  /** The last known state of every request the UI has seen, for diffing polls. */
  readonly known: Map<string, RegistrationRequest>;
  /** The pages list() was called for, at `pageSize`. */
  readonly pages: Set<number>;
  pageSize: number;
  /** Bumped when list() starts a new view: a poll under way then drops what it read. */
  epoch: number;
  /** Bumped by every local change; `touched` says when each request last changed locally. */
  version: number;
  readonly touched: Map<string, number>;
}

/** What the calls loaded on first use (`actions.ts`, `groups.ts`, `extensions.ts`) use of the adapter. */
export interface AdapterHost {
  readonly http: HttpClient;
  readonly view: ListView;
}
