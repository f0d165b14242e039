// The peer page's chart: Sweden's yearly series as bars, with Highcharts'
// accessibility module (scripts/bench writes the data table beside it). Marks
// when drawn.
(function () {
  var s = window.SERIES;
  Highcharts.chart('chart', {
    chart: { type: 'bar', events: { load: function () { requestAnimationFrame(function () { performance.mark('iop:first-chart'); performance.mark('iop:all-charts'); }); } } },
    title: { text: s.title },
    xAxis: { categories: s.points.map(function (p) { return p.period; }), title: { text: 'Year' } },
    yAxis: { min: 0, title: { text: 'Children' } },
    series: [{ name: 'Children', data: s.points.map(function (p) { return p.value; }) }],
    accessibility: { enabled: true, description: s.title },
    credits: { enabled: false },
  });
})();
