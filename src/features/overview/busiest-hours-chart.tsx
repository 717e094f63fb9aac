import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { Overview } from './aggregate-overview';
import { ChartCard, tableStyles } from './chart-card';
import { EChart } from './echart';

const numberFormat = new Intl.NumberFormat();
const MONDAY = Date.parse('2026-11-02T12:00:00Z');
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const weekdays = Array.from({ length: 7 }, (_, i) => weekdayFormat.format(MONDAY + i * 86_400_000));
const hours = Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'));

/** Conversations by weekday and hour of their start, in the display timezone, as a heat map. */
export function BusiestHoursChart({ overview, timeZone }: { overview: Overview; timeZone: string }) {
  const max = Math.max(1, ...overview.heat.flat());
  const option = useMemo(
    (): EChartsCoreOption => ({
      animation: false,
      aria: { enabled: false },
      grid: { left: 8, right: 8, top: 8, bottom: 40, containLabel: true },
      tooltip: {
        formatter: (params: { value?: unknown }) => {
          const value = Array.isArray(params.value) ? params.value : [];
          const [hour, day, count] = value as [number, number, number];
          return `${weekdays[day] ?? ''} ${hours[hour] ?? ''}:00–${hours[hour] ?? ''}:59: ${numberFormat.format(count)}`;
        },
      },
      xAxis: { type: 'category', data: hours, splitArea: { show: false }, axisLabel: { color: '#475569' } },
      yAxis: { type: 'category', data: weekdays, inverse: true, axisLabel: { color: '#334155' } },
      visualMap: {
        min: 0,
        max,
        calculable: false,
        text: ['More', 'Fewer'],
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 120,
        itemWidth: 10,
        textStyle: { color: '#475569' },
        inRange: { color: ['#eef2ff', '#3730a3'] },
      },
      series: [
        {
          type: 'heatmap',
          data: overview.heat.flatMap((row, day) => row.map((count, hour) => [hour, day, count])),
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        },
      ],
    }),
    [overview, max],
  );
  return (
    <ChartCard
      title="Busiest hours"
      description={`When conversations started, by weekday and hour, in ${timeZone}.`}
      chart={
        <EChart
          option={option}
          height={280}
          label={`Conversations by weekday and hour in ${timeZone}. The table below has the numbers.`}
        />
      }
      table={
        <table className={tableStyles.table}>
          <caption className="sr-only">Conversations by weekday and hour, {timeZone}</caption>
          <thead>
            <tr>
              <th scope="col" className={tableStyles.th}>
                Day
              </th>
              {hours.map((hour) => (
                <th key={hour} scope="col" className={tableStyles.thNumber}>
                  {hour}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.heat.map((row, day) => (
              <tr key={day}>
                <th scope="row" className={`${tableStyles.td} font-normal`}>
                  {weekdays[day]}
                </th>
                {row.map((count, hour) => (
                  <td key={hour} className={tableStyles.tdNumber}>
                    {numberFormat.format(count)}
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
