import { MultiSelectPopover, type MultiSelectOption } from '../../components/multi-select-popover';
import { statusLabel } from '../../components/status-badge';
import { conversationStatuses } from '../../model/conversation';
import type { Facets } from './facets';
import { ratingFilters, type ListFacet, type ListFilters, type RatingFilter } from './list-filters';
import type { VendorLoad } from './use-conversations';

export const ratingFilterLabels: Readonly<Record<RatingFilter, string>> = {
  good: 'Good',
  bad: 'Bad',
  neutral: 'Neutral',
  rated: 'Rated',
  unrated: 'Unrated',
};

/** Vendor, Agent, Tag, Rating and Status: each a button with a small checkbox menu. */
export function FilterMenus({
  filters,
  facets,
  vendors,
  onChange,
}: {
  filters: ListFilters;
  facets: Facets;
  vendors: ReadonlyArray<VendorLoad>;
  onChange: (facet: ListFacet, values: ReadonlyArray<string>) => void;
}) {
  const vendorOptions: MultiSelectOption[] = vendors.map((vendor) => ({
    value: vendor.vendor,
    label: vendor.label,
    count: facets.vendors.get(vendor.vendor) ?? 0,
  }));
  const ratingOptions: MultiSelectOption[] = ratingFilters.map((rating) => ({
    value: rating,
    label: ratingFilterLabels[rating],
    count: facets.ratings.get(rating) ?? 0,
  }));
  const statusOptions: MultiSelectOption[] = conversationStatuses.map((status) => ({
    value: status,
    label: statusLabel(status),
    count: facets.statuses.get(status) ?? 0,
  }));
  const agentOptions = facets.agents.map(({ value, count }) => ({ value, label: value, count }));
  const tagOptions = facets.tags.map(({ value, count }) => ({ value, label: value, count }));

  return (
    <>
      <MultiSelectPopover
        label="Vendor"
        noun="vendors"
        options={vendorOptions}
        selected={filters.vendors}
        onChange={(values) => onChange('vendors', values)}
      />
      <MultiSelectPopover
        label="Agent"
        noun="agents"
        searchable
        options={agentOptions}
        selected={filters.agents}
        onChange={(values) => onChange('agents', values)}
      />
      <MultiSelectPopover
        label="Tag"
        noun="tags"
        searchable
        options={tagOptions}
        selected={filters.tags}
        onChange={(values) => onChange('tags', values)}
      />
      <MultiSelectPopover
        label="Rating"
        noun="ratings"
        options={ratingOptions}
        selected={filters.ratings}
        onChange={(values) => onChange('ratings', values)}
      />
      <MultiSelectPopover
        label="Status"
        noun="statuses"
        options={statusOptions}
        selected={filters.statuses}
        onChange={(values) => onChange('statuses', values)}
      />
    </>
  );
}
