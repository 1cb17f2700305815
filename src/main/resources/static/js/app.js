// Charts: an element with data-chart/data-values/data-labels becomes an ECharts pie (no inline script, for the CSP).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-chart]').forEach(element => {
    const draw = () => {
      if (!window.echarts) { setTimeout(draw, 50); return; }
      const labels = element.dataset.labels.split(',');
      const values = element.dataset.values.split(',').map(Number);
      echarts.init(element).setOption({
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: ['40%', '70%'], data: labels.map((name, i) => ({ name, value: values[i] })) }]
      });
    };
    draw();
  });
});
