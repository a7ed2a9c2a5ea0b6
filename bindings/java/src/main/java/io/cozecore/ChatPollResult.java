package io.cozecore;

import io.cozecore.model.Chat;
import io.cozecore.model.Message;
import java.util.List;

/**
 * What {@code client.chat().createAndPoll(...)} ends with: the chat as the last poll saw it (status
 * {@code completed}, {@code failed}, {@code requires_action} or {@code canceled}, with its {@code
 * usage} or {@code lastError}) and the chat's messages ({@code chat.messages.list}).
 *
 * @param chat the finished chat
 * @param messages the chat's messages (the answer, tool calls, ...), in the API's order
 */
public record ChatPollResult(Chat chat, List<Message> messages) {}
