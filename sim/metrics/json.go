package metrics

import (
	"encoding/json"
	"math"
)

// JSON has no NaN: a metric without a value (no runs, nothing claimed) is written as null.

func nullable(v float64) *float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	return &v
}

// MarshalJSON writes NaN fields as null.
func (s Stat) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Mean *float64 `json:"mean"`
		P5   *float64 `json:"p5"`
		P50  *float64 `json:"p50"`
		P95  *float64 `json:"p95"`
		N    int      `json:"n"`
	}{nullable(s.Mean), nullable(s.P5), nullable(s.P50), nullable(s.P95), s.N})
}

// MarshalJSON writes a NaN HonestShare as null.
func (e Epoch) MarshalJSON() ([]byte, error) {
	type plain Epoch
	return json.Marshal(struct {
		plain
		HonestShare *float64 `json:"honest_share"`
	}{plain(e), nullable(e.HonestShare)})
}
