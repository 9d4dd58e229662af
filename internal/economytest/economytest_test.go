package economytest

import (
	"testing"

	"github.com/apiary-dev/apiary/sim/harness"
)

func TestFixture_MembersCanStakeOnBothTokens(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts []harness.Option
	}{{"community token", nil}, {"hook token", []harness.Option{harness.WithHookToken()}}} {
		t.Run(tc.name, func(t *testing.T) {
			f := New(t, Options{Members: 2, Deploy: tc.opts})
			f.Stake(t, f.Members[0], Tokens(10))
			got := Call(t, f, f.C.StakedPower, f.B.StakedPower.PackPowerOf(f.Members[0].Address), f.B.StakedPower.UnpackPowerOf)
			if got.Cmp(Tokens(10)) != 0 {
				t.Errorf("power = %v, want 10 tokens", got)
			}
		})
	}
}
