// Pagers: every page of a list operation, read lazily. A generated
// `listPages` method (one per list operation with paging) answers a Pager
// that runs the core's `<op>.pages` flow (core/exec/flow.h): the core asks
// for each page, hands it out as a `page` event (typed as the list
// operation's result, its id the page's log id) and asks for the next one
// only once this side has taken it; it decides where the next page starts
// and when to stop. So one page is in memory at a time, and nothing more is
// fetched than the loop asks for.
//
//   for await (const item of pager)         the items, page after page
//   for await (const page of pager.pages()) the pages: items, hasMore, total, logid, data
//
// Each loop over a Pager is a call of its own from the first page. Leaving a
// loop early cancels the call (no further request); an error on page N is
// thrown after the items of pages 1 .. N-1 were handed out. The call options
// apply to every page's request (a timeout bounds each page, not the loop);
// idempotency_key is none of them (the core gives each page request its own).

import { Stream } from './driver.mjs';

// One page: `data` is the list operation's result (a typed view), `items`
// its list of items, `hasMore` and `total` the result's fields that say so
// when it has them, `logid` the page's X-Tt-Logid. `paging` names the
// fields ({items, hasMore, total}, null for a field the result does not
// have), as the generated operation table gives them.
export class Page {
  #paging;
  #data;
  #logid;

  constructor(event, paging) {
    this.#paging = paging;
    this.#data = event.data;
    this.#logid = event.id;
  }

  get data() {
    return this.#data;
  }

  get logid() {
    return this.#logid;
  }

  #field(name) {
    const data = this.#data;
    return name !== null && data !== null && typeof data === 'object' ? data[name] : undefined;
  }

  get items() {
    const list = this.#field(this.#paging.items);
    return Array.isArray(list) ? list : [];
  }

  // The result's has_more (the field as the description names it); undefined when it has none.
  get hasMore() {
    return this.#field(this.#paging.hasMore);
  }

  // The result's count of all items (total or total_count, as the description names it); undefined when none.
  get total() {
    return this.#field(this.#paging.total);
  }

  toJSON() {
    const data = this.data && typeof this.data.toJSON === 'function' ? this.data.toJSON() : this.data;
    const out = { items: data ? (data[this.#paging.items] ?? []) : [], logid: this.logid };
    if (this.hasMore !== undefined) out.hasMore = this.hasMore;
    if (this.total !== undefined) out.total = this.total;
    return out;
  }
}

// The pages of one run of the flow: an async iterator of Pages.
export class PageIterator {
  #stream;
  #paging;

  constructor(stream, paging) {
    this.#stream = stream;
    this.#paging = paging;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next() {
    for (;;) {
      const step = await this.#stream.next();
      if (step.done) return { done: true, value: undefined };
      if (step.value.type === 'page') return { done: false, value: new Page(step.value, this.#paging) };
    }
  }

  // Cancels the call if it is still running (no further page is asked for) and frees it.
  return(value) {
    return this.#stream.return(value);
  }

  throw(err) {
    return this.#stream.throw(err);
  }
}

// The items of one run: each page's items in order, the next page asked
// for when the last item of the one in hand has been handed out.
class ItemIterator {
  #pages;
  #items = null;
  #next = 0;
  #busy = Promise.resolve();

  constructor(pages) {
    this.#pages = pages;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  next() {
    // One at a time: a next() called before the last one settled waits for it.
    const step = this.#busy.then(() => this.#advance());
    this.#busy = step.then(
      () => {},
      () => {},
    );
    return step;
  }

  async #advance() {
    while (this.#items === null || this.#next >= this.#items.length) {
      this.#items = null; // the page in hand is done with: let it go before the next arrives
      const step = await this.#pages.next();
      if (step.done) return { done: true, value: undefined };
      this.#items = step.value.items;
      this.#next = 0;
    }
    return { done: false, value: this.#items[this.#next++] };
  }

  return(value) {
    this.#items = null;
    return this.#pages.return(value);
  }

  throw(err) {
    this.#items = null;
    return this.#pages.throw(err);
  }
}

// Every page of a list operation. `open` starts one run of the flow (an
// async function resolving to its RunState); `paging` names the fields of
// the list operation's result (see Page).
export class Pager {
  #open;
  #paging;

  constructor(open, paging) {
    this.#open = open;
    this.#paging = paging;
  }

  // The items of every page, lazily (a new run from the first page).
  [Symbol.asyncIterator]() {
    return new ItemIterator(this.pages());
  }

  // The pages, lazily (a new run from the first page).
  pages() {
    return new PageIterator(new Stream(this.#open), this.#paging);
  }
}
