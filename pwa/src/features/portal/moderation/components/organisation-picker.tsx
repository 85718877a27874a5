// Finding an organisation by typing part of its name, then choosing it from a list: the invite form
// (for a moderator) and the claim form (for anyone logged in) share it, each with its own words.
// The state lives in useOrganisationChoice, so the form can validate, send and reset the choice.
import { type Ref, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureOf } from '../../api/portal-client';
import { failureMessage } from '../../components/failure-message';
import { type OrganisationOption, useOrganisationSearch } from '../api/invitations';
import { InputField, SelectField } from './fields';

export interface OrganisationChoice {
  search: string;
  setSearch: (search: string) => void;
  /** The chosen organisation, or undefined: a choice the current search no longer lists is none. */
  chosen: OrganisationOption | undefined;
  choose: (id: string) => void;
  /** The organisations the search finds (the first page of them). */
  results: ReturnType<typeof useOrganisationSearch>;
}

export function useOrganisationChoice(): OrganisationChoice {
  const [search, setSearch] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  // Typing stays quick; the list follows when the user pauses.
  const results = useOrganisationSearch(useDeferredValue(search.trim()));
  return {
    search,
    setSearch,
    chosen: results.data?.items.find((o) => o.id === organisationId),
    choose: setOrganisationId,
    results,
  };
}

export interface OrganisationPickerLabels {
  search: string;
  searchHint: string;
  organisation: string;
  placeholder: string;
  noneFound: string;
  /** When the search matches more organisations than the list shows. */
  more: (count: number) => string;
}

interface Props {
  choice: OrganisationChoice;
  labels: OrganisationPickerLabels;
  error?: string | null;
  ref?: Ref<HTMLSelectElement>;
}

export function OrganisationPicker({ choice, labels, error, ref }: Props) {
  const { t } = useTranslation('portal');
  const { data, error: searchError } = choice.results;
  const found = data?.items ?? [];
  const more = data ? data.total - found.length : 0;
  // A failed search (no connection, …) says why the list stays empty.
  const hint = searchError
    ? failureMessage(t, failureOf(searchError))
    : data && found.length === 0
      ? labels.noneFound
      : more > 0
        ? labels.more(more)
        : undefined;
  return (
    <>
      <InputField label={labels.search} type="search" hint={labels.searchHint} value={choice.search} onChange={choice.setSearch} />
      <SelectField
        ref={ref}
        label={labels.organisation}
        placeholder={labels.placeholder}
        options={found.map((o) => ({ value: o.id, label: o.name }))}
        value={choice.chosen?.id ?? ''}
        onChange={choice.choose}
        hint={hint}
        error={error}
      />
    </>
  );
}
