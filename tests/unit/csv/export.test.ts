import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { prospectsToCsv } from '@/utils/csv/export';
import { PROFILE_IDS, PROFILES } from '@/utils/csv/profiles';
import { sampleProspects } from './samples';

describe('CSV export profiles', () => {
  // A new preset's golden file is written, for review, by `vitest run … -u`.
  it.each(PROFILE_IDS)('%s matches its golden file byte for byte', async (id) => {
    await expect(prospectsToCsv(sampleProspects, PROFILES[id])).toMatchFileSnapshot(
      `../../fixtures/csv/golden/${id}.csv`,
    );
  });

  it('excel-fr: UTF-8 BOM, semicolons, CRLF, French dates and labels', () => {
    const csv = prospectsToCsv(sampleProspects, PROFILES['excel-fr']);
    expect(csv.startsWith('\uFEFFNom;Site web;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' }).data;
    const header = records[0]!;
    const lumen = records[1]!;
    expect(lumen[header.indexOf('Relance')]).toBe('01/12/2026');
    expect(lumen[header.indexOf('Statut')]).toBe('À contacter');
    // Digits a spreadsheet would turn into numbers are written as text constants.
    expect(lumen[header.indexOf('Téléphones')]).toBe('="04 78 00 00 00"');
    expect(lumen[header.indexOf('Code postal')]).toBe('="69001"');
    expect(records[3]![header.indexOf('SIREN')]).toBe('="732 829 320"');
    expect(records[3]![header.indexOf('Adéquation')]).toBe('Excellente cible');
    expect(records[3]![header.indexOf('Score')]).toBe('82');
  });

  it('rfc4180 and the CRM presets: comma, CRLF, no BOM, ISO dates', () => {
    for (const id of PROFILE_IDS.filter((p) => p !== 'excel-fr')) {
      const csv = prospectsToCsv(sampleProspects, PROFILES[id]);
      expect(csv.charCodeAt(0)).not.toBe(0xfeff);
      expect(csv.split('\r\n')[0]!.split(',').length).toBeGreaterThan(5);
    }
    expect(prospectsToCsv(sampleProspects, PROFILES.rfc4180)).toContain(',2026-12-01,');
    expect(prospectsToCsv(sampleProspects, PROFILES.hubspot).split('\r\n')[0]).toMatch(
      /^Company name,Company Domain Name,/,
    );
    expect(prospectsToCsv(sampleProspects, PROFILES.salesforce).split('\r\n')[0]).toMatch(
      /^Account Name,Website,Phone,Billing Street,/,
    );
  });

  it('writes the columns the user chose, in that order', () => {
    const csv = prospectsToCsv(sampleProspects.slice(0, 1), PROFILES.rfc4180, ['city', 'name']);
    expect(csv).toBe('City,Name\r\nLyon,Atelier Lumen\r\n');
  });

  it('guards every cell that a spreadsheet would run as a formula', () => {
    for (const id of PROFILE_IDS) {
      const profile = PROFILES[id];
      const csv = prospectsToCsv(sampleProspects, profile).replace(/^\uFEFF/, '');
      const cells = Papa.parse<string[]>(csv, { delimiter: profile.delimiter }).data.flat();
      // A text constant written from validated characters is the one formula allowed.
      const dangerous = cells.filter(
        (c) => /^[=+\-@\t\r]/.test(c) && !/^="[0-9A-Za-z +.,()]+"$/.test(c),
      );
      expect(dangerous, id).toEqual([]);
      expect(cells.some((c) => c.startsWith("'=HYPERLINK"))).toBe(true);
    }
  });

  it('CRM presets: phones dialable from France with no apostrophe; e-mail falls back to the organisation', () => {
    const alone = { ...sampleProspects[0]!, contacts: [] };
    const foreign = {
      ...sampleProspects[0]!,
      organisation: {
        ...sampleProspects[0]!.organisation,
        phones: [
          {
            value: '+41225550000',
            display: '+41 22 555 00 00',
            source: 'tel' as const,
            confidence: 1,
          },
        ],
      },
    };
    const rows = (id: (typeof PROFILE_IDS)[number]) =>
      Papa.parse<Record<string, string>>(prospectsToCsv([alone, foreign], PROFILES[id]), {
        header: true,
      }).data;
    expect(rows('pipedrive')[0]).toMatchObject({
      'Person - Email': 'contact@atelier-lumen.fr',
      'Person - Phone': '04 78 00 00 00',
    });
    expect(rows('hubspot')[1]!['Phone Number']).toBe('00 41 22 555 00 00');
    expect(rows('salesforce-leads')[0]).toMatchObject({
      Company: 'Atelier Lumen',
      Email: 'contact@atelier-lumen.fr',
      'Lead Status': 'Open - Not Contacted',
    });
    for (const id of PROFILE_IDS.filter((p) => PROFILES[p].preset)) {
      const csv = prospectsToCsv(sampleProspects, PROFILES[id]);
      expect(csv, id).not.toMatch(/'\+|'0/);
    }
  });
});
