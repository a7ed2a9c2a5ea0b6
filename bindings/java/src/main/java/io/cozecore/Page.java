package io.cozecore;

import java.util.List;

/**
 * One page of a {@link Pager}: the list operation's whole answer ({@link #result()}, e.g. a {@code
 * ListMessagesResult}), its items, and what the answer says about the pages.
 *
 * @param result the page's answer as the list operation's typed result
 * @param items the page's items, read lazily from the answer; empty (never null) when it has none
 * @param hasMore the answer's {@code has_more}; null when the result has no such field or the
 *     answer did not carry it (the core still knows when to stop: an empty page or the total
 *     reached)
 * @param total the answer's count of all items, from the result field the description names for it;
 *     null when the result has none or the answer did not carry it
 * @param logid the log id ({@code X-Tt-Logid}) of this page's answer, for support requests
 * @param number the page's place in this iteration, from 1
 * @param <R> the list operation's result model
 * @param <T> the item model
 */
public record Page<R, T>(
    R result, List<T> items, Boolean hasMore, Long total, String logid, int number) {}
