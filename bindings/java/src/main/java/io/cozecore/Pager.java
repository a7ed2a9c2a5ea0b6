package io.cozecore;

import io.cozecore.internal.CallDriver;
import io.cozecore.internal.CellReader;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.ViewFactory;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every page of a list operation, read lazily: the generated {@code listPages(...)} methods return
 * one ({@code client.conversations().messages().listPages(params)}). Iterating it yields the items
 * of every page in order ({@link #iterator()}, {@link #stream()}); {@link #pages()} yields the
 * pages themselves, with {@code hasMore}, {@code total} and each page's log id. The request options
 * apply to each page's request: their timeout bounds one page's request, not the whole iteration,
 * and the core gives each page request its own idempotency key.
 *
 * <p>The paging runs in the core (the {@code <op>.pages} flow): it picks each next page's
 * parameters ({@code page_num} / {@code page_index} + 1, {@code after_id = last_id}, or {@code
 * before_id = first_id} when the caller started from a {@code before_id}), stops at {@code
 * has_more: false}, an empty page or the total reached, and fails with an {@link ApiException} when
 * a server hands back the same page or cursor twice. A page is asked for only once the items of the
 * one before it were taken, so one page at a time is held, and a loop that stops early sends
 * nothing more. An error on page N is thrown by the iterator after the items of pages 1 to N-1 were
 * handed out; each page's request retries like any GET.
 *
 * <p>Each iteration ({@link #iterator()}, {@link #stream()}, {@link #pages()}) pages from the start
 * with its own call, started when it first needs a page. A call ends by itself after the last page;
 * to stop early, {@link #close()} the pager (best in try-with-resources; {@code close()} on a
 * {@link #stream()} does it too): its running calls are cancelled and freed.
 *
 * <pre>{@code
 * try (Pager<ListMessagesResult, Message> messages = client.conversations().messages()
 *     .listPages(ConversationsMessagesListParams.builder().conversationId(id).limit(50).build())) {
 *   for (Message m : messages) {
 *     if (m.content().contains("stop")) break;
 *   }
 * }
 * }</pre>
 *
 * @param <R> the list operation's result model ({@code ListMessagesResult}, ...)
 * @param <T> the item model ({@code Message}, ...)
 */
public final class Pager<R, T> implements Iterable<T>, AutoCloseable {
  /**
   * How a list operation's answer is read: its typed view, its items, and the fields the
   * description names for {@code has_more} and the total (made by the generated resources).
   *
   * @param <R> the result model
   * @param <T> the item model
   */
  public static final class Shape<R, T> {
    private final ViewFactory<R> view;
    private final Function<R, List<T>> items;
    private final Function<R, Boolean> hasMore;
    private final Function<R, Long> total;

    /**
     * {@code view} makes the result's view; {@code items} reads its items; {@code hasMore} and
     * {@code total} read those fields (null: the model has none).
     */
    public Shape(
        ViewFactory<R> view,
        Function<R, List<T>> items,
        Function<R, Boolean> hasMore,
        Function<R, Long> total) {
      this.view = view;
      this.items = items;
      this.hasMore = hasMore;
      this.total = total;
    }
  }

  private final Supplier<CallDriver> start;
  private final Shape<R, T> shape;
  private final CellReader<R> result; // a page event's payload as the result's view
  private final Set<CallDriver> running = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** A pager whose iterations each run the call {@code start} makes (made by the resources). */
  public Pager(Supplier<CallDriver> start, Shape<R, T> shape) {
    this.start = start;
    this.shape = shape;
    this.result = Cells.model(shape.view);
  }

  /**
   * The items of every page, in order; the next page is asked for when the items before it are used
   * up. A failure is thrown as a {@link CozeException} from {@code hasNext()}.
   */
  @Override
  public Iterator<T> iterator() {
    return new Items(new Pages());
  }

  /**
   * The items as a sequential {@link Stream}; closing the stream (try-with-resources) stops its
   * call, so {@code stream().limit(n)} inside a try block sends no request past the page that holds
   * item {@code n}.
   */
  public Stream<T> stream() {
    Items it = new Items(new Pages());
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(it.pages::close);
  }

  /** The pages themselves, in order, each with its items, {@code hasMore}, total and log id. */
  public Iterable<Page<R, T>> pages() {
    return Pages::new;
  }

  /**
   * Cancels and frees the calls of this pager's iterations that are still running (also from
   * another thread: their iterators then simply end); a new iteration afterwards is an {@link
   * IllegalStateException}. Calls that ran to their end are freed already.
   */
  @Override
  public void close() {
    closed = true;
    for (CallDriver d : running) {
      running.remove(d);
      d.close();
    }
  }

  /** One iteration over the pages: one core call, started at the first page it needs. */
  private final class Pages implements Iterator<Page<R, T>> {
    private final ArrayDeque<Page<R, T>> ready = new ArrayDeque<>();
    private CallDriver driver;
    private boolean done;
    private int number;

    Pages() {
      if (closed) throw new IllegalStateException("the pager is closed");
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty()) {
        if (done) return false;
        if (closed) {
          close();
          return false;
        }
        if (driver == null) {
          driver = start.get();
          running.add(driver);
          driver.abortWhenUnreachable(this);
          if (closed) { // closed while the call was starting
            close();
            return false;
          }
        }
        CoreRecord batch;
        try {
          batch = driver.nextBatch();
        } catch (CancelledException cancelled) {
          end();
          if (closed) return false; // closed by the caller, maybe from another thread
          throw cancelled;
        } catch (RuntimeException e) {
          end();
          throw e;
        }
        if (batch == null) {
          end();
          return false;
        }
        take(batch);
      }
      return true;
    }

    @Override
    public Page<R, T> next() {
      if (!hasNext()) throw new NoSuchElementException();
      return ready.removeFirst();
    }

    /** The {@code page} events of one batch, as pages (the event's id is the page's log id). */
    private void take(CoreRecord batch) {
      for (StreamEvent ev : StreamEvent.batch(batch)) {
        if (!"page".equals(ev.type())) continue;
        String logid = ev.id();
        R page = ev.withLogid(logid).data(result);
        if (page == null) continue;
        List<T> items = shape.items.apply(page);
        ready.addLast(
            new Page<>(
                page,
                items == null ? Collections.emptyList() : items,
                shape.hasMore == null ? null : shape.hasMore.apply(page),
                shape.total == null ? null : shape.total.apply(page),
                logid,
                ++number));
      }
    }

    private void end() {
      done = true;
      if (driver != null) running.remove(driver);
    }

    /** Stops this iteration: its call is cancelled and freed. */
    void close() {
      done = true;
      ready.clear();
      if (driver != null) {
        running.remove(driver);
        driver.close();
      }
    }
  }

  /** One iteration over the items: the items of each page of a {@link Pages}, in order. */
  private final class Items implements Iterator<T> {
    final Pages pages;
    private Iterator<T> current = Collections.emptyIterator();

    Items(Pages pages) {
      this.pages = pages;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (!pages.hasNext()) return false;
        current = pages.next().items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) throw new NoSuchElementException();
      return current.next();
    }
  }
}
