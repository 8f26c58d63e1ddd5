/**
 * The contract between every devreg element and a backend (SPEC 3.5).
 *
 * Every call returns a Promise and takes an optional `AbortSignal` in its last
 * options argument; failures reject with a {@link RegistrationError}.
 * Optional members may be missing: the UI hides what an adapter lacks.
 */
import type { RegistrationError } from './registration-error.js';

/** The statuses a registration request can have (SPEC 2.1). */
export const REGISTRATION_STATUSES = [
  'WAITING_FOR_CONNECTION',
  'PENDING_ACCEPTANCE',
  'ACCEPTED',
  'BLOCKED',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** A type guard for one of the allowed values in `list`. */
function isOneOf<T>(list: readonly T[]): (value: unknown) => value is T {
  return (value): value is T => (list as readonly unknown[]).includes(value);
}

export const isRegistrationStatus = isOneOf(REGISTRATION_STATUSES);

/** Tenant option `device-registration` / `security-token.policy` (SPEC 2.2). */
export const SECURITY_TOKEN_POLICIES = ['IGNORED', 'OPTIONAL', 'REQUIRED'] as const;
export type SecurityTokenPolicy = (typeof SECURITY_TOKEN_POLICIES)[number];

/** The policy to assume when the tenant option cannot be read. */
export const DEFAULT_SECURITY_TOKEN_POLICY: SecurityTokenPolicy = 'OPTIONAL';

export const isSecurityTokenPolicy = isOneOf(SECURITY_TOKEN_POLICIES);

/** A registration request ("new device request"). `securityToken` is write-only and never read back. */
export interface RegistrationRequest {
  /** The device's external ID (serial, IMEI, MAC…). */
  id: string;
  /** One of {@link REGISTRATION_STATUSES}; any other string must be shown neutrally. */
  status: RegistrationStatus | (string & {});
  /** ISO 8601 timestamp. */
  creationTime?: string;
  tenantId?: string;
  /** The user who registered it. */
  owner?: string;
  groupId?: string;
  type?: string;
  self?: string;
}

/** Options every adapter call accepts. */
export interface CallOptions {
  signal?: AbortSignal;
}

export interface ListQuery {
  /** 1-based page number. */
  page: number;
  /** Page size; Cumulocity allows at most 2000. */
  pageSize: number;
}

export interface ListResult {
  requests: RegistrationRequest[];
  page: number;
  pageSize: number;
  /** Known when the backend counts pages. */
  totalPages?: number;
}

export interface CreateRequest {
  id: string;
  groupId?: string;
  tenantId?: string;
  type?: string;
}

export interface AcceptOptions extends CallOptions {
  securityToken?: string;
}

export interface AcceptAllOutcome {
  id: string;
  successful: boolean;
  error?: string;
}

export interface BulkProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes to send. */
  total: number;
}

export interface BulkOptions extends CallOptions {
  onProgress?: (progress: BulkProgress) => void;
}

export const BULK_STATUSES = ['CREATED', 'FAILED', 'CREDENTIAL_UPDATED'] as const;
export type BulkStatus = (typeof BULK_STATUSES)[number];

/** Cumulocity's answer to a bulk upload, unchanged. */
export interface BulkResult {
  numberOfAll: number;
  numberOfCreated: number;
  numberOfFailed: number;
  numberOfSuccessful: number;
  credentialUpdatedList: { bulkNewDeviceStatus: BulkStatus; deviceId: string }[];
  failedCreationList: {
    bulkNewDeviceStatus: BulkStatus;
    deviceId?: string;
    failureReason: string;
    /** The CSV line as sent. */
    line: string;
  }[];
}

export interface DeviceLimit {
  isReached: boolean;
  limit?: number;
}

/** What the current user may do. Reading needs DEVICE_CONTROL_READ; everything else DEVICE_CONTROL_ADMIN. */
export interface Permissions {
  read: boolean;
  admin: boolean;
}

export interface DeviceGroup {
  id: string;
  name: string;
}

export interface Tenant {
  id: string;
  name?: string;
  /** The tenant the user is logged into. */
  current?: boolean;
}

export const EXTENSION_TYPES = ['extensibleDeviceRegistration', 'extensibleBulkDeviceRegistration'] as const;
export type ExtensionType = (typeof EXTENSION_TYPES)[number];

/** A registration form declared by a microservice in its manifest. */
export interface RegistrationExtension {
  name: string;
  type: ExtensionType;
  /** The microservice's context path: its API lives under `/service/<contextPath>/`. */
  contextPath: string;
}

/** A JSON Schema document, as served by a microservice (untrusted). */
export type JsonSchema = Record<string, unknown>;

export interface ExampleFile {
  title: string;
  description?: string;
  url: string;
}

/** `c8y_DeviceRegistration` from `GET /service/<contextPath>/deviceRegistration/metadata`. */
export interface ExtensionMetadata {
  title: string;
  description?: string;
  pages?: JsonSchema[];
  bulk?: { title: string; exampleFileUrls?: ExampleFile[] };
}

/** What an accepted device receives from `POST /devicecontrol/deviceCredentials` (a secret: never log or store it). */
export interface DeviceCredentials {
  id: string;
  tenantId: string;
  username: string;
  password: string;
  self?: string;
}

/** A change pushed to `subscribe` listeners. */
export type RegistrationChange =
  | { type: 'added'; request: RegistrationRequest }
  | { type: 'updated'; request: RegistrationRequest }
  | { type: 'removed'; id: string };

export type RegistrationListener = (change: RegistrationChange) => void;

/**
 * The optional second argument of `subscribe`: how a subscriber learns whether the live updates
 * work. An adapter that cannot fail (it pushes changes it makes itself) may never call either.
 */
export interface SubscribeOptions {
  /**
   * The live updates have stopped working: changes made elsewhere may be missed until
   * `onRecovered`. Called again for each later failed attempt (with its reason) while they do not
   * work. A polling adapter calls it for a poll that failed after its own retries, not for each
   * dropped request.
   */
  onError?: (error: RegistrationError) => void;
  /** They work again after `onError`; the changes missed meanwhile have been pushed by then. */
  onRecovered?: () => void;
}

export interface RegistrationAdapter {
  list(query: ListQuery, options?: CallOptions): Promise<ListResult>;
  create(request: CreateRequest, options?: CallOptions): Promise<RegistrationRequest>;
  accept(id: string, options?: AcceptOptions): Promise<RegistrationRequest>;
  acceptAll(options?: CallOptions): Promise<AcceptAllOutcome[]>;
  remove(id: string, options?: CallOptions): Promise<void>;
  bulkRegister(file: Blob, options?: BulkOptions): Promise<BulkResult>;

  /** Optional: a request by ID (used to check before retrying a create whose answer was lost). */
  get?(id: string, options?: CallOptions): Promise<RegistrationRequest | undefined>;
  getLimit?(options?: CallOptions): Promise<DeviceLimit>;
  getSecurityTokenPolicy?(options?: CallOptions): Promise<SecurityTokenPolicy>;
  getPermissions?(options?: CallOptions): Promise<Permissions>;
  searchGroups?(text: string, options?: CallOptions): Promise<DeviceGroup[]>;
  /**
   * Optional: the groups of these IDs (at most 100 a call), for the table to show their names;
   * IDs of no group the user may read are left out of the answer.
   */
  getGroups?(ids: readonly string[], options?: CallOptions): Promise<DeviceGroup[]>;
  /** Tenants the user may register devices for; empty unless the current tenant is a management tenant. */
  listTenants?(options?: CallOptions): Promise<Tenant[]>;
  /**
   * Status changes, new and removed requests. Returns the unsubscribe function. `options` tells
   * the subscriber when the live updates stop working and when they work again.
   */
  subscribe?(listener: RegistrationListener, options?: SubscribeOptions): () => void;
  listExtensions?(options?: CallOptions): Promise<RegistrationExtension[]>;
  getExtensionMetadata?(extension: RegistrationExtension, lang: string, options?: CallOptions): Promise<ExtensionMetadata>;
  registerWithExtension?(extension: RegistrationExtension, model: unknown, options?: CallOptions): Promise<unknown>;
  bulkRegisterWithExtension?(extension: RegistrationExtension, file: Blob, options?: BulkOptions): Promise<unknown>;
}
