import { dialFromFrance } from '../phone-format';
import { CRM_CSV, type CsvProfile } from '../profile';

/**
 * Pipedrive organisations and their people in one file: a row gives an organisation name and a
 * person name, Pipedrive links them
 * (https://support.pipedrive.com/en/article/importing-mandatory-fields); headers are the field
 * names its import mapping offers ("Organization - Name", "Person - Email"…). The person's e-mail
 * and phone are the contact's, else the organisation's.
 */
export default {
  id: 'pipedrive',
  label: 'profile_pipedrive',
  ...CRM_CSV,
  phone: dialFromFrance,
  preset: [
    ['Organization - Name', 'name'],
    ['Organization - Address', 'fullAddress'],
    ['Organization - Website', 'website'],
    ['Organization - LinkedIn profile', 'linkedin'],
    ['Person - Name', 'contactName'],
    ['Person - Email', 'personEmail'],
    ['Person - Phone', 'personPhone'],
    ['Person - Job title', 'contactRole'],
    ['Note - Content', 'notes'],
  ],
} satisfies CsvProfile;
