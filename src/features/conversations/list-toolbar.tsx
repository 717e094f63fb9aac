import { useId, useState } from 'react';
import { buttonStyles } from '../../components/button-styles';
import type { ReactNode } from 'react';
import type { Facets } from './facets';
import { FilterMenus } from './filter-menus';
import { activeFilterCount, type ListFacet, type ListFilters } from '../../lib/list-filters';
import { SearchBox } from './search-box';
import type { VendorLoad } from './use-conversations';
import { FilterIcon } from '../../components/icons';

/**
 * Search and filters. On narrow windows everything but the search folds under a "Filters" button (the
 * day range too, passed in as `narrowExtras`), so the table keeps most of the screen.
 */
export function ListToolbar({
  filters,
  searchText,
  facets,
  vendors,
  onSearchTextChange,
  onSearchBlur,
  onFacetChange,
  onClearFilters,
  narrowExtras,
}: {
  filters: ListFilters;
  searchText: string;
  facets: Facets;
  vendors: ReadonlyArray<VendorLoad>;
  onSearchTextChange: (text: string) => void;
  onSearchBlur: () => void;
  onFacetChange: (facet: ListFacet, values: ReadonlyArray<string>) => void;
  onClearFilters: () => void;
  /** Shown in the folded panel, after the filters. */
  narrowExtras?: ReactNode;
}) {
  const [panelOpen, setPanelOpen] = useState(false);
  const panelId = useId();
  const chosen = activeFilterCount(filters);
  const anyFilter = chosen > 0 || searchText.trim() !== '';

  return (
    <div className="flex flex-col gap-2 border-b border-slate-200 bg-white px-3 py-2 sm:px-4 lg:flex-row lg:flex-wrap lg:items-start">
      <div className="flex items-center gap-2">
        <SearchBox value={searchText} onChange={onSearchTextChange} onBlur={onSearchBlur} />
        <button
          type="button"
          aria-expanded={panelOpen}
          aria-controls={panelId}
          onClick={() => setPanelOpen((open) => !open)}
          className={`${buttonStyles.secondary} lg:hidden ${chosen > 0 ? 'border-indigo-300 text-indigo-800' : ''}`}
        >
          <FilterIcon className="size-4 text-slate-500" />
          Filters
          {chosen > 0 && (
            <span className="rounded-full bg-indigo-600 px-1.5 text-[11px] leading-4 text-white tabular-nums">
              {chosen}
            </span>
          )}
        </button>
      </div>
      <div
        id={panelId}
        className={`${panelOpen ? 'flex' : 'hidden'} flex-col gap-2 lg:flex lg:flex-1 lg:flex-row lg:flex-wrap lg:items-center`}
      >
        <div role="group" aria-label="Filters" className="flex flex-wrap items-center gap-1.5">
          <FilterMenus filters={filters} facets={facets} vendors={vendors} onChange={onFacetChange} />
          {anyFilter && (
            <button type="button" className={buttonStyles.ghost} onClick={onClearFilters}>
              Clear filters
            </button>
          )}
        </div>
        {narrowExtras}
      </div>
    </div>
  );
}
