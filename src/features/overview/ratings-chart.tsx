import type { EChartsCoreOption } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ListFilters } from '../../lib/list-filters';
import type { VendorId } from '../../model/conversation';
import { vendorLabel } from '../../model/vendor-descriptors';
import { ratingBuckets, type Overview } from './aggregate-overview';
import { ChartCard, tableStyles } from './chart-card';
import { EChart, type ChartClick } from './echart';
import { ratingColors, ratingLabels } from './overview-colors';
import { listLinkFor } from './overview-links';

const numberFormat = new Intl.NumberFormat();

/** Ratings per vendor as stacked bars; a segment opens that vendor's conversations with that rating. */
export function RatingsChart({
  overview,
  vendors,
  filters,
  search,
}: {
  overview: Overview;
  vendors: ReadonlyArray<VendorId>;
  filters: ListFilters;
  search: string;
}) {
  const navigate = useNavigate();
  const option = useMemo(
    (): EChartsCoreOption => ({
      animation: false,
      aria: { enabled: false },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: '#334155' } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#475569' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: vendors.map((vendor) => vendorLabel(vendor)),
        axisLabel: { color: '#334155' },
      },
      series: ratingBuckets.map((bucket) => ({
        type: 'bar',
        name: ratingLabels[bucket],
        stack: 'ratings',
        itemStyle: { color: ratingColors[bucket] },
        data: vendors.map((vendor) => overview.ratingsByVendor[vendor][bucket]),
        cursor: 'pointer',
      })),
    }),
    [overview, vendors],
  );
  const onClick = useCallback(
    ({ seriesIndex, dataIndex }: ChartClick) => {
      const bucket = ratingBuckets[seriesIndex];
      const vendor = vendors[dataIndex];
      if (bucket === undefined || vendor === undefined) return;
      void navigate(listLinkFor(search, filters, { vendors: [vendor], ratings: [bucket] }));
    },
    [vendors, navigate, search, filters],
  );

  return (
    <ChartCard
      title="Ratings by vendor"
      description="Click a segment to see those conversations."
      chart={
        <EChart
          option={option}
          height={Math.max(140, 60 + vendors.length * 40)}
          onClick={onClick}
          label="Ratings by vendor: good, neutral, bad and unrated conversations. The table below has the numbers."
        />
      }
      table={
        <table className={tableStyles.table}>
          <caption className="sr-only">Ratings by vendor</caption>
          <thead>
            <tr>
              <th scope="col" className={tableStyles.th}>
                Vendor
              </th>
              {ratingBuckets.map((bucket) => (
                <th key={bucket} scope="col" className={tableStyles.thNumber}>
                  {ratingLabels[bucket]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {vendors.map((vendor) => (
              <tr key={vendor}>
                <th scope="row" className={`${tableStyles.td} font-normal`}>
                  {vendorLabel(vendor)}
                </th>
                {ratingBuckets.map((bucket) => (
                  <td key={bucket} className={tableStyles.tdNumber}>
                    <Link
                      className={tableStyles.link}
                      to={listLinkFor(search, filters, { vendors: [vendor], ratings: [bucket] })}
                      aria-label={`${vendorLabel(vendor)}, ${ratingLabels[bucket]}: ${numberFormat.format(overview.ratingsByVendor[vendor][bucket])}`}
                    >
                      {numberFormat.format(overview.ratingsByVendor[vendor][bucket])}
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
