package cozecore

import (
	"context"
	"errors"
	"iter"
	"runtime"
	"sync"
)

// pageResult is what every paged list result is: a model view.
type pageResult interface {
	Has(name string) bool
	Get(name string) any
}

// Page is one page of a paged list operation.
type Page[T any, R pageResult] struct {
	// Result is the list operation's result for this page
	// (ListMessagesResult, ListConversationsResult, ...).
	Result R
	// Items are the page's items (the result's list field).
	Items []T
	// LogID is the X-Tt-Logid of the page's answer.
	LogID string
	// Number counts the pages of this iteration from 1.
	Number int

	seen int64 // items of this page and those before it
}

// HasMore reports whether more items may follow this page, as its answer
// says: its has_more; without one, whether its total counts more items than
// the pages so far held; without either, whether the page held items. The
// core decides whether to ask for another page; this only reports.
func (pg Page[T, R]) HasMore() bool {
	if pg.Result.Has("has_more") {
		more, _ := pg.Result.Get("has_more").(bool)
		return more
	}
	if total, ok := pg.Total(); ok {
		return pg.seen < total
	}
	return len(pg.Items) > 0
}

// Total is the number of items of all pages as the answer counts them (its
// total or total_count field); false when the answer has none.
func (pg Page[T, R]) Total() (int64, bool) {
	for _, name := range []string{"total", "total_count"} {
		if n, ok := pg.Result.Get(name).(int64); ok {
			return n, true
		}
	}
	return 0, false
}

// Pager walks every item of a paged list operation (c.Conversations.ListPages,
// c.Conversations.Messages.ListPages, ...):
//
//	pager := c.Conversations.Messages.ListPages(ctx, params)
//	defer pager.Close()
//	for pager.Next() {
//		m := pager.Item()
//		...
//	}
//	if err := pager.Err(); err != nil { ... }
//
// or, with range-over-func, for m, err := range pager.All() { ... }.
//
// The core runs the pages (the <op>.pages flow): it asks for the first page,
// hands it over, and asks for the next one only when the pager needs it,
// after the items before it were taken; it decides the next page's
// parameters (page number, cursor, page token) and when to stop. So one page
// is in memory at a time, and a loop left early sends nothing more. An error
// on page N (its request retried as any GET) ends the items after those of
// pages 1..N-1, and Err gives it as an *Error.
//
// Nothing is sent before the first Next (or NextPage). Next, NextPage, Item
// and Page are for one goroutine; Close may be called from any, and stops a
// Next blocked in another. A pager dropped without Close is freed by the
// garbage collector.
type Pager[T any, R pageResult] struct {
	c      *Client
	ctx    context.Context
	op     string
	params any
	opts   []CallOption
	read   func(*record, int32) R
	items  func(R) []T

	stop     chan struct{}
	stopOnce sync.Once

	mu       sync.Mutex
	r        *runner
	started  bool
	finished bool
	err      error
	batch    *record // the page events not handed out yet
	at, left int32   // word index of the next event cell, events left in batch
	page     Page[T, R]
	havePage bool
	index    int // index in page.Items of the current item
	pages    int
	seen     int64
}

// newPager is the pager of the flow op ("<list op>.pages") with the list
// operation's params; read reads the list result from a page event's
// payload, items gives its items (the generated <Method>Pages methods).
func newPager[T any, R pageResult](ctx context.Context, c *Client, op string, params any, opts []CallOption,
	read func(*record, int32) R, items func(R) []T) *Pager[T, R] {
	return &Pager[T, R]{c: c, ctx: ctx, op: op, params: params, opts: opts, read: read, items: items,
		stop: make(chan struct{})}
}

// Next moves to the next item, asking for the next page when the current
// one has been handed out; false when the pages have ended, failed (see
// Err) or the pager was closed.
func (p *Pager[T, R]) Next() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for {
		if p.havePage && p.index+1 < len(p.page.Items) {
			p.index++
			return true
		}
		if !p.nextPage() {
			return false
		}
	}
}

// Item is the item Next has just moved to.
func (p *Pager[T, R]) Item() T {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.havePage || p.index < 0 || p.index >= len(p.page.Items) {
		var zero T
		return zero
	}
	return p.page.Items[p.index]
}

// NextPage moves to the next page, leaving out the items of the current
// page that Next has not handed out; false as Next. After NextPage, Next
// goes on with the first item of that page. The first page is handed out
// even when it is empty.
func (p *Pager[T, R]) NextPage() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.nextPage()
}

// Page is the page of the current item (after Next), or the page NextPage
// has just moved to: its result, items, HasMore, Total and log id.
func (p *Pager[T, R]) Page() Page[T, R] {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.havePage {
		return Page[T, R]{}
	}
	return p.page
}

// Err is the error that ended the pages, nil when they completed or the
// pager was closed.
func (p *Pager[T, R]) Err() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// Close stops the pages: the call is cancelled, its HTTP request (if any)
// aborted, and nothing more is sent. Close is idempotent.
func (p *Pager[T, R]) Close() error {
	p.stopOnce.Do(func() { close(p.stop) })
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.r != nil && !p.finished {
		p.r.cancel(errClosed)
		p.r.release()
	}
	p.started, p.finished = true, true
	p.batch, p.left = nil, 0
	p.havePage = false
	return nil
}

// All ranges over the items; an error ends the range with (zero, err). The
// pager is closed when the range ends, also when the loop breaks early.
func (p *Pager[T, R]) All() iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		defer p.Close()
		for p.Next() {
			if !yield(p.Item(), nil) {
				return
			}
		}
		if err := p.Err(); err != nil {
			var zero T
			yield(zero, err)
		}
	}
}

// Pages ranges over the pages; an error ends the range with (zero page,
// err). The pager is closed when the range ends, also when the loop breaks
// early.
func (p *Pager[T, R]) Pages() iter.Seq2[Page[T, R], error] {
	return func(yield func(Page[T, R], error) bool) {
		defer p.Close()
		for p.NextPage() {
			if !yield(p.Page(), nil) {
				return
			}
		}
		if err := p.Err(); err != nil {
			yield(Page[T, R]{}, err)
		}
	}
}

// nextPage reads the next page event, stepping the call when none is left
// (under p.mu).
func (p *Pager[T, R]) nextPage() bool {
	for {
		for p.left > 0 {
			ev := eventAt(p.batch, p.at)
			p.at += 3
			p.left--
			if ev.Type != "page" {
				continue
			}
			// The page's view carries the page's log id; the record's
			// bytes are shared, not copied.
			rec := *p.batch
			rec.logID = ev.ID
			res := p.read(&rec, ev.data)
			items := p.items(res)
			p.pages++
			p.seen += int64(len(items))
			p.page = Page[T, R]{Result: res, Items: items, LogID: ev.ID, Number: p.pages, seen: p.seen}
			p.havePage, p.index = true, -1
			return true
		}
		p.batch = nil
		p.havePage = false
		if p.finished {
			return false
		}
		if !p.started {
			p.started = true
			r, err := p.c.start(p.ctx, p.op, p.params, resultNone, p.stop, p.opts)
			if err != nil {
				p.finished, p.err = true, err
				return false
			}
			p.r = r
			runtime.AddCleanup(p, func(r *runner) { r.c.handle.abandon(r) }, r)
		}
		batch, err := p.r.advance()
		if batch != nil {
			p.batch = batch
			p.at, p.left = batch.items(rootCell)
			continue
		}
		p.finished = true
		if err != nil && !errors.Is(err, errClosed) {
			p.err = err
		}
		return false
	}
}
