import { BarChart, HeatmapChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { init, use as registerChartParts, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the overview draws, so the chunk stays small (ECharts is modular).
registerChartParts([
  BarChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  AriaComponent,
  CanvasRenderer,
]);

/** What a click on a bar, a segment or a cell says: which series and which item of it. */
export type ChartClick = { seriesIndex: number; dataIndex: number };

/**
 * One ECharts canvas: created once, given a new option when the numbers change, resized with its box.
 * The canvas is a picture for screen readers (role="img" with a label); every chart on the overview has
 * its numbers in a table beside it, with links where the chart is clickable.
 */
export function EChart({
  option,
  label,
  height,
  onClick,
}: {
  option: EChartsCoreOption;
  label: string;
  height: number;
  onClick?: (click: ChartClick) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const created = init(element, null, { renderer: 'canvas' });
    chart.current = created;
    const observer = new ResizeObserver(() => created.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      created.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const current = chart.current;
    if (!current || !onClick) return;
    const handler = (params: { seriesIndex?: number; dataIndex?: number }) => {
      if (params.seriesIndex === undefined || params.dataIndex === undefined) return;
      onClick({ seriesIndex: params.seriesIndex, dataIndex: params.dataIndex });
    };
    current.on('click', handler);
    current.getZr().setCursorStyle('default');
    return () => {
      current.off('click', handler);
    };
  }, [onClick]);

  return <div ref={box} role="img" aria-label={label} className="w-full" style={{ height }} />;
}
