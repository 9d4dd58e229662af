package deploy

import "github.com/ethereum/go-ethereum/common"

// Event kinds.
const (
	EventStage    = "stage"    // a stage starts; Done/Total count its steps
	EventSkip     = "skip"     // a step already done on the chain
	EventSent     = "sent"     // a transaction sent
	EventMined    = "mined"    // a transaction's receipt read
	EventResent   = "resent"   // a transaction re-sent after it was not mined in time
	EventReplaced = "replaced" // a transaction replaced with higher fees
	EventReorg    = "reorg"    // a receipt's block left the canonical chain
	EventRetry    = "retry"    // a read failed and is retried
	EventDone     = "done"     // the deployment is complete
)

// Event is one thing a deployment did, for progress output. It never holds a key.
type Event struct {
	Kind  string       `json:"event"`
	Stage string       `json:"stage,omitempty"`
	Step  string       `json:"step,omitempty"`
	Hash  *common.Hash `json:"hash,omitempty"`
	Nonce *uint64      `json:"nonce,omitempty"`
	Block uint64       `json:"block,omitempty"`
	// Done and Total count the steps of the whole deployment.
	Done   int    `json:"done,omitempty"`
	Total  int    `json:"total,omitempty"`
	Detail string `json:"detail,omitempty"`
}
