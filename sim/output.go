package sim

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"

	"github.com/apiary-dev/apiary/sim/metrics"
	"github.com/apiary-dev/apiary/sim/report"
)

// Files a report folder holds.
const (
	FileResult = "result.json" // the whole Result: settings, aggregates, every run
	FileEpochs = "epochs.csv"  // per point and epoch: each metric's mean and percentiles
	FileRuns   = "runs.csv"    // per run and epoch: every metric
	FileKinds  = "kinds.csv"   // per run and agent kind: totals
	FileHTML   = "report.html" // the self-contained report with charts
)

// WriteReport writes res into dir (created if needed): JSON, three CSV files and the HTML
// report. The files depend only on res, so the same scenario and seed give identical
// files. Each file is written whole to a temporary name and renamed.
func WriteReport(dir string, res *metrics.Result) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{FileResult, func(b *bytes.Buffer) error {
			enc := json.NewEncoder(b)
			enc.SetIndent("", "  ")
			return enc.Encode(res)
		}},
		{FileEpochs, func(b *bytes.Buffer) error { return writeEpochsCSV(b, res) }},
		{FileRuns, func(b *bytes.Buffer) error { return writeRunsCSV(b, res) }},
		{FileKinds, func(b *bytes.Buffer) error { return writeKindsCSV(b, res) }},
		{FileHTML, func(b *bytes.Buffer) error { return report.HTML(b, res) }},
	}
	for _, f := range files {
		var buf bytes.Buffer
		if err := f.write(&buf); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		path := filepath.Join(dir, f.name)
		tmp := path + ".tmp"
		if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
	}
	return nil
}

// num formats a metric for CSV: shortest exact float, empty for NaN.
func num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

func paramString(ps []metrics.Param) string {
	s := ""
	for i, p := range ps {
		if i > 0 {
			s += " "
		}
		s += p.Key + "=" + p.Value
	}
	return s
}

func writeEpochsCSV(b *bytes.Buffer, res *metrics.Result) error {
	w := csv.NewWriter(b)
	header := []string{"point", "params", "runs", "epoch"}
	names := metrics.MetricNames(res.Kinds)
	for _, n := range names {
		header = append(header, n+"_mean", n+"_p5", n+"_p50", n+"_p95")
	}
	if err := w.Write(header); err != nil {
		return err
	}
	for _, p := range res.Points {
		for _, e := range p.Epochs {
			row := []string{strconv.Itoa(p.Index), paramString(p.Params), strconv.Itoa(p.Runs), strconv.Itoa(e.Epoch)}
			for _, n := range names {
				s := e.Metrics[n]
				row = append(row, num(s.Mean), num(s.P5), num(s.P50), num(s.P95))
			}
			if err := w.Write(row); err != nil {
				return err
			}
		}
	}
	w.Flush()
	return w.Error()
}

func writeRunsCSV(b *bytes.Buffer, res *metrics.Result) error {
	w := csv.NewWriter(b)
	names := metrics.MetricNames(res.Kinds)
	if err := w.Write(append([]string{"run", "point", "params", "seed", "epoch"}, names...)); err != nil {
		return err
	}
	for _, r := range res.All {
		for _, e := range r.Epochs {
			row := []string{strconv.Itoa(r.Index), strconv.Itoa(r.Point), paramString(r.Params), strconv.FormatUint(r.Seed, 10), strconv.Itoa(e.Epoch)}
			for _, n := range names {
				row = append(row, num(e.Value(n, r.Kinds)))
			}
			if err := w.Write(row); err != nil {
				return err
			}
		}
	}
	w.Flush()
	return w.Error()
}

func writeKindsCSV(b *bytes.Buffer, res *metrics.Result) error {
	w := csv.NewWriter(b)
	if err := w.Write([]string{"run", "point", "params", "seed", "error", "kind", "honest", "members", "reward", "reward_per_member",
		"gas", "gas_per_member", "actions", "failed", "initial", "holdings"}); err != nil {
		return err
	}
	for _, r := range res.All {
		for _, t := range r.Totals {
			if err := w.Write([]string{strconv.Itoa(r.Index), strconv.Itoa(r.Point), paramString(r.Params), strconv.FormatUint(r.Seed, 10),
				r.Err, t.Kind, strconv.FormatBool(t.Honest), strconv.Itoa(t.Members), num(t.Reward), num(t.RewardPerMember()),
				strconv.FormatUint(t.Gas, 10), num(t.GasPerMember()), strconv.Itoa(t.Actions), strconv.Itoa(t.Failed),
				num(t.Initial), num(t.Holdings)}); err != nil {
				return err
			}
		}
		if r.Failed() && len(r.Totals) == 0 {
			if err := w.Write([]string{strconv.Itoa(r.Index), strconv.Itoa(r.Point), paramString(r.Params), strconv.FormatUint(r.Seed, 10),
				r.Err, "", "", "", "", "", "", "", "", "", "", ""}); err != nil {
				return err
			}
		}
	}
	w.Flush()
	return w.Error()
}
