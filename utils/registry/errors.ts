/** Why a request to the national directory gave no usable answer; the UI words each code. */
export const REGISTRY_ERRORS = [
  'timeout',
  'network',
  'rate-limited',
  'server',
  'http',
  'malformed',
  'oversized',
  'schema',
  'bad-query',
  'cancelled',
  /** The answer came but the prospect could not be updated (deleted meanwhile, disk full). */
  'not-saved',
  /** The user has not turned the directory on (or withdrew its permission). */
  'disabled',
] as const;
export type RegistryErrorCode = (typeof REGISTRY_ERRORS)[number];

/** Failures worth trying again after a pause. */
export const TRANSIENT: ReadonlySet<RegistryErrorCode> = new Set([
  'timeout',
  'network',
  'rate-limited',
  'server',
]);

export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  constructor(
    readonly code: RegistryErrorCode,
    /** In English, with the detail a developer needs (the CLI prints it). */
    message: string,
    /** For 'rate-limited': how long the server asked to wait, in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
