// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
// The operations of the API and the resource objects of the client
// (coze.chat, coze.conversations.messages, ...). Each method checks its
// parameter names against the operation and hands the call to the
// runner of web/src/coze.mjs.

import { ChatEvent, WorkflowEvent } from './models.mjs';

// Where a parameter goes: 0 path, 1 query, 2 JSON body, 3 multipart file; +4: required.
export const operations = {
  'audio.rooms.create': {
    name: 'audio.rooms.create',
    response: 'json',
    events: null,
    params: { bot_id: 6, conversation_id: 2, voice_id: 2, uid: 2, workflow_id: 2, config: 2 },
  },
  'audio.speech.create': {
    name: 'audio.speech.create',
    response: 'binary',
    events: null,
    params: {
      input: 6,
      voice_id: 6,
      response_format: 2,
      speed: 2,
      sample_rate: 2,
      loudness_rate: 2,
      emotion: 2,
      emotion_scale: 2,
    },
  },
  'audio.transcriptions.create': {
    name: 'audio.transcriptions.create',
    response: 'json',
    events: null,
    params: { file: 7 },
  },
  'audio.voices.clone': {
    name: 'audio.voices.clone',
    response: 'json',
    events: null,
    params: {
      voice_name: 6,
      file: 7,
      audio_format: 6,
      language: 2,
      voice_id: 2,
      preview_text: 2,
      text: 2,
      space_id: 2,
      description: 2,
    },
  },
  'audio.voices.list': {
    name: 'audio.voices.list',
    response: 'json',
    events: null,
    params: { filter_system_voice: 1, model_type: 1, voice_state: 1, page_num: 1, page_size: 1 },
  },
  'audio.voices.list.pages': {
    name: 'audio.voices.list.pages',
    response: 'pages',
    events: null,
    paging: { items: 'voice_list', hasMore: 'has_more', total: null },
    params: { filter_system_voice: 1, model_type: 1, voice_state: 1, page_num: 1, page_size: 1 },
  },
  'bots.create': {
    name: 'bots.create',
    response: 'json',
    events: null,
    params: {
      space_id: 6,
      name: 6,
      description: 2,
      icon_file_id: 2,
      prompt_info: 2,
      onboarding_info: 2,
      plugin_id_list: 2,
      workflow_id_list: 2,
      model_info_config: 2,
      suggest_reply_info: 2,
    },
  },
  'bots.list': {
    name: 'bots.list',
    response: 'json',
    events: null,
    params: {
      workspace_id: 1,
      publish_status: 1,
      connector_id: 1,
      page_num: 1,
      page_size: 1,
      use_api_version: 1,
      space_id: 1,
      page_index: 1,
    },
  },
  'bots.list.pages': {
    name: 'bots.list.pages',
    response: 'pages',
    events: null,
    paging: { items: 'items', hasMore: null, total: 'total' },
    params: {
      workspace_id: 1,
      publish_status: 1,
      connector_id: 1,
      page_num: 1,
      page_size: 1,
      use_api_version: 1,
      space_id: 1,
      page_index: 1,
    },
  },
  'bots.list_v1': {
    name: 'bots.list_v1',
    response: 'json',
    events: null,
    params: { space_id: 5, page_index: 1, page_size: 1 },
  },
  'bots.list_v1.pages': {
    name: 'bots.list_v1.pages',
    response: 'pages',
    events: null,
    paging: { items: 'items', hasMore: null, total: 'total' },
    params: { space_id: 5, page_index: 1, page_size: 1 },
  },
  'bots.publish': {
    name: 'bots.publish',
    response: 'json',
    events: null,
    params: { bot_id: 6, connector_ids: 6 },
  },
  'bots.retrieve': {
    name: 'bots.retrieve',
    response: 'json',
    events: null,
    params: { bot_id: 4, is_published: 1, use_api_version: 1 },
  },
  'bots.retrieve_v1': {
    name: 'bots.retrieve_v1',
    response: 'json',
    events: null,
    params: { bot_id: 5 },
  },
  'bots.update': {
    name: 'bots.update',
    response: 'json',
    events: null,
    params: {
      bot_id: 6,
      name: 2,
      description: 2,
      icon_file_id: 2,
      prompt_info: 2,
      onboarding_info: 2,
      knowledge: 2,
      plugin_id_list: 2,
      workflow_id_list: 2,
      model_info_config: 2,
      suggest_reply_info: 2,
    },
  },
  'chat.cancel': {
    name: 'chat.cancel',
    response: 'json',
    events: null,
    params: { conversation_id: 6, chat_id: 6 },
  },
  'chat.create': {
    name: 'chat.create',
    response: 'json',
    events: null,
    params: {
      conversation_id: 1,
      bot_id: 6,
      user_id: 6,
      additional_messages: 2,
      custom_variables: 2,
      auto_save_history: 2,
      meta_data: 2,
      extra_params: 2,
      parameters: 2,
      enable_card: 2,
      shortcut_command: 2,
      connector_id: 2,
    },
  },
  'chat.create_and_poll': {
    name: 'chat.create_and_poll',
    response: 'poll',
    events: null,
    params: {
      conversation_id: 1,
      bot_id: 6,
      user_id: 6,
      additional_messages: 2,
      custom_variables: 2,
      auto_save_history: 2,
      meta_data: 2,
      extra_params: 2,
      parameters: 2,
      enable_card: 2,
      shortcut_command: 2,
      connector_id: 2,
      poll_interval_ms: 2,
    },
  },
  'chat.run_tools': {
    name: 'chat.run_tools',
    response: 'tools',
    events: ChatEvent,
    params: {
      conversation_id: 1,
      bot_id: 6,
      user_id: 6,
      additional_messages: 2,
      custom_variables: 2,
      auto_save_history: 2,
      meta_data: 2,
      extra_params: 2,
      parameters: 2,
      enable_card: 2,
      shortcut_command: 2,
      connector_id: 2,
      tools: 6,
      max_rounds: 2,
      tool_timeout_ms: 2,
      tool_errors: 2,
    },
  },
  'chat.messages.list': {
    name: 'chat.messages.list',
    response: 'json',
    events: null,
    params: { conversation_id: 5, chat_id: 5 },
  },
  'chat.retrieve': {
    name: 'chat.retrieve',
    response: 'json',
    events: null,
    params: { conversation_id: 5, chat_id: 5 },
  },
  'chat.stream': {
    name: 'chat.stream',
    response: 'sse',
    events: ChatEvent,
    params: {
      conversation_id: 1,
      bot_id: 6,
      user_id: 6,
      additional_messages: 2,
      custom_variables: 2,
      auto_save_history: 2,
      meta_data: 2,
      extra_params: 2,
      parameters: 2,
      enable_card: 2,
      shortcut_command: 2,
      connector_id: 2,
    },
  },
  'chat.submit_tool_outputs': {
    name: 'chat.submit_tool_outputs',
    response: 'json',
    events: null,
    params: { conversation_id: 5, chat_id: 5, tool_outputs: 6, connector_id: 2 },
  },
  'chat.submit_tool_outputs.stream': {
    name: 'chat.submit_tool_outputs.stream',
    response: 'sse',
    events: ChatEvent,
    params: { conversation_id: 5, chat_id: 5, tool_outputs: 6, connector_id: 2 },
  },
  'conversations.clear': {
    name: 'conversations.clear',
    response: 'json',
    events: null,
    params: { conversation_id: 4 },
  },
  'conversations.create': {
    name: 'conversations.create',
    response: 'json',
    events: null,
    params: { bot_id: 2, name: 2, messages: 2, meta_data: 2, connector_id: 2 },
  },
  'conversations.delete': {
    name: 'conversations.delete',
    response: 'json',
    events: null,
    params: { conversation_id: 4 },
  },
  'conversations.list': {
    name: 'conversations.list',
    response: 'json',
    events: null,
    params: { bot_id: 5, page_num: 1, page_size: 1, sort_order: 1, connector_id: 1 },
  },
  'conversations.list.pages': {
    name: 'conversations.list.pages',
    response: 'pages',
    events: null,
    paging: { items: 'conversations', hasMore: 'has_more', total: null },
    params: { bot_id: 5, page_num: 1, page_size: 1, sort_order: 1, connector_id: 1 },
  },
  'conversations.messages.create': {
    name: 'conversations.messages.create',
    response: 'json',
    events: null,
    params: { conversation_id: 5, role: 6, content: 6, content_type: 6, meta_data: 2 },
  },
  'conversations.messages.delete': {
    name: 'conversations.messages.delete',
    response: 'json',
    events: null,
    params: { conversation_id: 5, message_id: 5 },
  },
  'conversations.messages.feedback.create': {
    name: 'conversations.messages.feedback.create',
    response: 'json',
    events: null,
    params: { conversation_id: 4, message_id: 4, feedback_type: 6, reason_types: 2, comment: 2 },
  },
  'conversations.messages.feedback.delete': {
    name: 'conversations.messages.feedback.delete',
    response: 'json',
    events: null,
    params: { conversation_id: 4, message_id: 4 },
  },
  'conversations.messages.list': {
    name: 'conversations.messages.list',
    response: 'json',
    events: null,
    params: { conversation_id: 5, order: 2, chat_id: 2, before_id: 2, after_id: 2, limit: 2, bot_id: 2 },
  },
  'conversations.messages.list.pages': {
    name: 'conversations.messages.list.pages',
    response: 'pages',
    events: null,
    paging: { items: 'data', hasMore: 'has_more', total: null },
    params: { conversation_id: 5, order: 2, chat_id: 2, before_id: 2, after_id: 2, limit: 2, bot_id: 2 },
  },
  'conversations.messages.retrieve': {
    name: 'conversations.messages.retrieve',
    response: 'json',
    events: null,
    params: { conversation_id: 5, message_id: 5 },
  },
  'conversations.messages.update': {
    name: 'conversations.messages.update',
    response: 'json',
    events: null,
    params: { conversation_id: 5, message_id: 5, content: 2, content_type: 2, meta_data: 2 },
  },
  'conversations.retrieve': {
    name: 'conversations.retrieve',
    response: 'json',
    events: null,
    params: { conversation_id: 5 },
  },
  'conversations.update': {
    name: 'conversations.update',
    response: 'json',
    events: null,
    params: { conversation_id: 4, name: 2 },
  },
  'datasets.create': {
    name: 'datasets.create',
    response: 'json',
    events: null,
    params: { name: 6, space_id: 6, format_type: 6, description: 2, file_id: 2 },
  },
  'datasets.delete': {
    name: 'datasets.delete',
    response: 'json',
    events: null,
    params: { dataset_id: 4 },
  },
  'datasets.documents.create': {
    name: 'datasets.documents.create',
    response: 'json',
    events: null,
    params: { dataset_id: 6, document_bases: 6, chunk_strategy: 2, format_type: 2 },
  },
  'datasets.documents.delete': {
    name: 'datasets.documents.delete',
    response: 'json',
    events: null,
    params: { document_ids: 6 },
  },
  'datasets.documents.list': {
    name: 'datasets.documents.list',
    response: 'json',
    events: null,
    params: { dataset_id: 6, page: 2, size: 2 },
  },
  'datasets.documents.list.pages': {
    name: 'datasets.documents.list.pages',
    response: 'pages',
    events: null,
    paging: { items: 'document_infos', hasMore: null, total: 'total' },
    params: { dataset_id: 6, page: 2, size: 2 },
  },
  'datasets.documents.update': {
    name: 'datasets.documents.update',
    response: 'json',
    events: null,
    params: { document_id: 6, document_name: 2, update_rule: 2 },
  },
  'datasets.images.list': {
    name: 'datasets.images.list',
    response: 'json',
    events: null,
    params: { dataset_id: 4, keyword: 1, has_caption: 1, page_num: 1, page_size: 1 },
  },
  'datasets.images.list.pages': {
    name: 'datasets.images.list.pages',
    response: 'pages',
    events: null,
    paging: { items: 'photo_infos', hasMore: null, total: 'total_count' },
    params: { dataset_id: 4, keyword: 1, has_caption: 1, page_num: 1, page_size: 1 },
  },
  'datasets.images.update': {
    name: 'datasets.images.update',
    response: 'json',
    events: null,
    params: { dataset_id: 4, document_id: 4, caption: 6 },
  },
  'datasets.list': {
    name: 'datasets.list',
    response: 'json',
    events: null,
    params: { space_id: 5, name: 1, format_type: 1, page_num: 1, page_size: 1 },
  },
  'datasets.list.pages': {
    name: 'datasets.list.pages',
    response: 'pages',
    events: null,
    paging: { items: 'dataset_list', hasMore: null, total: 'total_count' },
    params: { space_id: 5, name: 1, format_type: 1, page_num: 1, page_size: 1 },
  },
  'datasets.process': {
    name: 'datasets.process',
    response: 'json',
    events: null,
    params: { dataset_id: 4, document_ids: 6 },
  },
  'datasets.update': {
    name: 'datasets.update',
    response: 'json',
    events: null,
    params: { dataset_id: 4, name: 6, file_id: 2, description: 2 },
  },
  'files.retrieve': {
    name: 'files.retrieve',
    response: 'json',
    events: null,
    params: { file_id: 5 },
  },
  'files.upload': {
    name: 'files.upload',
    response: 'json',
    events: null,
    params: { file: 7 },
  },
  'oauth.account_token': {
    name: 'oauth.account_token',
    response: 'json',
    events: null,
    params: {
      account_id: 4,
      grant_type: 6,
      client_id: 2,
      code: 2,
      redirect_uri: 2,
      code_verifier: 2,
      refresh_token: 2,
      device_code: 2,
      duration_seconds: 2,
      scope: 2,
    },
  },
  'oauth.device_code': {
    name: 'oauth.device_code',
    response: 'json',
    events: null,
    params: { client_id: 6 },
  },
  'oauth.enterprise_token': {
    name: 'oauth.enterprise_token',
    response: 'json',
    events: null,
    params: {
      enterprise_id: 4,
      grant_type: 6,
      client_id: 2,
      code: 2,
      redirect_uri: 2,
      code_verifier: 2,
      refresh_token: 2,
      device_code: 2,
      duration_seconds: 2,
      scope: 2,
    },
  },
  'oauth.token': {
    name: 'oauth.token',
    response: 'json',
    events: null,
    params: {
      grant_type: 6,
      client_id: 2,
      code: 2,
      redirect_uri: 2,
      code_verifier: 2,
      refresh_token: 2,
      device_code: 2,
      duration_seconds: 2,
      scope: 2,
    },
  },
  'templates.duplicate': {
    name: 'templates.duplicate',
    response: 'json',
    events: null,
    params: { template_id: 4, workspace_id: 6, name: 2 },
  },
  'users.me': {
    name: 'users.me',
    response: 'json',
    events: null,
    params: {},
  },
  'variables.retrieve': {
    name: 'variables.retrieve',
    response: 'json',
    events: null,
    params: { app_id: 1, bot_id: 1, connector_id: 1, connector_uid: 1, keywords: 1 },
  },
  'variables.update': {
    name: 'variables.update',
    response: 'json',
    events: null,
    params: { app_id: 2, bot_id: 2, connector_id: 2, connector_uid: 2, data: 6 },
  },
  'workflows.chat.stream': {
    name: 'workflows.chat.stream',
    response: 'sse',
    events: ChatEvent,
    params: {
      workflow_id: 6,
      additional_messages: 6,
      parameters: 2,
      app_id: 2,
      bot_id: 2,
      conversation_id: 2,
      ext: 2,
      workflow_version: 2,
      connector_id: 2,
    },
  },
  'workflows.list': {
    name: 'workflows.list',
    response: 'json',
    events: null,
    params: { workspace_id: 1, page_num: 1, page_size: 1, workflow_mode: 1, app_id: 1, publish_status: 1 },
  },
  'workflows.list.pages': {
    name: 'workflows.list.pages',
    response: 'pages',
    events: null,
    paging: { items: 'items', hasMore: 'has_more', total: null },
    params: { workspace_id: 1, page_num: 1, page_size: 1, workflow_mode: 1, app_id: 1, publish_status: 1 },
  },
  'workflows.retrieve': {
    name: 'workflows.retrieve',
    response: 'json',
    events: null,
    params: { workflow_id: 4, include_input_output: 1 },
  },
  'workflows.runs.create': {
    name: 'workflows.runs.create',
    response: 'json',
    events: null,
    params: {
      workflow_id: 6,
      parameters: 2,
      bot_id: 2,
      app_id: 2,
      ext: 2,
      is_async: 2,
      workflow_version: 2,
      connector_id: 2,
    },
  },
  'workflows.runs.histories.execute_nodes.retrieve': {
    name: 'workflows.runs.histories.execute_nodes.retrieve',
    response: 'json',
    events: null,
    params: { workflow_id: 4, execute_id: 4, node_execute_uuid: 4 },
  },
  'workflows.runs.histories.retrieve': {
    name: 'workflows.runs.histories.retrieve',
    response: 'json',
    events: null,
    params: { workflow_id: 4, execute_id: 4 },
  },
  'workflows.runs.resume': {
    name: 'workflows.runs.resume',
    response: 'sse',
    events: WorkflowEvent,
    params: { workflow_id: 6, event_id: 6, resume_data: 6, interrupt_type: 6 },
  },
  'workflows.runs.stream': {
    name: 'workflows.runs.stream',
    response: 'sse',
    events: WorkflowEvent,
    params: { workflow_id: 6, parameters: 2, bot_id: 2, app_id: 2, ext: 2, workflow_version: 2, connector_id: 2 },
  },
  'workspaces.list': {
    name: 'workspaces.list',
    response: 'json',
    events: null,
    params: { page_num: 1, page_size: 1, enterprise_id: 1, user_id: 1, coze_account_id: 1 },
  },
  'workspaces.list.pages': {
    name: 'workspaces.list.pages',
    response: 'pages',
    events: null,
    paging: { items: 'workspaces', hasMore: null, total: 'total_count' },
    params: { page_num: 1, page_size: 1, enterprise_id: 1, user_id: 1, coze_account_id: 1 },
  },
};

/** coze.audio.rooms */
export class AudioRoomsResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Creates an RTC room with a bot. `audio.rooms.create`: POST /v1/audio/rooms. */
  create(params, options) {
    return this.#run(operations['audio.rooms.create'], params, options);
  }
}

/** coze.audio.speech */
export class AudioSpeechResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Turns text into speech. `audio.speech.create`: POST /v1/audio/speech. */
  create(params, options) {
    return this.#run(operations['audio.speech.create'], params, options);
  }
}

/** coze.audio.transcriptions */
export class AudioTranscriptionsResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Turns speech into text. `audio.transcriptions.create`: POST /v1/audio/transcriptions. */
  create(params, options) {
    return this.#run(operations['audio.transcriptions.create'], params, options);
  }
}

/** coze.audio.voices */
export class AudioVoicesResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Clones a voice from a recording. `audio.voices.clone`: POST /v1/audio/voices/clone. */
  clone(params, options) {
    return this.#run(operations['audio.voices.clone'], params, options);
  }

  /** Lists the voices available. `audio.voices.list`: GET /v1/audio/voices. */
  list(params, options) {
    return this.#run(operations['audio.voices.list'], params, options);
  }

  /** Every page of `audio.voices.list`, read lazily: `for await` gives the items (`voice_list` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `audio.voices.list.pages`. */
  listPages(params, options) {
    return this.#run(operations['audio.voices.list.pages'], params, options);
  }
}

/** coze.audio */
export class AudioResource {
  #run;

  constructor(run) {
    this.#run = run;
    this.rooms = new AudioRoomsResource(run);
    this.speech = new AudioSpeechResource(run);
    this.transcriptions = new AudioTranscriptionsResource(run);
    this.voices = new AudioVoicesResource(run);
  }
}

/** coze.bots */
export class BotsResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Creates a draft bot. `bots.create`: POST /v1/bot/create. */
  create(params, options) {
    return this.#run(operations['bots.create'], params, options);
  }

  /** Lists the bots of a workspace. `bots.list`: GET /v1/bots. */
  list(params, options) {
    return this.#run(operations['bots.list'], params, options);
  }

  /** Every page of `bots.list`, read lazily: `for await` gives the items (`items` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `bots.list.pages`. */
  listPages(params, options) {
    return this.#run(operations['bots.list.pages'], params, options);
  }

  /** Lists the bots of a space published to the API channel (v1). `bots.list_v1`: GET /v1/space/published_bots_list. */
  listV1(params, options) {
    return this.#run(operations['bots.list_v1'], params, options);
  }

  /** Every page of `bots.list_v1`, read lazily: `for await` gives the items (`items` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `bots.list_v1.pages`. */
  listV1Pages(params, options) {
    return this.#run(operations['bots.list_v1.pages'], params, options);
  }

  /** Publishes a bot to channels. `bots.publish`: POST /v1/bot/publish. */
  publish(params, options) {
    return this.#run(operations['bots.publish'], params, options);
  }

  /** Gets a bot's configuration. `bots.retrieve`: GET /v1/bots/{bot_id}. */
  retrieve(params, options) {
    return this.#run(operations['bots.retrieve'], params, options);
  }

  /** Gets a bot published to the API channel (v1). `bots.retrieve_v1`: GET /v1/bot/get_online_info. */
  retrieveV1(params, options) {
    return this.#run(operations['bots.retrieve_v1'], params, options);
  }

  /** Changes a bot's draft. `bots.update`: POST /v1/bot/update. */
  update(params, options) {
    return this.#run(operations['bots.update'], params, options);
  }
}

/** coze.chat.messages */
export class ChatMessagesResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Lists the messages of a chat. `chat.messages.list`: GET /v3/chat/message/list. */
  list(params, options) {
    return this.#run(operations['chat.messages.list'], params, options);
  }
}

/** coze.chat */
export class ChatResource {
  #run;

  constructor(run) {
    this.#run = run;
    this.messages = new ChatMessagesResource(run);
  }

  /** Cancels a chat in progress. `chat.cancel`: POST /v3/chat/cancel. */
  cancel(params, options) {
    return this.#run(operations['chat.cancel'], params, options);
  }

  /** Starts a chat with a bot. `chat.create`: POST /v3/chat. */
  create(params, options) {
    return this.#run(operations['chat.create'], params, options);
  }

  /** `chat.create`, then polls it every `poll_interval_ms` until it ends, and resolves to the answer (the core's `chat.create_and_poll`). With a `timeout` option, a run still going at the deadline is cancelled and the promise rejects with a TimeoutError; `signal` cancels too. */
  createAndPoll(params, options) {
    return this.#run(operations['chat.create_and_poll'], params, options);
  }

  /** `chat.create` streamed, running the local `tools` each time the bot asks and submitting their outputs, until the chat ends (the core's `chat.run_tools`): the events of every round. Each round's functions run concurrently; `signal` or leaving the loop cancels the run. */
  runTools(params, options) {
    return this.#run(operations['chat.run_tools'], params, options);
  }

  /** Gets a chat. `chat.retrieve`: GET /v3/chat/retrieve. */
  retrieve(params, options) {
    return this.#run(operations['chat.retrieve'], params, options);
  }

  /** Starts a chat with a bot (streaming). `chat.stream`: POST /v3/chat. */
  stream(params, options) {
    return this.#run(operations['chat.stream'], params, options);
  }

  /** Submits tool results to a chat that requires action. `chat.submit_tool_outputs`: POST /v3/chat/submit_tool_outputs. */
  submitToolOutputs(params, options) {
    return this.#run(operations['chat.submit_tool_outputs'], params, options);
  }

  /** Submits tool results to a chat that requires action (streaming). `chat.submit_tool_outputs.stream`: POST /v3/chat/submit_tool_outputs. */
  submitToolOutputsStream(params, options) {
    return this.#run(operations['chat.submit_tool_outputs.stream'], params, options);
  }
}

/** coze.conversations.messages.feedback */
export class ConversationsMessagesFeedbackResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Rates a bot's message. `conversations.messages.feedback.create`: POST /v1/conversations/{conversation_id}/messages/{message_id}/feedback. */
  create(params, options) {
    return this.#run(operations['conversations.messages.feedback.create'], params, options);
  }

  /** Removes the rating of a message. `conversations.messages.feedback.delete`: DELETE /v1/conversations/{conversation_id}/messages/{message_id}/feedback. */
  delete(params, options) {
    return this.#run(operations['conversations.messages.feedback.delete'], params, options);
  }
}

/** coze.conversations.messages */
export class ConversationsMessagesResource {
  #run;

  constructor(run) {
    this.#run = run;
    this.feedback = new ConversationsMessagesFeedbackResource(run);
  }

  /** Adds a message to a conversation. `conversations.messages.create`: POST /v1/conversation/message/create. */
  create(params, options) {
    return this.#run(operations['conversations.messages.create'], params, options);
  }

  /** Deletes a message. `conversations.messages.delete`: POST /v1/conversation/message/delete. */
  delete(params, options) {
    return this.#run(operations['conversations.messages.delete'], params, options);
  }

  /** Lists a conversation's messages. `conversations.messages.list`: POST /v1/conversation/message/list. */
  list(params, options) {
    return this.#run(operations['conversations.messages.list'], params, options);
  }

  /** Every page of `conversations.messages.list`, read lazily: `for await` gives the items (`data` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `conversations.messages.list.pages`. */
  listPages(params, options) {
    return this.#run(operations['conversations.messages.list.pages'], params, options);
  }

  /** Gets a message. `conversations.messages.retrieve`: GET /v1/conversation/message/retrieve. */
  retrieve(params, options) {
    return this.#run(operations['conversations.messages.retrieve'], params, options);
  }

  /** Changes a message. `conversations.messages.update`: POST /v1/conversation/message/modify. */
  update(params, options) {
    return this.#run(operations['conversations.messages.update'], params, options);
  }
}

/** coze.conversations */
export class ConversationsResource {
  #run;

  constructor(run) {
    this.#run = run;
    this.messages = new ConversationsMessagesResource(run);
  }

  /** Clears a conversation's context by starting a new section. `conversations.clear`: POST /v1/conversations/{conversation_id}/clear. */
  clear(params, options) {
    return this.#run(operations['conversations.clear'], params, options);
  }

  /** Creates a conversation. `conversations.create`: POST /v1/conversation/create. */
  create(params, options) {
    return this.#run(operations['conversations.create'], params, options);
  }

  /** Deletes a conversation. `conversations.delete`: DELETE /v1/conversations/{conversation_id}. */
  delete(params, options) {
    return this.#run(operations['conversations.delete'], params, options);
  }

  /** Lists a bot's conversations. `conversations.list`: GET /v1/conversations. */
  list(params, options) {
    return this.#run(operations['conversations.list'], params, options);
  }

  /** Every page of `conversations.list`, read lazily: `for await` gives the items (`conversations` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `conversations.list.pages`. */
  listPages(params, options) {
    return this.#run(operations['conversations.list.pages'], params, options);
  }

  /** Gets a conversation. `conversations.retrieve`: GET /v1/conversation/retrieve. */
  retrieve(params, options) {
    return this.#run(operations['conversations.retrieve'], params, options);
  }

  /** Renames a conversation. `conversations.update`: PUT /v1/conversations/{conversation_id}. */
  update(params, options) {
    return this.#run(operations['conversations.update'], params, options);
  }
}

/** coze.datasets.documents */
export class DatasetsDocumentsResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Uploads files to a knowledge base. `datasets.documents.create`: POST /open_api/knowledge/document/create. */
  create(params, options) {
    return this.#run(operations['datasets.documents.create'], params, options);
  }

  /** Deletes knowledge base files. `datasets.documents.delete`: POST /open_api/knowledge/document/delete. */
  delete(params, options) {
    return this.#run(operations['datasets.documents.delete'], params, options);
  }

  /** Lists the files of a knowledge base. `datasets.documents.list`: POST /open_api/knowledge/document/list. */
  list(params, options) {
    return this.#run(operations['datasets.documents.list'], params, options);
  }

  /** Every page of `datasets.documents.list`, read lazily: `for await` gives the items (`document_infos` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `datasets.documents.list.pages`. */
  listPages(params, options) {
    return this.#run(operations['datasets.documents.list.pages'], params, options);
  }

  /** Renames a knowledge base file or changes its update rule. `datasets.documents.update`: POST /open_api/knowledge/document/update. */
  update(params, options) {
    return this.#run(operations['datasets.documents.update'], params, options);
  }
}

/** coze.datasets.images */
export class DatasetsImagesResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Lists the images of an image knowledge base. `datasets.images.list`: GET /v1/datasets/{dataset_id}/images. */
  list(params, options) {
    return this.#run(operations['datasets.images.list'], params, options);
  }

  /** Every page of `datasets.images.list`, read lazily: `for await` gives the items (`photo_infos` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `datasets.images.list.pages`. */
  listPages(params, options) {
    return this.#run(operations['datasets.images.list.pages'], params, options);
  }

  /** Changes an image's caption. `datasets.images.update`: PUT /v1/datasets/{dataset_id}/images/{document_id}. */
  update(params, options) {
    return this.#run(operations['datasets.images.update'], params, options);
  }
}

/** coze.datasets */
export class DatasetsResource {
  #run;

  constructor(run) {
    this.#run = run;
    this.documents = new DatasetsDocumentsResource(run);
    this.images = new DatasetsImagesResource(run);
  }

  /** Creates a knowledge base. `datasets.create`: POST /v1/datasets. */
  create(params, options) {
    return this.#run(operations['datasets.create'], params, options);
  }

  /** Deletes a knowledge base and its files. `datasets.delete`: DELETE /v1/datasets/{dataset_id}. */
  delete(params, options) {
    return this.#run(operations['datasets.delete'], params, options);
  }

  /** Lists the knowledge bases of a space. `datasets.list`: GET /v1/datasets. */
  list(params, options) {
    return this.#run(operations['datasets.list'], params, options);
  }

  /** Every page of `datasets.list`, read lazily: `for await` gives the items (`dataset_list` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `datasets.list.pages`. */
  listPages(params, options) {
    return this.#run(operations['datasets.list.pages'], params, options);
  }

  /** Gets the upload progress of knowledge base files. `datasets.process`: POST /v1/datasets/{dataset_id}/process. */
  process(params, options) {
    return this.#run(operations['datasets.process'], params, options);
  }

  /** Changes a knowledge base. `datasets.update`: PUT /v1/datasets/{dataset_id}. */
  update(params, options) {
    return this.#run(operations['datasets.update'], params, options);
  }
}

/** coze.files */
export class FilesResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Gets an uploaded file's information. `files.retrieve`: GET /v1/files/retrieve. */
  retrieve(params, options) {
    return this.#run(operations['files.retrieve'], params, options);
  }

  /** Uploads a file. `files.upload`: POST /v1/files/upload. */
  upload(params, options) {
    return this.#run(operations['files.upload'], params, options);
  }
}

/** coze.oauth */
export class OauthResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Gets a service app's access token for an account. `oauth.account_token`: POST /api/permission/oauth2/account/{account_id}/token. */
  accountToken(params, options) {
    return this.#run(operations['oauth.account_token'], params, options);
  }

  /** Starts the device flow - a user code to show and a device code to poll with. `oauth.device_code`: POST /api/permission/oauth2/device/code. */
  deviceCode(params, options) {
    return this.#run(operations['oauth.device_code'], params, options);
  }

  /** Gets a service app's access token for an enterprise. `oauth.enterprise_token`: POST /api/permission/oauth2/enterprise_id/{enterprise_id}/token. */
  enterpriseToken(params, options) {
    return this.#run(operations['oauth.enterprise_token'], params, options);
  }

  /** Gets an access token for a grant. `oauth.token`: POST /api/permission/oauth2/token. */
  token(params, options) {
    return this.#run(operations['oauth.token'], params, options);
  }
}

/** coze.templates */
export class TemplatesResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Copies a template into a workspace. `templates.duplicate`: POST /v1/templates/{template_id}/duplicate. */
  duplicate(params, options) {
    return this.#run(operations['templates.duplicate'], params, options);
  }
}

/** coze.users */
export class UsersResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Gets the caller's own user. `users.me`: GET /v1/users/me. */
  me(params, options) {
    return this.#run(operations['users.me'], params, options);
  }
}

/** coze.variables */
export class VariablesResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Reads user variables of a bot or app. `variables.retrieve`: GET /v1/variables. */
  retrieve(params, options) {
    return this.#run(operations['variables.retrieve'], params, options);
  }

  /** Sets user variables of a bot or app. `variables.update`: PUT /v1/variables. */
  update(params, options) {
    return this.#run(operations['variables.update'], params, options);
  }
}

/** coze.workflows.chat */
export class WorkflowsChatResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Runs a chat flow and streams chat events. `workflows.chat.stream`: POST /v1/workflows/chat. */
  stream(params, options) {
    return this.#run(operations['workflows.chat.stream'], params, options);
  }
}

/** coze.workflows.runs.histories.execute_nodes */
export class WorkflowsRunsHistoriesExecuteNodesResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Gets the output of one node execution of a workflow run. `workflows.runs.histories.execute_nodes.retrieve`: GET /v1/workflows/{workflow_id}/run_histories/{execute_id}/execute_nodes/{node_execute_uuid}. */
  retrieve(params, options) {
    return this.#run(operations['workflows.runs.histories.execute_nodes.retrieve'], params, options);
  }
}

/** coze.workflows.runs.histories */
export class WorkflowsRunsHistoriesResource {
  #run;

  constructor(run) {
    this.#run = run;
    this.executeNodes = new WorkflowsRunsHistoriesExecuteNodesResource(run);
  }

  /** Gets the result of an asynchronous workflow run. `workflows.runs.histories.retrieve`: GET /v1/workflows/{workflow_id}/run_histories/{execute_id}. */
  retrieve(params, options) {
    return this.#run(operations['workflows.runs.histories.retrieve'], params, options);
  }
}

/** coze.workflows.runs */
export class WorkflowsRunsResource {
  #run;

  constructor(run) {
    this.#run = run;
    this.histories = new WorkflowsRunsHistoriesResource(run);
  }

  /** Runs a published workflow and waits for its result. `workflows.runs.create`: POST /v1/workflow/run. */
  create(params, options) {
    return this.#run(operations['workflows.runs.create'], params, options);
  }

  /** Resumes an interrupted workflow run and streams its events. `workflows.runs.resume`: POST /v1/workflow/stream_resume. */
  resume(params, options) {
    return this.#run(operations['workflows.runs.resume'], params, options);
  }

  /** Runs a published workflow and streams its events. `workflows.runs.stream`: POST /v1/workflow/stream_run. */
  stream(params, options) {
    return this.#run(operations['workflows.runs.stream'], params, options);
  }
}

/** coze.workflows */
export class WorkflowsResource {
  #run;

  constructor(run) {
    this.#run = run;
    this.chat = new WorkflowsChatResource(run);
    this.runs = new WorkflowsRunsResource(run);
  }

  /** Lists the workflows of a workspace. `workflows.list`: GET /v1/workflows. */
  list(params, options) {
    return this.#run(operations['workflows.list'], params, options);
  }

  /** Every page of `workflows.list`, read lazily: `for await` gives the items (`items` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `workflows.list.pages`. */
  listPages(params, options) {
    return this.#run(operations['workflows.list.pages'], params, options);
  }

  /** Gets a workflow. `workflows.retrieve`: GET /v1/workflows/{workflow_id}. */
  retrieve(params, options) {
    return this.#run(operations['workflows.retrieve'], params, options);
  }
}

/** coze.workspaces */
export class WorkspacesResource {
  #run;

  constructor(run) {
    this.#run = run;
  }

  /** Lists the workspaces the caller has joined. `workspaces.list`: GET /v1/workspaces. */
  list(params, options) {
    return this.#run(operations['workspaces.list'], params, options);
  }

  /** Every page of `workspaces.list`, read lazily: `for await` gives the items (`workspaces` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `workspaces.list.pages`. */
  listPages(params, options) {
    return this.#run(operations['workspaces.list.pages'], params, options);
  }
}

// The top-level resources of a client, given the client's runner.
export function makeResources(run) {
  return {
    audio: new AudioResource(run),
    bots: new BotsResource(run),
    chat: new ChatResource(run),
    conversations: new ConversationsResource(run),
    datasets: new DatasetsResource(run),
    files: new FilesResource(run),
    oauth: new OauthResource(run),
    templates: new TemplatesResource(run),
    users: new UsersResource(run),
    variables: new VariablesResource(run),
    workflows: new WorkflowsResource(run),
    workspaces: new WorkspacesResource(run),
  };
}
