//go:build race

package cozecore_test

// The race detector's own memory (shadow memory, the state it keeps of
// goroutines and synchronisation) grows with the streams run and is not
// given back: under -race the soak reports its RSS growth but does not
// bound it.
func init() { raceDetector = true }
