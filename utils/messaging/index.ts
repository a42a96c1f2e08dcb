/**
 * The one message protocol between the extension's pages, its content scripts and the background:
 * the messages and their schemas (protocol.ts), asking (send.ts), answering (dispatch.ts).
 */
export * from './protocol';
export * from './errors';
export * from './send';
export * from './dispatch';
