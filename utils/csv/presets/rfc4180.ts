import { CRM_CSV, type CsvProfile } from '../profile';

/** The standard itself: comma, CRLF, UTF-8 without BOM. */
export default { id: 'rfc4180', label: 'profile_rfc4180', ...CRM_CSV } satisfies CsvProfile;
