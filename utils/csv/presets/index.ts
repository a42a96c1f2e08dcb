/** The CSV presets, one file each; `npm run new -- csv-preset NAME` adds one here. */
import type { ProfileId } from '../ids';
import type { CsvProfile } from '../profile';
import excelFr from './excel-fr';
import hubspot from './hubspot';
import hubspotContacts from './hubspot-contacts';
import pipedrive from './pipedrive';
import rfc4180 from './rfc4180';
import salesforce from './salesforce';
import salesforceLeads from './salesforce-leads';

export const PROFILES: Record<ProfileId, CsvProfile> = {
  'excel-fr': excelFr,
  rfc4180,
  hubspot,
  'hubspot-contacts': hubspotContacts,
  pipedrive,
  salesforce,
  'salesforce-leads': salesforceLeads,
};
