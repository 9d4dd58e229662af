package sim

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// Agent is one member's behaviour. The simulator calls Act once per phase of every epoch,
// in member order; the agent acts through the World (which sends its transactions) and
// reads only what a member could know.
type Agent interface {
	Act(w *World, p Phase)
}

// Behavior is an agent kind's parameters, decoded from its [[agents]] table with strict
// TOML (each field needs a `toml` tag; unknown keys are errors). It makes the kind's agents.
type Behavior interface {
	// Check validates the parameters; errors name the key.
	Check() error
	// Agents makes one agent per member of the kind. Groups (rings, swarms, a whale and its
	// alts) are the kind's own business: members come in index order.
	Agents(members []*Member) []Agent
}

// Phase is a moment of an epoch at which agents act.
type Phase int

const (
	// Open is one hour into the epoch: last epoch's emission is released; agents claim,
	// stake, power down and submit contributions.
	Open Phase = iota
	// Curate is half-way through the epoch: agents vote on this epoch's contributions.
	Curate
)

func (p Phase) String() string {
	if p == Open {
		return "open"
	}
	return "curate"
}

type kind struct {
	honest bool
	new    func() Behavior
	doc    string
}

var kinds = map[string]kind{}

// RegisterKind makes an agent kind available to scenarios under name. honest says whether
// its rewards count as honest in the report. Call it from an init function in the file
// that defines the kind; a duplicate name panics.
func RegisterKind(name string, honest bool, doc string, newBehavior func() Behavior) {
	if _, dup := kinds[name]; dup {
		panic(fmt.Sprintf("sim: agent kind %q registered twice", name))
	}
	kinds[name] = kind{honest: honest, new: newBehavior, doc: doc}
}

// KindNames lists the registered agent kinds, sorted.
func KindNames() []string {
	names := make([]string, 0, len(kinds))
	for n := range kinds {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// KindDoc is a kind's one-line description.
func KindDoc(name string) string { return kinds[name].doc }

// Member is one simulated community member. Agents read its bookkeeping; the World keeps
// it from the chain's events.
type Member struct {
	Index   int
	Address common.Address
	Kind    string
	Honest  bool
	Group   int // the kind's group (ring, swarm, whale with alts); 0 when the kind has none

	balance *big.Int // token balance (Transfer events)
	staked  *big.Int // tokens StakedPower holds for the member: power plus powering down
	initial *big.Int // balance at launch

	kindIndex int
	reward    *big.Int // rewards claimed, all kinds
	gas       uint64
	actions   int
	failed    int
	acted     bool // sent a transaction this epoch
	approved  bool // StakedPower may pull its tokens
	// claims waiting for their epoch's funding: contribution ids as author and as curator
	authored []claim
	curated  []claim
	// vote budget this epoch, read once: power at the epoch's start
	budgetEpoch int
	budget      *big.Int
	spent       *big.Int
}

type claim struct {
	epoch        int
	id           *big.Int
	contribution *Contribution
}

// Balance is the member's token balance.
func (m *Member) Balance() *big.Int { return new(big.Int).Set(m.balance) }

// Staked is what StakedPower holds for the member: power plus what is powering down.
func (m *Member) Staked() *big.Int { return new(big.Int).Set(m.staked) }

// Holdings is balance plus staked.
func (m *Member) Holdings() *big.Int { return new(big.Int).Add(m.balance, m.staked) }

// Contribution is a contribution submitted this epoch, as other members see it.
type Contribution struct {
	ID     *big.Int
	Author *Member
	// Quality is the contribution's true worth in [0, 1]: agents perceive it through
	// their own noise.
	Quality float64
	Weight  *big.Int // votes received so far
}
