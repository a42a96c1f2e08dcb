/**
 * The national directory's origin: an optional host permission (wxt.config.ts), asked when the
 * user turns the directory on in the options page. Granted means on; withdrawn means off.
 */
export const REGISTRY_HOSTS = ['https://recherche-entreprises.api.gouv.fr/*'];
