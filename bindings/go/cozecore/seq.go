package cozecore

import "iter"

// rangeOf is the range-over-func form (Go 1.23) of a reader with Next,
// a value, Err and Close, which Stream and Pager share: each value with a
// nil error, then (zero, err) when the reader failed. The reader is closed
// when the range ends, also when the loop breaks early or panics.
func rangeOf[T any](next func() bool, value func() T, err func() error, stop func() error) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		defer stop()
		for next() {
			if !yield(value(), nil) {
				return
			}
		}
		if e := err(); e != nil {
			var zero T
			yield(zero, e)
		}
	}
}
