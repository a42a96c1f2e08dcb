import { dialFromFrance } from '../phone-format';
import { CRM_CSV, type CsvProfile } from '../profile';

/**
 * HubSpot companies. HubSpot maps a column whose header is a property's label, case aside, and
 * needs "Company domain name" for companies:
 * https://knowledge.hubspot.com/crm-setup/set-up-your-import-file
 */
export default {
  id: 'hubspot',
  label: 'profile_hubspot',
  ...CRM_CSV,
  phone: dialFromFrance,
  preset: [
    ['Company name', 'name'],
    ['Company Domain Name', 'domain'],
    ['Website URL', 'website'],
    ['Phone Number', 'phones'],
    ['Street Address', 'street'],
    ['City', 'city'],
    ['Postal Code', 'postalCode'],
    ['Country/Region', 'country'],
    ['Description', 'description'],
    ['LinkedIn Company Page', 'linkedin'],
  ],
} satisfies CsvProfile;
