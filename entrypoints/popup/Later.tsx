/**
 * What the popup's first screen does not show, loaded after it: the rest of the card's fields,
 * the details found, the national directory, notes, tags and contacts.
 */
import { ContactsEditor } from '@/components/ContactsEditor';
import { NotesFields } from '@/components/EditsForm';
import { EnrichmentStatus } from '@/components/EnrichmentStatus';
import { DraftFields } from '@/components/FieldEditor';
import { OrganisationDetails } from '@/components/OrganisationDetails';
import { RegistryCard } from '@/components/RegistryCard';
import { TagsInput } from '@/components/TagsInput';
import type { EnrichmentState } from '@/components/useEnrichment';
import { savedColumns } from '@/components/export-columns';
import type { OrganisationDraft, SingleTextField } from '@/utils/model/organisation';
import type { ProspectEdits } from '@/utils/model/prospect';

export { savedColumns };

interface Props {
  draft: OrganisationDraft;
  edited: ReadonlySet<SingleTextField>;
  onInput(field: SingleTextField, value: string): void;
  onMatch(draft: OrganisationDraft): void;
  edits: ProspectEdits;
  onEdits(edits: ProspectEdits): void;
  enrichment: { state: EnrichmentState; cancel(): void };
}

export function Later({ draft, edited, onInput, onMatch, edits, onEdits, enrichment }: Props) {
  return (
    <>
      <EnrichmentStatus state={enrichment.state} onCancel={enrichment.cancel} />
      <DraftFields
        draft={draft}
        edited={edited}
        onInput={onInput}
        fields={['website', 'description', 'logo', 'language']}
      />
      <OrganisationDetails draft={draft} />
      <RegistryCard draft={draft} edited={edited} onMatch={onMatch} />
      <NotesFields edits={edits} onChange={onEdits} />
      <TagsInput value={edits.tags} onChange={(tags) => onEdits({ ...edits, tags })} />
      <ContactsEditor
        value={edits.contacts}
        onChange={(contacts) => onEdits({ ...edits, contacts })}
      />
    </>
  );
}
