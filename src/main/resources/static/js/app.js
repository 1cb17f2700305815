// The navigation marks the current page: the link whose address is the longest prefix of this page's.
document.addEventListener('DOMContentLoaded', () => {
  const path = window.location.pathname;
  let best = null;
  document.querySelectorAll('nav.sidebar a').forEach(link => {
    const href = new URL(link.href, window.location.href).pathname;
    const matches = href === '/' ? path === '/' : (path === href || path.startsWith(href + '/'));
    if (matches && (!best || href.length > new URL(best.href).pathname.length)) { best = link; }
  });
  if (best) { best.setAttribute('aria-current', 'page'); }
});

// Charts: an element with data-chart (its kind) and data-labels/data-values becomes an ECharts chart, drawn by the
// function of its kind once ECharts has loaded (no inline script, for the CSP). Every chart is drawn whole at once
// (no animation): whoever looks at it, or prints or captures the page as soon as it has loaded, sees the figures, not
// a sweep or bars still rising from the axis. The axes' labels are kept inside the chart (containLabel), however wide
// their figures (an amount of 1,200,000 yuan).
const chart = (kind, option) => document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll(`[data-chart="${kind}"]`).forEach(element => {
    const draw = () => {
      if (!window.echarts) { setTimeout(draw, 50); return; }
      const drawn = option(element); // first: it may size the element
      echarts.init(element).setOption({ animation: false, ...drawn });
    };
    draw();
  });
});

// A data attribute's comma-separated items (none when it is absent).
const items = text => (text ? text.split(',') : []);

// A chart whose data-unit is set (e.g. "%") reads its axis and its tooltips in that unit, as the table beside it.
const unitAxis = element => (element.dataset.unit ? { formatter: '{value} ' + element.dataset.unit } : {});
const unitTooltip = element => (element.dataset.unit
  ? { valueFormatter: v => (v === null || v === undefined || Number.isNaN(v) ? '–' : v + ' ' + element.dataset.unit) } : {});

// A category axis shows every category's label, wrapped to the width its category has (a Chinese name breaks between
// characters) rather than some labels left out or the first and last cut at the chart's edges. An axis of more than
// twelve (a day's 24 hours: a sequence, read from any few of its labels) shows as many labels as fit.
const categoryAxis = (element, labels) => ({
  type: 'category', data: labels,
  axisLabel: labels.length > 12 ? { hideOverlap: true }
    : { interval: 0, overflow: 'break', width: Math.max(36, Math.floor((element.clientWidth - 80) / Math.max(1, labels.length)) - 6) }
});

// The plot area, with room above it for a legend when there is one.
const grid = top => ({ left: 10, right: 10, top, bottom: 10, containLabel: true });

// Pies (donuts): data-chart="pie" with data-labels/data-values.
chart('pie', element => {
  const labels = element.dataset.labels.split(',');
  const values = element.dataset.values.split(',').map(Number);
  return {
    tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: ['40%', '70%'], data: labels.map((name, i) => ({ name, value: values[i] })) }]
  };
});

// Bar charts: data-chart="bar" with data-labels/data-values.
chart('bar', element => {
  const labels = items(element.dataset.labels);
  return {
    grid: grid(10),
    tooltip: { trigger: 'axis', ...unitTooltip(element) },
    xAxis: categoryAxis(element, labels),
    yAxis: { type: 'value', minInterval: 1, axisLabel: unitAxis(element) },
    series: [{ type: 'bar', data: items(element.dataset.values).map(Number), itemStyle: { color: '#b3261e' } }]
  };
});

// Horizontal bars: data-chart="hbar" with data-labels/data-values, the categories down the side in the table's order,
// each label whole on one line (a breakdown's names, "Customer misunderstanding", are too long to sit under a bar),
// the chart as tall as its categories need.
chart('hbar', element => {
  const labels = items(element.dataset.labels);
  element.style.height = Math.max(element.clientHeight, 28 * labels.length + 40) + 'px';
  return {
    grid: grid(10),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, ...unitTooltip(element) },
    xAxis: { type: 'value', minInterval: 1, axisLabel: unitAxis(element) },
    yAxis: { type: 'category', data: labels, inverse: true,
      axisLabel: { interval: 0, overflow: 'break', width: Math.floor(element.clientWidth * 0.4) } },
    series: [{ type: 'bar', data: items(element.dataset.values).map(Number), barMaxWidth: 24,
      itemStyle: { color: '#b3261e' } }]
  };
});

// Stacked bars: data-chart="stacked" with data-labels (categories), data-series (names) and data-values
// (one comma-separated row per series, rows separated by semicolons); data-colors, when set, gives each series its
// colour (done green, late red, as the states read), else ECharts' palette.
chart('stacked', element => {
  const rows = element.dataset.values ? element.dataset.values.split(';') : [];
  const colors = items(element.dataset.colors);
  return {
    ...(colors.length ? { color: colors } : {}),
    grid: grid(40),
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: categoryAxis(element, items(element.dataset.labels)),
    yAxis: { type: 'value', minInterval: 1 },
    series: items(element.dataset.series).map((name, i) => ({
      name, type: 'bar', stack: 'total',
      data: (rows[i] || '').split(',').map(Number)
    }))
  };
});

// Line charts (trends): data-chart="line" with data-labels, data-values and, optionally, data-targets (a dashed
// target line) and data-name / data-target-name for the legend; an empty value is a gap.
chart('line', element => {
  const list = text => items(text).map(v => (v === '' ? null : Number(v)));
  const targets = list(element.dataset.targets);
  const series = [{ name: element.dataset.name || '', type: 'line', data: list(element.dataset.values),
    connectNulls: false, itemStyle: { color: '#1f5fa8' } }];
  if (targets.some(v => v !== null)) {
    series.push({ name: element.dataset.targetName || '', type: 'line', data: targets, symbol: 'none',
      lineStyle: { type: 'dashed' }, itemStyle: { color: '#b3261e' } });
  }
  return {
    grid: grid(40),
    legend: { top: 0 },
    tooltip: { trigger: 'axis', ...unitTooltip(element) },
    xAxis: categoryAxis(element, items(element.dataset.labels)),
    yAxis: { type: 'value', axisLabel: unitAxis(element) },
    series
  };
});

// The language links keep the page's address and its filters (a search, a status, a page number): only the language
// changes.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.lang a[href^="?lang="]').forEach(link => {
    const address = new URL(window.location.href);
    address.searchParams.set('lang', new URLSearchParams(link.getAttribute('href').slice(1)).get('lang'));
    link.setAttribute('href', address.pathname + address.search);
  });
});
