package chain

import (
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// dataError is implemented by RPC errors that carry revert data (go-ethereum's rpc.DataError).
type dataError interface {
	ErrorData() interface{}
}

// RevertData extracts the revert payload (selector and arguments) from an error returned by
// a call or a gas estimate, if it carries one.
func RevertData(err error) ([]byte, bool) {
	var de dataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		if !strings.HasPrefix(d, "0x") {
			return nil, false
		}
		b, derr := hexutil.Decode(d)
		return b, derr == nil
	case []byte:
		return d, true
	}
	return nil, false
}
