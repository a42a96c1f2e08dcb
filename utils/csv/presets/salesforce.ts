import { dialFromFrance } from '../phone-format';
import { CRM_CSV, type CsvProfile } from '../profile';

/**
 * Salesforce accounts, with the labels its Data Import Wizard maps for an account import
 * ("Field Mapping for Other Data Sources and Organization Import", Salesforce Help; the table is
 * reproduced at https://cicorp.com/salesforce/convert/default_field_mapping.htm).
 */
export default {
  id: 'salesforce',
  label: 'profile_salesforce',
  ...CRM_CSV,
  phone: dialFromFrance,
  preset: [
    ['Account Name', 'name'],
    ['Website', 'website'],
    ['Phone', 'phones'],
    ['Billing Street', 'street'],
    ['Billing City', 'city'],
    ['Billing Zip/Postal Code', 'postalCode'],
    ['Billing Country', 'country'],
    ['Description', 'description'],
  ],
} satisfies CsvProfile;
