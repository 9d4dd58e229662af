package report

import (
	"fmt"
	"math"

	"github.com/apiary-dev/apiary/sim/metrics"
)

// cell is one table value: the text shown and a tooltip with what the text leaves out.
type cell struct {
	Text  string
	Title string
}

// noValue is shown for NaN: no completed run had a value.
const noValue = "—"

// statCell shows a Stat as "mean [p5–p95]"; the band is dropped when it says nothing new
// (one run, or every run agreed), so single-run reports stay readable.
func statCell(s metrics.Stat, f func(float64) string) cell {
	if s.N == 0 || math.IsNaN(s.Mean) {
		return cell{Text: noValue, Title: "no completed run had a value"}
	}
	title := fmt.Sprintf("median %s, %d run(s)", f(s.P50), s.N)
	if s.N == 1 || f(s.P5) == f(s.P95) {
		return cell{Text: f(s.Mean), Title: title}
	}
	return cell{Text: fmt.Sprintf("%s [%s–%s]", f(s.Mean), f(s.P5), f(s.P95)), Title: title}
}

// formatAmount writes token amounts and gas compactly: designers compare orders of
// magnitude, not the last wei.
func formatAmount(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return noValue
	}
	a := math.Abs(v)
	var s string
	switch {
	case a >= 1e9:
		s = fmt.Sprintf("%.2fB", v/1e9)
	case a >= 1e6:
		s = fmt.Sprintf("%.2fM", v/1e6)
	case a >= 1e4:
		s = fmt.Sprintf("%.1fk", v/1e3)
	case a >= 100:
		s = fmt.Sprintf("%.0f", v)
	case a >= 10:
		s = fmt.Sprintf("%.1f", v)
	case a >= 1:
		s = fmt.Sprintf("%.2f", v)
	case a == 0:
		s = "0"
	default:
		s = fmt.Sprintf("%.3g", v)
	}
	return negZero(s)
}

// formatPercent writes a share in [0, 1] as a percentage.
func formatPercent(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return noValue
	}
	return negZero(fmt.Sprintf("%.1f%%", v*100))
}

// formatIndex writes a coefficient such as Gini with three decimals.
func formatIndex(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return noValue
	}
	return negZero(fmt.Sprintf("%.3f", v))
}

// formatGrowth writes a holdings multiplier (end over start).
func formatGrowth(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return noValue
	}
	return negZero(fmt.Sprintf("×%.3f", v))
}

// negZero drops the sign of a rounded-to-zero negative, which reads as an error.
func negZero(s string) string {
	if len(s) > 1 && s[0] == '-' {
		for _, r := range s[1:] {
			if r >= '1' && r <= '9' {
				return s
			}
		}
		return s[1:]
	}
	return s
}
