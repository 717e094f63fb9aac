import { MultiSelectPopover, type MultiSelectOption } from '../../components/multi-select-popover';
import { statusLabel } from '../../components/status-badge';
import { conversationStatuses } from '../../model/conversation';
import { vendorDescriptors } from '../../model/vendor-descriptors';
import { doesNotRateSentence } from '../../model/value-gap';
import type { Facets } from './facets';
import { ratingFilters, type ListFacet, type ListFilters, type RatingFilter } from '../../lib/list-filters';
import type { VendorLoad } from './use-conversations';

export const ratingFilterLabels: Readonly<Record<RatingFilter, string>> = {
  good: 'Good',
  bad: 'Bad',
  neutral: 'Neutral',
  rated: 'Rated',
  unrated: 'Unrated',
  'not-offered': 'Vendor does not rate',
};

/** Vendor, Agent, Tag, Rating and Status: each a button opening a multiple-choice list, in that order. */
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
  // "Vendor does not rate" is a choice only where some vendor in view never rates (or a link chose it).
  const nonRating = vendors.filter((vendor) => !vendorDescriptors[vendor.vendor].capabilities.ratings);
  const ratingChoices = ratingFilters.filter(
    (rating) => rating !== 'not-offered' || nonRating.length > 0 || filters.ratings.includes(rating),
  );
  const menus: ReadonlyArray<{
    facet: ListFacet;
    label: string;
    noun: string;
    searchable?: boolean;
    options: MultiSelectOption[];
  }> = [
    {
      facet: 'vendors',
      label: 'Vendor',
      noun: 'vendors',
      options: vendors.map((vendor) => ({
        value: vendor.vendor,
        label: vendor.label,
        count: facets.vendors.get(vendor.vendor) ?? 0,
      })),
    },
    {
      facet: 'agents',
      label: 'Agent',
      noun: 'agents',
      searchable: true,
      options: facets.agents.map(({ value, count }) => ({ value, label: value, count })),
    },
    {
      facet: 'tags',
      label: 'Tag',
      noun: 'tags',
      searchable: true,
      options: facets.tags.map(({ value, count }) => ({ value, label: value, count })),
    },
    {
      facet: 'ratings',
      label: 'Rating',
      noun: 'ratings',
      options: ratingChoices.map((rating) => ({
        value: rating,
        label: ratingFilterLabels[rating],
        count: facets.ratings.get(rating) ?? 0,
        hint:
          rating === 'not-offered'
            ? nonRating.map((vendor) => doesNotRateSentence(vendor.label)).join('; ')
            : rating === 'unrated' && nonRating.length > 0
              ? 'The visitor gave no rating'
              : undefined,
      })),
    },
    {
      facet: 'statuses',
      label: 'Status',
      noun: 'statuses',
      options: conversationStatuses.map((status) => ({
        value: status,
        label: statusLabel(status),
        count: facets.statuses.get(status) ?? 0,
      })),
    },
  ];

  return (
    <>
      {menus.map(({ facet, ...menu }) => (
        <MultiSelectPopover
          key={facet}
          {...menu}
          selected={filters[facet]}
          onChange={(values) => onChange(facet, values)}
        />
      ))}
    </>
  );
}
