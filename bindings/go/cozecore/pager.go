package cozecore

import (
	"context"
	"iter"
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

	fields *pageFields
}

// pageFields name the fields of a list operation's result that say whether
// more pages follow and how many items there are ("" when the result has
// none), as the API description names them (the generated <Method>Pages).
type pageFields struct {
	hasMore, total string
}

// HasMore is the page's has_more as the answer says it; false, false when
// the result has no such field or the answer left it out. The core decides
// whether to ask for another page; this only reports.
func (pg Page[T, R]) HasMore() (more, ok bool) {
	if pg.fields == nil || pg.fields.hasMore == "" {
		return false, false
	}
	more, ok = pg.Result.Get(pg.fields.hasMore).(bool)
	return more, ok
}

// Total is the number of items of all pages as the answer counts them (the
// result's total or total_count, whichever it has); false when it has none.
func (pg Page[T, R]) Total() (int64, bool) {
	if pg.fields == nil || pg.fields.total == "" {
		return 0, false
	}
	n, ok := pg.Result.Get(pg.fields.total).(int64)
	return n, ok
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
// parameters (page number, cursor, page token) and when to stop, and gives
// each page's request its own idempotency key (so a pager refuses
// WithIdempotencyKey). So one page is in memory at a time, and a loop left
// early sends nothing more. A timeout (WithTimeout, WithCallTimeout) bounds
// each page's request, not the whole iteration. An error on page N (its
// request retried as any GET) ends the items after those of pages
// 1..N-1, and Err gives it as an *Error.
//
// Nothing is sent before the first Next (or NextPage). Next, NextPage, Item
// and Page are for one goroutine; Close may be called from any, and stops a
// Next blocked in another. A pager dropped without Close is freed by the
// garbage collector.
type Pager[T any, R pageResult] struct {
	// cur runs the pages flow; its mu guards the fields below too.
	cur cursor
	// start makes the call at the first Next or NextPage; nil once it has.
	start  func(stop <-chan struct{}) (*runner, error)
	read   func(*record, int32) R
	items  func(R) []T
	fields *pageFields

	page     Page[T, R]
	havePage bool
	index    int // index in page.Items of the current item
}

// newPager is the pager of the flow op ("<list op>.pages") with the list
// operation's params; read reads the list result from a page event's
// payload, items gives its items, fields names its has_more and total (the
// generated <Method>Pages methods).
func newPager[T any, R pageResult](ctx context.Context, c *Client, op string, params any, opts []CallOption,
	read func(*record, int32) R, items func(R) []T, fields *pageFields) *Pager[T, R] {
	p := &Pager[T, R]{cur: cursor{stop: make(chan struct{})}, read: read, items: items, fields: fields}
	p.start = func(stop <-chan struct{}) (*runner, error) {
		for _, o := range opts {
			if _, ok := o.(idempotencyKey); ok {
				return nil, newError(KindInvalidArgument, op+": WithIdempotencyKey does not apply to a pager: "+
					"each page request gets its own key", nil)
			}
		}
		return c.start(ctx, op, params, resultNone, stop, opts)
	}
	return p
}

// Next moves to the next item, asking for the next page when the current
// one has been handed out; false when the pages have ended, failed (see
// Err) or the pager was closed.
func (p *Pager[T, R]) Next() bool {
	p.cur.mu.Lock()
	defer p.cur.mu.Unlock()
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
	p.cur.mu.Lock()
	defer p.cur.mu.Unlock()
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
	p.cur.mu.Lock()
	defer p.cur.mu.Unlock()
	return p.nextPage()
}

// Page is the page of the current item (after Next), or the page NextPage
// has just moved to: its result, items, HasMore, Total and log id.
func (p *Pager[T, R]) Page() Page[T, R] {
	p.cur.mu.Lock()
	defer p.cur.mu.Unlock()
	if !p.havePage {
		return Page[T, R]{}
	}
	return p.page
}

// Err is the error that ended the pages, nil when they completed or the
// pager was closed.
func (p *Pager[T, R]) Err() error {
	p.cur.mu.Lock()
	defer p.cur.mu.Unlock()
	return p.cur.err
}

// Close stops the pages: the call is cancelled, its HTTP request (if any)
// aborted, and nothing more is sent. Close is idempotent.
func (p *Pager[T, R]) Close() error {
	p.cur.close()
	p.cur.mu.Lock()
	defer p.cur.mu.Unlock()
	p.havePage = false
	return nil
}

// All ranges over the items; an error ends the range with (zero, err). The
// pager is closed when the range ends, also when the loop breaks early.
func (p *Pager[T, R]) All() iter.Seq2[T, error] {
	return rangeOf(p.Next, p.Item, p.Err, p.Close)
}

// Pages ranges over the pages; an error ends the range with (zero page,
// err). The pager is closed when the range ends, also when the loop breaks
// early.
func (p *Pager[T, R]) Pages() iter.Seq2[Page[T, R], error] {
	return rangeOf(p.NextPage, p.Page, p.Err, p.Close)
}

// nextPage moves to the next page event, starting the call at the first
// (under p.cur.mu).
func (p *Pager[T, R]) nextPage() bool {
	p.havePage = false
	if start := p.start; start != nil && !p.cur.done {
		p.start = nil
		if !p.cur.begin(start(p.cur.stop)) {
			return false
		}
	}
	for {
		ev, ok := p.cur.next()
		if !ok {
			return false
		}
		if ev.Type != "page" {
			continue
		}
		// The page's view carries the page's log id; the record's bytes
		// are shared, not copied.
		rec := *ev.r
		rec.logID = ev.ID
		res := p.read(&rec, ev.data)
		p.page = Page[T, R]{Result: res, Items: p.items(res), LogID: ev.ID, Number: p.page.Number + 1,
			fields: p.fields}
		p.havePage, p.index = true, -1
		return true
	}
}
