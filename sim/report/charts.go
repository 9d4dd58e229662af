package report

import (
	"bytes"
	"fmt"
	"html/template"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/apiary-dev/apiary/sim/metrics"
)

// palette is the Okabe–Ito colour-blind-safe set without its yellow, which vanishes on white.
var palette = []color.NRGBA{
	{0x00, 0x72, 0xB2, 0xff}, // blue
	{0xD5, 0x5E, 0x00, 0xff}, // vermillion
	{0x00, 0x9E, 0x73, 0xff}, // green
	{0xCC, 0x79, 0xA7, 0xff}, // purple
	{0xE6, 0x9F, 0x00, 0xff}, // orange
	{0x56, 0xB4, 0xE9, 0xff}, // sky blue
	{0x00, 0x00, 0x00, 0xff}, // black
}

// dashes vary alongside colours: with 7 colours and 4 patterns (coprime) the first 28
// series all look different, and grey-scale prints still tell them apart.
var dashes = [][]vg.Length{
	nil,
	{vg.Points(6), vg.Points(3)},
	{vg.Points(2), vg.Points(2)},
	{vg.Points(8), vg.Points(3), vg.Points(2), vg.Points(3)},
}

// seriesStyle is how one line is drawn.
type seriesStyle struct {
	color color.NRGBA
	dash  []vg.Length
}

// pointStyle is the style of the i-th sweep point's line.
func pointStyle(i int) seriesStyle {
	return seriesStyle{color: palette[i%len(palette)], dash: dashes[i%len(dashes)]}
}

// kindStyle colours kinds apart and dashes the abusive ones, so the eye separates
// honest from abusive before reading the legend.
func kindStyle(i int, honest bool) seriesStyle {
	s := seriesStyle{color: palette[i%len(palette)]}
	if !honest {
		s.dash = dashes[1]
	}
	return s
}

// series is one line of a chart: a metric's Stat per epoch.
type series struct {
	label string
	style seriesStyle
	x     []float64
	stats []metrics.Stat
}

// chartSpec is what one chart shows.
type chartSpec struct {
	title  string
	ylabel string
	unit   bool // values are shares in [0, 1]: fix the axis so charts compare at a glance
	width  vg.Length
	height vg.Length
	series []series
}

const (
	fullWidth   = 17 * vg.Centimeter
	fullHeight  = 8 * vg.Centimeter
	smallWidth  = 12 * vg.Centimeter
	smallHeight = 6 * vg.Centimeter
	legendFont  = 9
)

// metricSeries is metric name's series for each point, one line per sweep point.
func metricSeries(points []metrics.Point, labels []string, name string) []series {
	out := make([]series, 0, len(points))
	for i, p := range points {
		s := series{label: labels[i], style: pointStyle(i)}
		for _, e := range p.Epochs {
			s.x = append(s.x, float64(e.Epoch))
			s.stats = append(s.stats, stat(e, name))
		}
		out = append(out, s)
	}
	return out
}

// stat is a metric's Stat at one epoch; a missing name is "no value", not zero.
func stat(e metrics.EpochStats, name string) metrics.Stat {
	if s, ok := e.Metrics[name]; ok {
		return s
	}
	nan := math.NaN()
	return metrics.Stat{Mean: nan, P5: nan, P50: nan, P95: nan}
}

// renderChart draws spec as an inline SVG element (no XML prolog).
func renderChart(spec chartSpec) (template.HTML, error) {
	canvas := vgsvg.New(chartSize(spec))
	if err := drawChart(spec, draw.New(canvas)); err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if _, err := canvas.WriteTo(&buf); err != nil {
		return "", fmt.Errorf("chart %q: write svg: %w", spec.title, err)
	}
	return inlineSVG(buf.Bytes()), nil
}

// newLegend is the legend drawn below a chart.
func newLegend() plot.Legend {
	legend := plot.NewLegend()
	legend.Top, legend.Left = true, true
	legend.TextStyle.Font.Size = legendFont
	legend.ThumbnailWidth = vg.Points(28)
	legend.Padding = vg.Points(2)
	return legend
}

// legendHeight is the room below the plot for one legend row per series.
func legendHeight(spec chartSpec) vg.Length {
	l := newLegend()
	row := l.TextStyle.Rectangle("Xg").Max.Y + l.Padding
	return row*vg.Length(len(spec.series)) + vg.Points(8)
}

// chartSize is the canvas size of spec: the plot plus its legend.
func chartSize(spec chartSpec) (w, h vg.Length) {
	return spec.width, spec.height + legendHeight(spec)
}

// drawChart draws spec on dc with the legend below the plot area, where it can never
// hide data however many sweep points there are.
func drawChart(spec chartSpec, dc draw.Canvas) error {
	p := plot.New()
	p.Title.Text = spec.title
	p.Title.TextStyle.Font.Size = 12
	p.X.Label.Text = "epoch"
	p.Y.Label.Text = spec.ylabel
	p.X.Tick.Marker = plot.TickerFunc(integerTicks)
	p.Y.Tick.Marker = plot.TickerFunc(compactTicks)
	p.Add(plotter.NewGrid())

	legend := newLegend()
	drawn := false
	for _, s := range spec.series {
		ok, err := addSeries(p, s)
		if err != nil {
			return fmt.Errorf("chart %q: series %q: %w", spec.title, s.label, err)
		}
		drawn = drawn || ok
		label := s.label
		if !ok {
			label += " (no data)"
		}
		legend.Add(label, &plotter.Line{LineStyle: lineStyle(s.style)})
	}
	if spec.unit {
		p.Y.Min, p.Y.Max = 0, 1
	}
	if !drawn {
		// An empty plot has an infinite range; give the axes something sane to show.
		p.Title.Text += " (no data)"
		p.X.Min, p.X.Max = 0, 1
		p.Y.Min, p.Y.Max = 0, 1
	}

	lh := legendHeight(spec)
	height := dc.Max.Y - dc.Min.Y
	p.Draw(draw.Crop(dc, 0, 0, lh, 0))
	legend.Draw(draw.Crop(dc, vg.Points(12), 0, 0, -(height - lh)))
	return nil
}

// inlineSVG drops what precedes <svg>: an XML prolog is invalid inside HTML.
func inlineSVG(b []byte) template.HTML {
	if i := bytes.Index(b, []byte("<svg")); i >= 0 {
		b = b[i:]
	}
	// The SVG comes from our own canvas, which escapes every text it draws.
	return template.HTML(b) //nolint:gosec
}

// lineStyle is the stroke of a series.
func lineStyle(s seriesStyle) draw.LineStyle {
	return draw.LineStyle{Color: s.color, Width: vg.Points(1.6), Dashes: s.dash}
}

// addSeries adds a series' band and mean line to p, splitting at NaN (gonum rejects NaN,
// and a gap is the honest picture of "no value"). It reports whether anything was drawn.
func addSeries(p *plot.Plot, s series) (bool, error) {
	band := s.style.color
	band.A = 0x33
	for _, seg := range segments(s, func(st metrics.Stat) bool {
		return st.N > 1 && finite(st.P5) && finite(st.P95)
	}) {
		ring := make(plotter.XYs, 0, 2*len(seg))
		for _, i := range seg {
			ring = append(ring, plotter.XY{X: s.x[i], Y: s.stats[i].P95})
		}
		for j := len(seg) - 1; j >= 0; j-- {
			ring = append(ring, plotter.XY{X: s.x[seg[j]], Y: s.stats[seg[j]].P5})
		}
		poly, err := plotter.NewPolygon(ring)
		if err != nil {
			return false, err
		}
		poly.Color = band
		poly.LineStyle.Width = 0
		p.Add(poly)
	}

	drawn := false
	for _, seg := range segments(s, func(st metrics.Stat) bool { return finite(st.Mean) }) {
		xys := make(plotter.XYs, len(seg))
		for j, i := range seg {
			xys[j] = plotter.XY{X: s.x[i], Y: s.stats[i].Mean}
		}
		drawn = true
		if len(xys) == 1 {
			// A lone value between gaps is invisible as a line; mark it.
			sc, err := plotter.NewScatter(xys)
			if err != nil {
				return false, err
			}
			sc.GlyphStyle = draw.GlyphStyle{Color: s.style.color, Radius: vg.Points(2.5), Shape: draw.CircleGlyph{}}
			p.Add(sc)
			continue
		}
		line, err := plotter.NewLine(xys)
		if err != nil {
			return false, err
		}
		line.LineStyle = lineStyle(s.style)
		p.Add(line)
	}
	return drawn, nil
}

// segments are the runs of consecutive epochs whose Stat passes keep, as indexes into s.
func segments(s series, keep func(metrics.Stat) bool) [][]int {
	var out [][]int
	var cur []int
	for i, st := range s.stats {
		if keep(st) && finite(s.x[i]) {
			cur = append(cur, i)
			continue
		}
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// integerTicks keeps only whole epochs: "epoch 2.5" does not exist.
func integerTicks(lo, hi float64) []plot.Tick {
	var out []plot.Tick
	for _, t := range (plot.DefaultTicks{}).Ticks(lo, hi) {
		if t.Label != "" && t.Value != math.Trunc(t.Value) {
			continue
		}
		if t.Label != "" {
			t.Label = fmt.Sprintf("%.0f", t.Value)
		}
		out = append(out, t)
	}
	return out
}

// compactTicks labels the y axis like the tables (1.20M, not 1.2e+06), unless rounding
// would give two ticks the same label (a narrow range at a large value).
func compactTicks(lo, hi float64) []plot.Tick {
	ticks := (plot.DefaultTicks{}).Ticks(lo, hi)
	if hi-lo < 10 {
		// Small ranges (shares, Gini) read best with the default labels.
		return ticks
	}
	out := make([]plot.Tick, len(ticks))
	seen := map[string]bool{}
	for i, t := range ticks {
		if t.Label != "" {
			t.Label = formatAmount(t.Value)
			if seen[t.Label] {
				return ticks
			}
			seen[t.Label] = true
		}
		out[i] = t
	}
	return out
}
