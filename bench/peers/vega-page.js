// The peer page's chart with Vega-Lite through vega-embed (SVG renderer, which
// gives the marks ARIA labels; scripts/bench writes the data table beside it).
// Marks when drawn.
(function () {
  var s = window.SERIES;
  var spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: s.title,
    width: 'container',
    data: { values: s.points },
    mark: 'bar',
    encoding: {
      y: { field: 'period', type: 'ordinal', title: 'Year' },
      x: { field: 'value', type: 'quantitative', title: 'Children' },
    },
  };
  vegaEmbed('#chart', spec, { actions: false, renderer: 'svg' }).then(function () {
    requestAnimationFrame(function () { performance.mark('iop:first-chart'); performance.mark('iop:all-charts'); });
  });
})();
