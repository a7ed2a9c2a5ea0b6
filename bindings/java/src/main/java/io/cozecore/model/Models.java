// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.CozeException;
import io.cozecore.ModelView;
import io.cozecore.internal.CoreRecord;
import java.util.List;

/** Every model of the description: its typed view by model id (for records) and parse by name. */
public final class Models {
  /** The model names; the index is the model id records carry. */
  public static final List<String> NAMES =
      List.of(
          "BackgroundImageInfo",
          "Bot",
          "BotBackgroundImageInfo",
          "BotKnowledge",
          "BotKnowledgeInfo",
          "BotModelInfo",
          "BotOnboardingInfo",
          "BotPluginApiInfo",
          "BotPluginIdInfo",
          "BotPluginIdList",
          "BotPluginInfo",
          "BotPromptInfo",
          "BotShortcutCommandComponent",
          "BotShortcutCommandInfo",
          "BotShortcutCommandTool",
          "BotSuggestReplyInfo",
          "BotVariable",
          "BotVoiceInfo",
          "BotWorkflowIdInfo",
          "BotWorkflowIdList",
          "BotWorkflowInfo",
          "CanvasPosition",
          "Chat",
          "ChatError",
          "ChatRequiredAction",
          "ChatSubmitToolOutputs",
          "ChatToolCall",
          "ChatToolCallFunction",
          "ClientHealth",
          "CloneVoiceResult",
          "Conversation",
          "CreateBotResult",
          "CreateDatasetResult",
          "Dataset",
          "DeviceCode",
          "Document",
          "DocumentBase",
          "DocumentChunkStrategy",
          "DocumentProgress",
          "DocumentSourceInfo",
          "DocumentUpdateRule",
          "DoneEventData",
          "DuplicateTemplateResult",
          "EnterMessage",
          "ErrorEventData",
          "File",
          "GradientPosition",
          "InsertedMessage",
          "ListBotsResult",
          "ListConversationsResult",
          "ListDatasetsResult",
          "ListDocumentsResult",
          "ListMessagesResult",
          "ListPhotosResult",
          "ListVoicesResult",
          "ListWorkflowsResult",
          "ListWorkspacesResult",
          "Message",
          "OAuthToken",
          "Photo",
          "ProcessDatasetResult",
          "PublishBotResult",
          "ResponseDetail",
          "RetrieveVariablesResult",
          "Room",
          "RoomAudioConfig",
          "RoomConfig",
          "RoomTranslateConfig",
          "RoomVideoConfig",
          "Section",
          "ShortcutCommand",
          "SimpleBot",
          "ToolOutput",
          "Transcription",
          "Usage",
          "User",
          "VariableValue",
          "Voice",
          "VoiceEmotion",
          "VoiceEmotionScale",
          "WorkflowBasic",
          "WorkflowErrorEvent",
          "WorkflowInfo",
          "WorkflowInput",
          "WorkflowInterruptData",
          "WorkflowInterruptEvent",
          "WorkflowMessageEvent",
          "WorkflowNodeExecuteHistory",
          "WorkflowNodeExecuteStatus",
          "WorkflowOutput",
          "WorkflowParameter",
          "WorkflowRunHistory",
          "WorkflowRunResult",
          "WorkflowUser",
          "Workspace");

  private Models() {}

  /**
   * The typed view of object node {@code node} of model {@code id}; null for an id this version
   * lacks.
   */
  public static ModelView view(int id, CoreRecord record, int node) {
    switch (id) {
      case 0:
        return new BackgroundImageInfo(record, node);
      case 1:
        return new Bot(record, node);
      case 2:
        return new BotBackgroundImageInfo(record, node);
      case 3:
        return new BotKnowledge(record, node);
      case 4:
        return new BotKnowledgeInfo(record, node);
      case 5:
        return new BotModelInfo(record, node);
      case 6:
        return new BotOnboardingInfo(record, node);
      case 7:
        return new BotPluginApiInfo(record, node);
      case 8:
        return new BotPluginIdInfo(record, node);
      case 9:
        return new BotPluginIdList(record, node);
      case 10:
        return new BotPluginInfo(record, node);
      case 11:
        return new BotPromptInfo(record, node);
      case 12:
        return new BotShortcutCommandComponent(record, node);
      case 13:
        return new BotShortcutCommandInfo(record, node);
      case 14:
        return new BotShortcutCommandTool(record, node);
      case 15:
        return new BotSuggestReplyInfo(record, node);
      case 16:
        return new BotVariable(record, node);
      case 17:
        return new BotVoiceInfo(record, node);
      case 18:
        return new BotWorkflowIdInfo(record, node);
      case 19:
        return new BotWorkflowIdList(record, node);
      case 20:
        return new BotWorkflowInfo(record, node);
      case 21:
        return new CanvasPosition(record, node);
      case 22:
        return new Chat(record, node);
      case 23:
        return new ChatError(record, node);
      case 24:
        return new ChatRequiredAction(record, node);
      case 25:
        return new ChatSubmitToolOutputs(record, node);
      case 26:
        return new ChatToolCall(record, node);
      case 27:
        return new ChatToolCallFunction(record, node);
      case 28:
        return new ClientHealth(record, node);
      case 29:
        return new CloneVoiceResult(record, node);
      case 30:
        return new Conversation(record, node);
      case 31:
        return new CreateBotResult(record, node);
      case 32:
        return new CreateDatasetResult(record, node);
      case 33:
        return new Dataset(record, node);
      case 34:
        return new DeviceCode(record, node);
      case 35:
        return new Document(record, node);
      case 36:
        return new DocumentBase(record, node);
      case 37:
        return new DocumentChunkStrategy(record, node);
      case 38:
        return new DocumentProgress(record, node);
      case 39:
        return new DocumentSourceInfo(record, node);
      case 40:
        return new DocumentUpdateRule(record, node);
      case 41:
        return new DoneEventData(record, node);
      case 42:
        return new DuplicateTemplateResult(record, node);
      case 43:
        return new EnterMessage(record, node);
      case 44:
        return new ErrorEventData(record, node);
      case 45:
        return new File(record, node);
      case 46:
        return new GradientPosition(record, node);
      case 47:
        return new InsertedMessage(record, node);
      case 48:
        return new ListBotsResult(record, node);
      case 49:
        return new ListConversationsResult(record, node);
      case 50:
        return new ListDatasetsResult(record, node);
      case 51:
        return new ListDocumentsResult(record, node);
      case 52:
        return new ListMessagesResult(record, node);
      case 53:
        return new ListPhotosResult(record, node);
      case 54:
        return new ListVoicesResult(record, node);
      case 55:
        return new ListWorkflowsResult(record, node);
      case 56:
        return new ListWorkspacesResult(record, node);
      case 57:
        return new Message(record, node);
      case 58:
        return new OAuthToken(record, node);
      case 59:
        return new Photo(record, node);
      case 60:
        return new ProcessDatasetResult(record, node);
      case 61:
        return new PublishBotResult(record, node);
      case 62:
        return new ResponseDetail(record, node);
      case 63:
        return new RetrieveVariablesResult(record, node);
      case 64:
        return new Room(record, node);
      case 65:
        return new RoomAudioConfig(record, node);
      case 66:
        return new RoomConfig(record, node);
      case 67:
        return new RoomTranslateConfig(record, node);
      case 68:
        return new RoomVideoConfig(record, node);
      case 69:
        return new Section(record, node);
      case 70:
        return new ShortcutCommand(record, node);
      case 71:
        return new SimpleBot(record, node);
      case 72:
        return new ToolOutput(record, node);
      case 73:
        return new Transcription(record, node);
      case 74:
        return new Usage(record, node);
      case 75:
        return new User(record, node);
      case 76:
        return new VariableValue(record, node);
      case 77:
        return new Voice(record, node);
      case 78:
        return new VoiceEmotion(record, node);
      case 79:
        return new VoiceEmotionScale(record, node);
      case 80:
        return new WorkflowBasic(record, node);
      case 81:
        return new WorkflowErrorEvent(record, node);
      case 82:
        return new WorkflowInfo(record, node);
      case 83:
        return new WorkflowInput(record, node);
      case 84:
        return new WorkflowInterruptData(record, node);
      case 85:
        return new WorkflowInterruptEvent(record, node);
      case 86:
        return new WorkflowMessageEvent(record, node);
      case 87:
        return new WorkflowNodeExecuteHistory(record, node);
      case 88:
        return new WorkflowNodeExecuteStatus(record, node);
      case 89:
        return new WorkflowOutput(record, node);
      case 90:
        return new WorkflowParameter(record, node);
      case 91:
        return new WorkflowRunHistory(record, node);
      case 92:
        return new WorkflowRunResult(record, node);
      case 93:
        return new WorkflowUser(record, node);
      case 94:
        return new Workspace(record, node);
      default:
        return null;
    }
  }

  /**
   * JSON text read as the model named {@code model} ({@code Chat.parse(json)} and so on).
   *
   * @throws io.cozecore.InvalidArgumentException for a model name the description lacks
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ModelView parse(String model, String json) {
    switch (model) {
      case "BackgroundImageInfo":
        return BackgroundImageInfo.parse(json);
      case "Bot":
        return Bot.parse(json);
      case "BotBackgroundImageInfo":
        return BotBackgroundImageInfo.parse(json);
      case "BotKnowledge":
        return BotKnowledge.parse(json);
      case "BotKnowledgeInfo":
        return BotKnowledgeInfo.parse(json);
      case "BotModelInfo":
        return BotModelInfo.parse(json);
      case "BotOnboardingInfo":
        return BotOnboardingInfo.parse(json);
      case "BotPluginApiInfo":
        return BotPluginApiInfo.parse(json);
      case "BotPluginIdInfo":
        return BotPluginIdInfo.parse(json);
      case "BotPluginIdList":
        return BotPluginIdList.parse(json);
      case "BotPluginInfo":
        return BotPluginInfo.parse(json);
      case "BotPromptInfo":
        return BotPromptInfo.parse(json);
      case "BotShortcutCommandComponent":
        return BotShortcutCommandComponent.parse(json);
      case "BotShortcutCommandInfo":
        return BotShortcutCommandInfo.parse(json);
      case "BotShortcutCommandTool":
        return BotShortcutCommandTool.parse(json);
      case "BotSuggestReplyInfo":
        return BotSuggestReplyInfo.parse(json);
      case "BotVariable":
        return BotVariable.parse(json);
      case "BotVoiceInfo":
        return BotVoiceInfo.parse(json);
      case "BotWorkflowIdInfo":
        return BotWorkflowIdInfo.parse(json);
      case "BotWorkflowIdList":
        return BotWorkflowIdList.parse(json);
      case "BotWorkflowInfo":
        return BotWorkflowInfo.parse(json);
      case "CanvasPosition":
        return CanvasPosition.parse(json);
      case "Chat":
        return Chat.parse(json);
      case "ChatError":
        return ChatError.parse(json);
      case "ChatRequiredAction":
        return ChatRequiredAction.parse(json);
      case "ChatSubmitToolOutputs":
        return ChatSubmitToolOutputs.parse(json);
      case "ChatToolCall":
        return ChatToolCall.parse(json);
      case "ChatToolCallFunction":
        return ChatToolCallFunction.parse(json);
      case "ClientHealth":
        return ClientHealth.parse(json);
      case "CloneVoiceResult":
        return CloneVoiceResult.parse(json);
      case "Conversation":
        return Conversation.parse(json);
      case "CreateBotResult":
        return CreateBotResult.parse(json);
      case "CreateDatasetResult":
        return CreateDatasetResult.parse(json);
      case "Dataset":
        return Dataset.parse(json);
      case "DeviceCode":
        return DeviceCode.parse(json);
      case "Document":
        return Document.parse(json);
      case "DocumentBase":
        return DocumentBase.parse(json);
      case "DocumentChunkStrategy":
        return DocumentChunkStrategy.parse(json);
      case "DocumentProgress":
        return DocumentProgress.parse(json);
      case "DocumentSourceInfo":
        return DocumentSourceInfo.parse(json);
      case "DocumentUpdateRule":
        return DocumentUpdateRule.parse(json);
      case "DoneEventData":
        return DoneEventData.parse(json);
      case "DuplicateTemplateResult":
        return DuplicateTemplateResult.parse(json);
      case "EnterMessage":
        return EnterMessage.parse(json);
      case "ErrorEventData":
        return ErrorEventData.parse(json);
      case "File":
        return File.parse(json);
      case "GradientPosition":
        return GradientPosition.parse(json);
      case "InsertedMessage":
        return InsertedMessage.parse(json);
      case "ListBotsResult":
        return ListBotsResult.parse(json);
      case "ListConversationsResult":
        return ListConversationsResult.parse(json);
      case "ListDatasetsResult":
        return ListDatasetsResult.parse(json);
      case "ListDocumentsResult":
        return ListDocumentsResult.parse(json);
      case "ListMessagesResult":
        return ListMessagesResult.parse(json);
      case "ListPhotosResult":
        return ListPhotosResult.parse(json);
      case "ListVoicesResult":
        return ListVoicesResult.parse(json);
      case "ListWorkflowsResult":
        return ListWorkflowsResult.parse(json);
      case "ListWorkspacesResult":
        return ListWorkspacesResult.parse(json);
      case "Message":
        return Message.parse(json);
      case "OAuthToken":
        return OAuthToken.parse(json);
      case "Photo":
        return Photo.parse(json);
      case "ProcessDatasetResult":
        return ProcessDatasetResult.parse(json);
      case "PublishBotResult":
        return PublishBotResult.parse(json);
      case "ResponseDetail":
        return ResponseDetail.parse(json);
      case "RetrieveVariablesResult":
        return RetrieveVariablesResult.parse(json);
      case "Room":
        return Room.parse(json);
      case "RoomAudioConfig":
        return RoomAudioConfig.parse(json);
      case "RoomConfig":
        return RoomConfig.parse(json);
      case "RoomTranslateConfig":
        return RoomTranslateConfig.parse(json);
      case "RoomVideoConfig":
        return RoomVideoConfig.parse(json);
      case "Section":
        return Section.parse(json);
      case "ShortcutCommand":
        return ShortcutCommand.parse(json);
      case "SimpleBot":
        return SimpleBot.parse(json);
      case "ToolOutput":
        return ToolOutput.parse(json);
      case "Transcription":
        return Transcription.parse(json);
      case "Usage":
        return Usage.parse(json);
      case "User":
        return User.parse(json);
      case "VariableValue":
        return VariableValue.parse(json);
      case "Voice":
        return Voice.parse(json);
      case "VoiceEmotion":
        return VoiceEmotion.parse(json);
      case "VoiceEmotionScale":
        return VoiceEmotionScale.parse(json);
      case "WorkflowBasic":
        return WorkflowBasic.parse(json);
      case "WorkflowErrorEvent":
        return WorkflowErrorEvent.parse(json);
      case "WorkflowInfo":
        return WorkflowInfo.parse(json);
      case "WorkflowInput":
        return WorkflowInput.parse(json);
      case "WorkflowInterruptData":
        return WorkflowInterruptData.parse(json);
      case "WorkflowInterruptEvent":
        return WorkflowInterruptEvent.parse(json);
      case "WorkflowMessageEvent":
        return WorkflowMessageEvent.parse(json);
      case "WorkflowNodeExecuteHistory":
        return WorkflowNodeExecuteHistory.parse(json);
      case "WorkflowNodeExecuteStatus":
        return WorkflowNodeExecuteStatus.parse(json);
      case "WorkflowOutput":
        return WorkflowOutput.parse(json);
      case "WorkflowParameter":
        return WorkflowParameter.parse(json);
      case "WorkflowRunHistory":
        return WorkflowRunHistory.parse(json);
      case "WorkflowRunResult":
        return WorkflowRunResult.parse(json);
      case "WorkflowUser":
        return WorkflowUser.parse(json);
      case "Workspace":
        return Workspace.parse(json);
      default:
        throw CozeException.of("invalid_argument", "unknown model " + model);
    }
  }
}
