import type { Status } from '../../model/prospect';
import { dialFromFrance } from '../phone-format';
import { CRM_CSV, type CsvProfile } from '../profile';

/** HubSpot's default "Lead status" options. */
const LEAD_STATUS: Record<Status, string> = {
  'to-qualify': 'New',
  'to-contact': 'Open',
  contacted: 'Attempted to contact',
  'follow-up': 'In progress',
  meeting: 'Connected',
  client: 'Open deal',
  'not-for-me': 'Unqualified',
};

/**
 * HubSpot contacts: a contact needs First name, Last name and Email, and a header that is a
 * property's label maps by itself: https://knowledge.hubspot.com/crm-setup/set-up-your-import-file
 * The e-mail and phone are the contact's, else the organisation's.
 */
export default {
  id: 'hubspot-contacts',
  label: 'profile_hubspot_contacts',
  ...CRM_CSV,
  phone: dialFromFrance,
  preset: [
    ['First name', 'contactFirstName'],
    ['Last name', 'contactLastName'],
    ['Email', 'personEmail'],
    ['Phone number', 'personPhone'],
    ['Job title', 'contactRole'],
    ['Company name', 'name'],
    ['Website URL', 'website'],
    ['Street address', 'street'],
    ['City', 'city'],
    ['Postal code', 'postalCode'],
    ['Country/Region', 'country'],
    ['Lead status', (p) => LEAD_STATUS[p.status]],
  ],
} satisfies CsvProfile;
