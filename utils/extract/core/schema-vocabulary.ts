import type { OrganisationKind } from '../../model/organisation';

/**
 * schema.org vocabulary shared by JSON-LD and microdata: both are read into plain nodes
 * ({ '@type', '@id', property: value | node | array }), mapped to candidates by schema-org.ts.
 */
export type SchemaNode = { [key: string]: unknown };

/** Types that are never the organisation a page is about. */
export const NOT_ORGANISATION =
  /^(?:WebSite|WebPage|\w+Page|Article|\w+Article|BlogPosting|Blog|BreadcrumbList|ListItem|ItemList|ImageObject|VideoObject|MediaObject|Product|Offer|AggregateOffer|Event|PostalAddress|ContactPoint|Place|GeoCoordinates|GeoShape|SearchAction|\w+Action|Review|Rating|AggregateRating|Question|Answer|HowTo|Recipe|CreativeWork|OpeningHoursSpecification|Person|Country|City|State|Brand|Service|PropertyValue|EntryPoint|SiteNavigationElement|WPHeader|WPFooter|Thing|Language|DefinedTerm|MonetaryAmount|QuantitativeValue|Duration|Course|JobPosting)$/;
export const ORGANISATION =
  /(?:Organization|Organisation|Business|Corporation|NGO|Store|Shop|Agency|Restaurant|Hotel|Dentist|Physician|Attorney|Notary|Contractor|Electrician|Plumber|Painter|Locksmith|Bakery|Salon|Spa|Gym|Club|School|University|Library|Museum|Winery|Brewery|Florist|Clinic|Pharmacy|Consortium|Union|Party|Group|Establishment|Center|Centre|Cafe|CafeOrCoffeeShop|Bar|Farm|Office)$|\wService$/;
/** Keys under which an organisation is someone else: the agency, the parent, a sponsor. */
export const FOREIGN_KEYS = new Set([
  'creator',
  'author',
  'contributor',
  'provider',
  'sourceOrganization',
  'sponsor',
  'funder',
  'parentOrganization',
  'memberOf',
  'subOrganization',
  'brand',
  'manufacturer',
  'seller',
  'alumniOf',
  'worksFor',
  'affiliation',
  'owns',
  'department',
  'producer',
  'translator',
]);
export const OWNER_KEYS = new Set([
  'publisher',
  'about',
  'mainEntity',
  'copyrightHolder',
  'mainEntityOfPage',
]);

export const typesOf = (node: SchemaNode): string[] =>
  ([] as unknown[])
    .concat(node['@type'] ?? [])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/)?schema\.org\//, ''));

export const isOrganisation = (node: SchemaNode) =>
  typesOf(node).some((t) => ORGANISATION.test(t) && !NOT_ORGANISATION.test(t)) ||
  (typesOf(node).length > 0 &&
    typesOf(node).every((t) => !NOT_ORGANISATION.test(t)) &&
    ('address' in node || 'telephone' in node) &&
    'name' in node);

/** What a schema.org type says about the kind of organisation, and how surely. */
export const KIND_OF_TYPE: [RegExp, OrganisationKind, number][] = [
  [
    /^GovernmentOrganization$|^(?:GovernmentOffice|CityHall|Courthouse|PoliceStation|FireStation)$/,
    'public-body',
    0.85,
  ],
  [/^NGO$/, 'association', 0.75],
  [/^Person$/, 'independent', 0.7],
  [/^Corporation$/, 'company', 0.6],
];
