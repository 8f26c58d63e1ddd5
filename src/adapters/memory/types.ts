import type {
  DeviceGroup,
  ExtensionMetadata,
  Permissions,
  RegistrationAdapter,
  RegistrationExtension,
  RegistrationStatus,
  SecurityTokenPolicy,
  Tenant,
} from '../registration-adapter.js';
import type { RegistrationError } from '../registration-error.js';

/** Every adapter method name, plus the device side's `bootstrap`. */
export type MemoryOperation = keyof RegistrationAdapter | 'bootstrap';

/** The optional members of {@link RegistrationAdapter}. */
export type OptionalMethodName = {
  [K in keyof RegistrationAdapter]-?: undefined extends RegistrationAdapter[K] ? K : never;
}[keyof RegistrationAdapter];

/** A failure to inject: an error to throw on every call, or a function deciding per call (gets the call's arguments). */
export type MemoryFailure = RegistrationError | ((...args: unknown[]) => RegistrationError | undefined);

/** A request to start with. */
export interface SeedRequest {
  id: string;
  /** Default `WAITING_FOR_CONNECTION`. */
  status?: RegistrationStatus | (string & {});
  /** ISO 8601; default: now. */
  creationTime?: string;
  groupId?: string;
  tenantId?: string;
  type?: string;
  owner?: string;
  /** The token the device sends (or sent, when seeded as pending) when it calls in. */
  securityToken?: string;
}

/** A server-declared registration form played by the adapter. */
export interface MemoryExtension {
  extension: RegistrationExtension;
  metadata: ExtensionMetadata | ((lang: string) => ExtensionMetadata);
  /** Handles `registerWithExtension`; throw (ideally a RegistrationError) to fail. Default: answers `{}`. */
  register?: (model: unknown) => unknown;
  /**
   * Handles `bulkRegisterWithExtension`. Default: with `bulkRows`, imports the file as
   * `bulkRegister` does by those rules; without, answers `{}`.
   */
  bulkRegister?: (file: Blob) => unknown;
  /**
   * A microservice whose bulk takes Cumulocity's CSV format with rules of its own (as the
   * emulator's demo microservice does): each row is also checked by `checkRow`, and a request
   * without a TYPE gets `defaultType`. Used when there is no `bulkRegister`.
   */
  bulkRows?: BulkRowRules;
}

/** A microservice's own rules for the rows of a bulk file (see `MemoryExtension.bulkRows`). */
export interface BulkRowRules {
  /** The type of a new request whose row has no TYPE. */
  defaultType?: string;
  /** The problems of a row (its values by upper-case column name); any problem fails the row, with them as its reason. */
  checkRow?: (row: Record<string, string>) => string[];
}

export interface MemoryAdapterOptions {
  requests?: SeedRequest[];
  /** Default `OPTIONAL`. */
  securityTokenPolicy?: SecurityTokenPolicy;
  /** Default `{read: true, admin: true}`. */
  permissions?: Permissions;
  /** Maximum number of requests + devices; undefined = no limit. */
  deviceLimit?: number;
  /** Milliseconds added to every call (default 0); aborting during the wait rejects with `aborted`. */
  latency?: number;
  failures?: Partial<Record<MemoryOperation, MemoryFailure>>;
  /**
   * Lost answers: the next `n` successful calls of an operation are carried out (their change is made), then
   * reject with a status-0 `network` error as if the connection dropped before the answer came,
   * e.g. `{bulkRegister: 1, create: 2}`. Applies after `failures` (a call failing there is not applied).
   */
  loseAnswers?: Partial<Record<MemoryOperation, number>>;
  groups?: DeviceGroup[];
  /** Tenants the user may register for; non-empty makes this a management tenant. */
  tenants?: Tenant[];
  /** The current tenant, default `t100`. */
  tenantId?: string;
  /** The current user (the `owner` of created requests), default `admin`. */
  user?: string;
  extensions?: MemoryExtension[];
  /** Token mismatches that block a request, default 3. */
  maxTokenAttempts?: number;
  /** Optional methods this adapter should lack (they become `undefined`). */
  without?: OptionalMethodName[];
}
