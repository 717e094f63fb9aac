import type { EChartsCoreOption } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDay, formatShortDay } from '../../lib/format-date-time';
import type { ListFilters } from '../../lib/list-filters';
import type { VendorId } from '../../model/conversation';
import { vendorLabel } from '../../model/vendor-descriptors';
import type { Overview } from './aggregate-overview';
import { ChartCard, tableStyles } from './chart-card';
import { EChart, type ChartClick } from './echart';
import { listLinkFor } from './overview-links';
import { vendorColors } from './overview-colors';

const numberFormat = new Intl.NumberFormat();

/** Conversations per day, one stacked segment per vendor; a segment opens that vendor's day in the list. */
export function PerDayChart({
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
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: '#334155' } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: overview.days.map((day) => formatShortDay(day)),
        axisLabel: { color: '#475569' },
        axisTick: { alignWithLabel: true },
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#475569' } },
      series: vendors.map((vendor) => ({
        type: 'bar',
        name: vendorLabel(vendor),
        stack: 'day',
        itemStyle: { color: vendorColors[vendor] },
        emphasis: { focus: 'series' },
        data: overview.perDay[vendor],
        cursor: 'pointer',
      })),
    }),
    [overview, vendors],
  );
  const onClick = useCallback(
    ({ seriesIndex, dataIndex }: ChartClick) => {
      const vendor = vendors[seriesIndex];
      const day = overview.days[dataIndex];
      if (vendor === undefined || day === undefined) return;
      void navigate(listLinkFor(search, filters, { vendors: [vendor] }, { from: day, to: day }));
    },
    [vendors, overview.days, navigate, search, filters],
  );

  return (
    <ChartCard
      className="lg:col-span-2"
      title="Conversations per day"
      description="By vendor. Click a segment to see that vendor's conversations of that day."
      chart={
        <EChart
          option={option}
          height={300}
          onClick={onClick}
          label={`Conversations per day by vendor, ${overview.days.length} days. The table below has the numbers.`}
        />
      }
      table={
        <table className={tableStyles.table}>
          <caption className="sr-only">Conversations per day by vendor</caption>
          <thead>
            <tr>
              <th scope="col" className={tableStyles.th}>
                Day
              </th>
              {vendors.map((vendor) => (
                <th key={vendor} scope="col" className={tableStyles.thNumber}>
                  {vendorLabel(vendor)}
                </th>
              ))}
              <th scope="col" className={tableStyles.thNumber}>
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.days.map((day, i) => (
              <tr key={day}>
                <th scope="row" className={`${tableStyles.td} font-normal`}>
                  <Link
                    className={tableStyles.link}
                    to={listLinkFor(search, filters, {}, { from: day, to: day })}
                  >
                    {formatDay(day)}
                  </Link>
                </th>
                {vendors.map((vendor) => (
                  <td key={vendor} className={tableStyles.tdNumber}>
                    {numberFormat.format(overview.perDay[vendor][i] ?? 0)}
                  </td>
                ))}
                <td className={tableStyles.tdNumber}>
                  {numberFormat.format(
                    vendors.reduce((sum, vendor) => sum + (overview.perDay[vendor][i] ?? 0), 0),
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
