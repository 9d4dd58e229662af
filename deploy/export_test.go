package deploy

// SetAfterAppend installs a hook called after every journal append (crash injection).
func SetAfterAppend(f func(n int)) { afterAppend = f }
