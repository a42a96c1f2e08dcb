import { snippet, type Candidate, type Extractor, type TestCase } from './core/candidate';
import { decodeCfEmail, findEmails, isPlausibleEmail, normaliseEmail } from './core/email';
import { findPhones, parseTel } from './core/phone';
import { CREDIT_LEAD } from './core/foreign';

const FAX_LINK = /fax/i;

/** Emails and phones: mailto:/tel: links, Cloudflare-protected addresses, then the text. */
export const contacts: Extractor = {
  id: 'contacts',
  extract(page) {
    const out: Candidate[] = [];
    for (const link of page.links) {
      if (link.foreign) continue;
      const href = link.href.trim();
      if (/^mailto:/i.test(href)) {
        const value = normaliseEmail(href);
        if (value && isPlausibleEmail(value))
          out.push({
            field: 'email',
            value,
            source: 'mailto',
            confidence: 0.85,
            snippet: snippet(href),
          });
      } else if (/^tel:/i.test(href) && !FAX_LINK.test(`${link.lead.slice(-12)} ${link.label}`)) {
        const value = parseTel(href, page.region);
        if (value)
          out.push({
            field: 'phone',
            value,
            display: (link.text || href.slice(4)).slice(0, 40),
            source: 'tel',
            confidence: 0.85,
            snippet: snippet(href),
          });
      } else if (/\/cdn-cgi\/l\/email-protection#/.test(href)) {
        const value = decodeCfEmail(href.split('#')[1] ?? '');
        if (value && isPlausibleEmail(value))
          out.push({
            field: 'email',
            value,
            source: 'mailto',
            confidence: 0.8,
            snippet: 'Cloudflare email protection',
          });
      }
    }
    for (const hex of page.found.cfemails) {
      const value = decodeCfEmail(hex);
      if (value && isPlausibleEmail(value))
        out.push({
          field: 'email',
          value,
          source: 'text',
          confidence: 0.75,
          snippet: 'Cloudflare email protection',
        });
    }
    for (const found of findEmails(page.text)) {
      const before = page.text.slice(Math.max(0, found.index - 60), found.index);
      if (CREDIT_LEAD.test(before.replace(/[:\s(]+$/, ''))) continue;
      out.push({
        field: 'email',
        value: found.value,
        source: 'text',
        confidence: 0.65,
        snippet: snippet(found.raw),
      });
    }
    for (const found of findPhones(page.text, page.region)) {
      out.push({
        field: 'phone',
        value: found.value,
        display: found.display,
        source: 'text',
        confidence: 0.6,
        snippet: snippet(page.text.slice(Math.max(0, found.start - 20), found.end)),
      });
    }
    return out;
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  { page: 'sites/agence-temoignages/index.html', fields: ['email', 'phone'] },
  { page: 'sites/brasserie-liege/index.html', fields: ['email', 'phone'] },
];
