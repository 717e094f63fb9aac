// One-off measurement behind the README's chart library choice (issue 12): draws what the overview draws
// at 90 days (4 stacked vendor series of 90 bars, a 7 x 24 heat map) with each candidate, in Chromium,
// and prints the median of 7 draws. Aggregating 100,000 conversations is measured apart
// (src/features/overview/aggregate-overview.test.ts prints it); the charts only ever see the aggregate.
/* global echarts, uPlot -- the two libraries' browser globals, added to the page below */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.setContent(
  '<div id="a" style="width:1200px;height:320px"></div><div id="b" style="width:1200px;height:260px"></div>',
);
await page.addScriptTag({ content: readFileSync('node_modules/echarts/dist/echarts.min.js', 'utf8') });
await page.addScriptTag({ content: readFileSync('node_modules/uplot/dist/uPlot.iife.min.js', 'utf8') });
const result = await page.evaluate(() => {
  const days = 90;
  const series = [0, 1, 2, 3].map((v) =>
    Array.from({ length: days }, (_, d) => 200 + ((d * 37 + v * 11) % 150)),
  );
  const heat = [];
  for (let w = 0; w < 7; w++) for (let h = 0; h < 24; h++) heat.push([h, w, (w * 24 + h) % 90]);
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const echartsTimes = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const a = echarts.init(document.getElementById('a'), null, { renderer: 'canvas' });
    a.setOption({
      animation: false,
      xAxis: { type: 'category', data: series[0].map((_, d) => `d${d}`) },
      yAxis: { type: 'value' },
      series: series.map((data, v) => ({ type: 'bar', stack: 'all', name: `v${v}`, data })),
    });
    const b = echarts.init(document.getElementById('b'), null, { renderer: 'canvas' });
    b.setOption({
      animation: false,
      xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => h) },
      yAxis: { type: 'category', data: ['M', 'T', 'W', 'T', 'F', 'S', 'S'] },
      visualMap: { min: 0, max: 90, show: false },
      series: [{ type: 'heatmap', data: heat }],
    });
    echartsTimes.push(performance.now() - t0);
    a.dispose();
    b.dispose();
  }
  const uplotTimes = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const xs = series[0].map((_, d) => d);
    // uPlot has no stacked bars: stack by hand, one bars path per cumulative series.
    const cumulative = [];
    let running = xs.map(() => 0);
    for (const s of series) {
      running = running.map((r, j) => r + s[j]);
      cumulative.push(running);
    }
    const plot = new uPlot(
      {
        width: 1200,
        height: 320,
        series: [{}, ...cumulative.map(() => ({ paths: uPlot.paths.bars({ size: [0.8] }), fill: '#888' }))]
          .reverse()
          .slice(0)
          .reverse(),
      },
      [xs, ...cumulative.reverse()],
      document.getElementById('a'),
    );
    uplotTimes.push(performance.now() - t0);
    plot.destroy();
  }
  return {
    echarts: median(echartsTimes),
    uplot: median(uplotTimes),
    echartsAll: echartsTimes,
    uplotAll: uplotTimes,
  };
});
console.log(JSON.stringify(result));
await browser.close();
