import type { Status } from '../../model/prospect';
import { dialFromFrance } from '../phone-format';
import { CRM_CSV, type CsvProfile } from '../profile';

/** Salesforce's default "Lead Status" picklist values. */
const LEAD_STATUS: Record<Status, string> = {
  'to-qualify': 'Open - Not Contacted',
  'to-contact': 'Open - Not Contacted',
  contacted: 'Working - Contacted',
  'follow-up': 'Working - Contacted',
  meeting: 'Working - Contacted',
  client: 'Closed - Converted',
  'not-for-me': 'Closed - Not Converted',
};

/**
 * Salesforce leads, headed with the import file labels of "Field Mapping for Importing Leads":
 * https://help.salesforce.com/s/articleView?id=xcloud.field_mapping_for_importing_leads.htm
 * (a lead needs Company and Last Name). E-mail and phone are the contact's, else the organisation's.
 */
export default {
  id: 'salesforce-leads',
  label: 'profile_salesforce_leads',
  ...CRM_CSV,
  phone: dialFromFrance,
  preset: [
    ['Company', 'name'],
    ['First Name', 'contactFirstName'],
    ['Last Name', 'contactLastName'],
    ['Title', 'contactRole'],
    ['Email', 'personEmail'],
    ['Phone', 'personPhone'],
    ['Website', 'website'],
    ['Street', 'street'],
    ['City', 'city'],
    ['Postal Code', 'postalCode'],
    ['Country', 'country'],
    ['Description', 'description'],
    ['Lead Status', (p) => LEAD_STATUS[p.status]],
  ],
} satisfies CsvProfile;
