/**
 * zod as every module of Glaneur imports it. Extension pages' content security policy forbids
 * evaluating strings, and zod's test for that (`new Function("")`, run while the first schemas
 * are built) is reported as a CSP violation on every page that loads a schema. Without code
 * generation zod parses the same way; in extension pages it could not generate code anyway.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
