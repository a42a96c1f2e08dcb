import { MessageError } from './messaging/errors';
import { t } from './i18n';

/** What to tell the user when a request to the background failed. */
export function errorMessage(error: unknown): string {
  if (error instanceof MessageError) return t(error.code);
  return t('errorNoConnection');
}
