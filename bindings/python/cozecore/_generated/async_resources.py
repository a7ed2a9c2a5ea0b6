# Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
"""The API's resources for AsyncCoze: the classes of resources.py, their methods async."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence

from .._aio import AsyncChatPoll, AsyncEventStream, AsyncPager
from .._chat import ChatPollResult
from .._files import BinaryOutput, FileInput, file_part
from .._options import CallOptions
from .._record import BinaryResponse
from .._resource import Resource, present
from .models import *  # noqa: F401,F403 (result types)
from .params import *  # noqa: F401,F403 (request object types)


class AsyncAudioRoomsResource(Resource):
    """``audio.rooms``: create."""

    __slots__ = ()

    async def create(
        self,
        *,
        bot_id: str,
        conversation_id: Optional[str] = None,
        voice_id: Optional[str] = None,
        uid: Optional[str] = None,
        workflow_id: Optional[str] = None,
        config: Optional[RoomConfigParam] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Room:
        """Creates an RTC room with a bot

        ``POST /v1/audio/rooms`` (``audio.rooms.create``).

        Args:
            bot_id: (body, required)
            conversation_id: (body)
            voice_id: (body)
            uid: The end user's id in the room (body)
            workflow_id: (body)
            config: (body)
        """
        params = present(
            {
                "bot_id": bot_id,
                "conversation_id": conversation_id,
                "voice_id": voice_id,
                "uid": uid,
                "workflow_id": workflow_id,
                "config": config,
            }
        )
        return await self._client._run(
            "audio.rooms.create",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncAudioSpeechResource(Resource):
    """``audio.speech``: create."""

    __slots__ = ()

    async def create(
        self,
        *,
        input: str,
        voice_id: str,
        response_format: Optional[str] = None,
        speed: Optional[float] = None,
        sample_rate: Optional[int] = None,
        loudness_rate: Optional[int] = None,
        emotion: Optional[str] = None,
        emotion_scale: Optional[float] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        output: Optional[BinaryOutput] = None,
    ) -> BinaryResponse:
        """Turns text into speech

        ``POST /v1/audio/speech`` (``audio.speech.create``).

        Args:
            input: Text to speak (body, required)
            voice_id: (body, required)
            response_format: (body)
            speed: Speaking rate (default 1) (body)
            sample_rate: Samples per second (default 24000) (body)
            loudness_rate: Volume change in percent (body)
            emotion: Emotion of a multi-emotion voice (body)
            emotion_scale: Strength of the emotion (body)

        Besides the per-call options of every method:
            output: where the bytes go as they arrive: a path (written, and removed again if the call fails), a
                writable binary file, or a callable taking each chunk; the BinaryResponse's content is then empty
                (its size says how many bytes came). None: kept in memory as the content
        """
        params = present(
            {
                "input": input,
                "voice_id": voice_id,
                "response_format": response_format,
                "speed": speed,
                "sample_rate": sample_rate,
                "loudness_rate": loudness_rate,
                "emotion": emotion,
                "emotion_scale": emotion_scale,
            }
        )
        return await self._client._run(
            "audio.speech.create",
            "binary",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                output=output,
            ),
        )


class AsyncAudioTranscriptionsResource(Resource):
    """``audio.transcriptions``: create."""

    __slots__ = ()

    async def create(
        self,
        *,
        file: FileInput,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        upload_progress: Optional[Callable[[int, int], Any]] = None,
    ) -> Transcription:
        """Turns speech into text

        ``POST /v1/audio/transcriptions`` (``audio.transcriptions.create``).

        Args:
            file: The audio (file upload: a path, bytes, a binary file, a FileUpload or (name, data[,
                content_type]), streamed while sending, required)

        Besides the per-call options of every method:
            upload_progress: called as upload_progress(sent, total) while the request body goes out: bytes sent so
                far and the body's size (-1 when a file's size is unknown); it starts again from 0 on a retry
        """
        params = present(
            {
                "file": file_part("file", file),
            }
        )
        return await self._client._run(
            "audio.transcriptions.create",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                upload_progress=upload_progress,
            ),
        )


class AsyncAudioVoicesResource(Resource):
    """``audio.voices``: clone, list, list_pages."""

    __slots__ = ()

    async def clone(
        self,
        *,
        voice_name: str,
        file: FileInput,
        audio_format: str,
        language: Optional[str] = None,
        voice_id: Optional[str] = None,
        preview_text: Optional[str] = None,
        text: Optional[str] = None,
        space_id: Optional[str] = None,
        description: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        upload_progress: Optional[Callable[[int, int], Any]] = None,
    ) -> CloneVoiceResult:
        """Clones a voice from a recording

        ``POST /v1/audio/voices/clone`` (``audio.voices.clone``).

        Args:
            voice_name: (body, required)
            file: The recording (file upload: a path, bytes, a binary file, a FileUpload or (name, data[,
                content_type]), streamed while sending, required)
            audio_format: (body, required)
            language: (body)
            voice_id: Voice to train again (body)
            preview_text: Text of the preview audio (body)
            text: What the recording says (body)
            space_id: (body)
            description: (body)

        Besides the per-call options of every method:
            upload_progress: called as upload_progress(sent, total) while the request body goes out: bytes sent so
                far and the body's size (-1 when a file's size is unknown); it starts again from 0 on a retry
        """
        params = present(
            {
                "voice_name": voice_name,
                "file": file_part("file", file),
                "audio_format": audio_format,
                "language": language,
                "voice_id": voice_id,
                "preview_text": preview_text,
                "text": text,
                "space_id": space_id,
                "description": description,
            }
        )
        return await self._client._run(
            "audio.voices.clone",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                upload_progress=upload_progress,
            ),
        )

    async def list(
        self,
        *,
        filter_system_voice: Optional[bool] = None,
        model_type: Optional[str] = None,
        voice_state: Optional[str] = None,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ListVoicesResult:
        """Lists the voices available

        ``GET /v1/audio/voices`` (``audio.voices.list``).

        Args:
            filter_system_voice: Leave out the system voices (query)
            model_type: (query)
            voice_state: (query)
            page_num: Page number from 1 (query)
            page_size: Items per page (query)
        """
        params = present(
            {
                "filter_system_voice": filter_system_voice,
                "model_type": model_type,
                "voice_state": voice_state,
                "page_num": page_num,
                "page_size": page_size,
            }
        )
        return await self._client._run(
            "audio.voices.list",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def list_pages(
        self,
        *,
        filter_system_voice: Optional[bool] = None,
        model_type: Optional[str] = None,
        voice_state: Optional[str] = None,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncPager[Voice]:
        """Every page of ``audio.voices.list``, read lazily: lists the voices available.

        ``GET /v1/audio/voices`` per page (the ``audio.voices.list.pages`` flow).

        Iterating the AsyncPager gives the items (each page's ``voice_list``), one page in memory at a time;
        ``.pages()`` gives the pages (Page: items, has_more, total, logid, result). The core picks each page's
        ``page_num`` (from the one given, default 1) and when to stop. Close it (or leave its ``async with`` block)
        to stop early. ``timeout`` bounds each page's request, not the whole iteration; each page's request has its
        own idempotency key.

        Args:
            filter_system_voice: Leave out the system voices (query)
            model_type: (query)
            voice_state: (query)
            page_num: Page number from 1 (query)
            page_size: Items per page (query)
        """
        params = present(
            {
                "filter_system_voice": filter_system_voice,
                "model_type": model_type,
                "voice_state": voice_state,
                "page_num": page_num,
                "page_size": page_size,
            }
        )
        return self._client._pages(
            "audio.voices.list.pages",
            "voice_list",
            "has_more",
            None,
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncAudioResource(Resource):
    """``audio``: rooms (resource), speech (resource), transcriptions (resource), voices (resource)."""

    __slots__ = ("rooms", "speech", "transcriptions", "voices")

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self.rooms = AsyncAudioRoomsResource(client)
        self.speech = AsyncAudioSpeechResource(client)
        self.transcriptions = AsyncAudioTranscriptionsResource(client)
        self.voices = AsyncAudioVoicesResource(client)


class AsyncBotsResource(Resource):
    """``bots``: create, list, list_pages, list_v1, list_v1_pages, publish, retrieve, retrieve_v1, update."""

    __slots__ = ()

    async def create(
        self,
        *,
        space_id: str,
        name: str,
        description: Optional[str] = None,
        icon_file_id: Optional[str] = None,
        prompt_info: Optional[BotPromptInfoParam] = None,
        onboarding_info: Optional[BotOnboardingInfoParam] = None,
        plugin_id_list: Optional[BotPluginIdListParam] = None,
        workflow_id_list: Optional[BotWorkflowIdListParam] = None,
        model_info_config: Optional[BotModelInfoParam] = None,
        suggest_reply_info: Optional[BotSuggestReplyInfoParam] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> CreateBotResult:
        """Creates a draft bot

        ``POST /v1/bot/create`` (``bots.create``).

        Args:
            space_id: Workspace of the bot (body, required)
            name: (body, required)
            description: (body)
            icon_file_id: Uploaded file used as the icon (body)
            prompt_info: (body)
            onboarding_info: (body)
            plugin_id_list: (body)
            workflow_id_list: (body)
            model_info_config: (body)
            suggest_reply_info: (body)
        """
        params = present(
            {
                "space_id": space_id,
                "name": name,
                "description": description,
                "icon_file_id": icon_file_id,
                "prompt_info": prompt_info,
                "onboarding_info": onboarding_info,
                "plugin_id_list": plugin_id_list,
                "workflow_id_list": workflow_id_list,
                "model_info_config": model_info_config,
                "suggest_reply_info": suggest_reply_info,
            }
        )
        return await self._client._run(
            "bots.create",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def list(
        self,
        *,
        workspace_id: Optional[str] = None,
        publish_status: Optional[str] = None,
        connector_id: Optional[str] = None,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        use_api_version: Optional[int] = None,
        space_id: Optional[str] = None,
        page_index: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ListBotsResult:
        """Lists the bots of a workspace

        ``GET /v1/bots`` (``bots.list``).

        Args:
            workspace_id: (query)
            publish_status: (query)
            connector_id: Only the bots published to this channel (query)
            page_num: Page number from 1 (query)
            page_size: Items per page (query)
            use_api_version: 1 runs bots.list_v1 instead; never sent (query)
            space_id: (runs bots.list_v1) (query)
            page_index: Page number from 1 (runs bots.list_v1) (query)
        """
        params = present(
            {
                "workspace_id": workspace_id,
                "publish_status": publish_status,
                "connector_id": connector_id,
                "page_num": page_num,
                "page_size": page_size,
                "use_api_version": use_api_version,
                "space_id": space_id,
                "page_index": page_index,
            }
        )
        return await self._client._run(
            "bots.list",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def list_pages(
        self,
        *,
        workspace_id: Optional[str] = None,
        publish_status: Optional[str] = None,
        connector_id: Optional[str] = None,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        use_api_version: Optional[int] = None,
        space_id: Optional[str] = None,
        page_index: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncPager[SimpleBot]:
        """Every page of ``bots.list``, read lazily: lists the bots of a workspace.

        ``GET /v1/bots`` per page (the ``bots.list.pages`` flow).

        Iterating the AsyncPager gives the items (each page's ``items``), one page in memory at a time; ``.pages()``
        gives the pages (Page: items, has_more, total, logid, result). The core picks each page's ``page_num`` (from
        the one given, default 1) and when to stop. Close it (or leave its ``async with`` block) to stop early.
        ``timeout`` bounds each page's request, not the whole iteration; each page's request has its own idempotency
        key.

        Args:
            workspace_id: (query)
            publish_status: (query)
            connector_id: Only the bots published to this channel (query)
            page_num: Page number from 1 (query)
            page_size: Items per page (query)
            use_api_version: 1 runs bots.list_v1 instead; never sent (query)
            space_id: (runs bots.list_v1) (query)
            page_index: Page number from 1 (runs bots.list_v1) (query)
        """
        params = present(
            {
                "workspace_id": workspace_id,
                "publish_status": publish_status,
                "connector_id": connector_id,
                "page_num": page_num,
                "page_size": page_size,
                "use_api_version": use_api_version,
                "space_id": space_id,
                "page_index": page_index,
            }
        )
        return self._client._pages(
            "bots.list.pages",
            "items",
            None,
            "total",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def list_v1(
        self,
        *,
        space_id: str,
        page_index: Optional[int] = None,
        page_size: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ListBotsResult:
        """Lists the bots of a space published to the API channel (v1)

        ``GET /v1/space/published_bots_list`` (``bots.list_v1``).

        Args:
            space_id: (query, required)
            page_index: Page number from 1 (query)
            page_size: Items per page (query)
        """
        params = present(
            {
                "space_id": space_id,
                "page_index": page_index,
                "page_size": page_size,
            }
        )
        return await self._client._run(
            "bots.list_v1",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def list_v1_pages(
        self,
        *,
        space_id: str,
        page_index: Optional[int] = None,
        page_size: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncPager[SimpleBot]:
        """Every page of ``bots.list_v1``, read lazily: lists the bots of a space published to the API channel (v1).

        ``GET /v1/space/published_bots_list`` per page (the ``bots.list_v1.pages`` flow).

        Iterating the AsyncPager gives the items (each page's ``items``), one page in memory at a time; ``.pages()``
        gives the pages (Page: items, has_more, total, logid, result). The core picks each page's ``page_index``
        (from the one given, default 1) and when to stop. Close it (or leave its ``async with`` block) to stop
        early. ``timeout`` bounds each page's request, not the whole iteration; each page's request has its own
        idempotency key.

        Args:
            space_id: (query, required)
            page_index: Page number from 1 (query)
            page_size: Items per page (query)
        """
        params = present(
            {
                "space_id": space_id,
                "page_index": page_index,
                "page_size": page_size,
            }
        )
        return self._client._pages(
            "bots.list_v1.pages",
            "items",
            None,
            "total",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def publish(
        self,
        *,
        bot_id: str,
        connector_ids: Sequence[str],
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> PublishBotResult:
        """Publishes a bot to channels

        ``POST /v1/bot/publish`` (``bots.publish``).

        Args:
            bot_id: (body, required)
            connector_ids: Channels (1024 API, 999 Chat SDK) (body, required)
        """
        params = present(
            {
                "bot_id": bot_id,
                "connector_ids": connector_ids,
            }
        )
        return await self._client._run(
            "bots.publish",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def retrieve(
        self,
        *,
        bot_id: str,
        is_published: Optional[bool] = None,
        use_api_version: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Bot:
        """Gets a bot's configuration

        ``GET /v1/bots/{bot_id}`` (``bots.retrieve``).

        Args:
            bot_id: (path, required)
            is_published: The published version (default) or the draft (query)
            use_api_version: 1 runs bots.retrieve_v1 instead; never sent (query)
        """
        params = present(
            {
                "bot_id": bot_id,
                "is_published": is_published,
                "use_api_version": use_api_version,
            }
        )
        return await self._client._run(
            "bots.retrieve",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def retrieve_v1(
        self,
        *,
        bot_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Bot:
        """Gets a bot published to the API channel (v1)

        ``GET /v1/bot/get_online_info`` (``bots.retrieve_v1``).

        Args:
            bot_id: (query, required)
        """
        params = present(
            {
                "bot_id": bot_id,
            }
        )
        return await self._client._run(
            "bots.retrieve_v1",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def update(
        self,
        *,
        bot_id: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        icon_file_id: Optional[str] = None,
        prompt_info: Optional[BotPromptInfoParam] = None,
        onboarding_info: Optional[BotOnboardingInfoParam] = None,
        knowledge: Optional[BotKnowledgeParam] = None,
        plugin_id_list: Optional[BotPluginIdListParam] = None,
        workflow_id_list: Optional[BotWorkflowIdListParam] = None,
        model_info_config: Optional[BotModelInfoParam] = None,
        suggest_reply_info: Optional[BotSuggestReplyInfoParam] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> None:
        """Changes a bot's draft

        ``POST /v1/bot/update`` (``bots.update``).

        Args:
            bot_id: (body, required)
            name: (body)
            description: (body)
            icon_file_id: Uploaded file used as the icon (body)
            prompt_info: (body)
            onboarding_info: (body)
            knowledge: (body)
            plugin_id_list: (body)
            workflow_id_list: (body)
            model_info_config: (body)
            suggest_reply_info: (body)
        """
        params = present(
            {
                "bot_id": bot_id,
                "name": name,
                "description": description,
                "icon_file_id": icon_file_id,
                "prompt_info": prompt_info,
                "onboarding_info": onboarding_info,
                "knowledge": knowledge,
                "plugin_id_list": plugin_id_list,
                "workflow_id_list": workflow_id_list,
                "model_info_config": model_info_config,
                "suggest_reply_info": suggest_reply_info,
            }
        )
        return await self._client._run(
            "bots.update",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncChatMessagesResource(Resource):
    """``chat.messages``: list."""

    __slots__ = ()

    async def list(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> List[Message]:
        """Lists the messages of a chat

        ``GET /v3/chat/message/list`` (``chat.messages.list``).

        Args:
            conversation_id: (query, required)
            chat_id: (query, required)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "chat_id": chat_id,
            }
        )
        return await self._client._run(
            "chat.messages.list",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncChatResource(Resource):
    """``chat``: cancel, create, create_and_poll, messages (resource), retrieve, run_tools, start_create_and_poll,
    stream, submit_tool_outputs, submit_tool_outputs_stream.
    """

    __slots__ = ("messages",)

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self.messages = AsyncChatMessagesResource(client)

    async def cancel(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Chat:
        """Cancels a chat in progress

        ``POST /v3/chat/cancel`` (``chat.cancel``).

        Args:
            conversation_id: (body, required)
            chat_id: (body, required)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "chat_id": chat_id,
            }
        )
        return await self._client._run(
            "chat.cancel",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def create(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: Optional[str] = None,
        additional_messages: Optional[Sequence[EnterMessageParam]] = None,
        custom_variables: Optional[Mapping[str, str]] = None,
        auto_save_history: Optional[bool] = None,
        meta_data: Optional[Mapping[str, str]] = None,
        extra_params: Optional[Mapping[str, str]] = None,
        parameters: Optional[Any] = None,
        enable_card: Optional[bool] = None,
        shortcut_command: Optional[ShortcutCommandParam] = None,
        connector_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Chat:
        """Starts a chat with a bot

        ``POST /v3/chat`` (``chat.create``).

        Args:
            conversation_id: Conversation to chat in; a new one when absent (query)
            bot_id: Bot to chat with (body, required)
            user_id: The caller's own id for the end user (body, required)
            additional_messages: Context messages; the last one is the query (body)
            custom_variables: Values of the bot's prompt variables (body)
            auto_save_history: Save the chat's messages in the conversation (body)
            meta_data: Custom key-value pairs kept on the chat (body)
            extra_params: Extra parameters such as latitude and longitude (body)
            parameters: Input parameters of the bot's chat flow (body)
            enable_card: Allow card messages in the answer (body)
            shortcut_command: (body)
            connector_id: Channel of the chat (1024 API, 999 Chat SDK) (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
                "auto_save_history": auto_save_history,
                "meta_data": meta_data,
                "extra_params": extra_params,
                "parameters": parameters,
                "enable_card": enable_card,
                "shortcut_command": shortcut_command,
                "connector_id": connector_id,
            }
        )
        return await self._client._run(
            "chat.create",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def create_and_poll(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: Optional[str] = None,
        additional_messages: Optional[Sequence[EnterMessageParam]] = None,
        custom_variables: Optional[Mapping[str, str]] = None,
        auto_save_history: Optional[bool] = None,
        meta_data: Optional[Mapping[str, str]] = None,
        extra_params: Optional[Mapping[str, str]] = None,
        parameters: Optional[Any] = None,
        enable_card: Optional[bool] = None,
        shortcut_command: Optional[ShortcutCommandParam] = None,
        connector_id: Optional[str] = None,
        poll_interval: Optional[float] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ChatPollResult:
        """Starts a chat with a bot and waits for its end (the ``chat.create_and_poll`` flow).

        chat.create, then chat.retrieve every ``poll_interval`` seconds (default 1; a fraction of a millisecond
        rounds up to 1 ms) until the chat is completed, failed, requires_action or canceled, then its messages
        (chat.messages.list): ChatPollResult(chat, messages). ``timeout`` (seconds) bounds the whole call: when it
        passes first, the chat is cancelled (chat.cancel) and APITimeoutError is raised. The other options are
        chat.create's and apply to every request (each with its own idempotency key).

        Cancelling the awaiting task stops polling (asyncio.CancelledError); start_create_and_poll gives a handle
        another thread can cancel.

        Args:
            conversation_id: Conversation to chat in; a new one when absent (query)
            bot_id: Bot to chat with (body, required)
            user_id: The caller's own id for the end user (body, required)
            additional_messages: Context messages; the last one is the query (body)
            custom_variables: Values of the bot's prompt variables (body)
            auto_save_history: Save the chat's messages in the conversation (body)
            meta_data: Custom key-value pairs kept on the chat (body)
            extra_params: Extra parameters such as latitude and longitude (body)
            parameters: Input parameters of the bot's chat flow (body)
            enable_card: Allow card messages in the answer (body)
            shortcut_command: (body)
            connector_id: Channel of the chat (1024 API, 999 Chat SDK) (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
                "auto_save_history": auto_save_history,
                "meta_data": meta_data,
                "extra_params": extra_params,
                "parameters": parameters,
                "enable_card": enable_card,
                "shortcut_command": shortcut_command,
                "connector_id": connector_id,
            }
        )
        async with self._client._poll(
            "chat.create_and_poll",
            params,
            poll_interval,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        ) as handle:
            return await handle.result()

    def start_create_and_poll(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: Optional[str] = None,
        additional_messages: Optional[Sequence[EnterMessageParam]] = None,
        custom_variables: Optional[Mapping[str, str]] = None,
        auto_save_history: Optional[bool] = None,
        meta_data: Optional[Mapping[str, str]] = None,
        extra_params: Optional[Mapping[str, str]] = None,
        parameters: Optional[Any] = None,
        enable_card: Optional[bool] = None,
        shortcut_command: Optional[ShortcutCommandParam] = None,
        connector_id: Optional[str] = None,
        poll_interval: Optional[float] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncChatPoll:
        """Starts a chat with a bot and polls it to its end, as a AsyncChatPoll (the ``chat.create_and_poll`` flow).

        chat.create, then chat.retrieve every ``poll_interval`` seconds (default 1; a fraction of a millisecond
        rounds up to 1 ms) until the chat is completed, failed, requires_action or canceled, then its messages
        (chat.messages.list): ChatPollResult(chat, messages). ``timeout`` (seconds) bounds the whole call: when it
        passes first, the chat is cancelled (chat.cancel) and APITimeoutError is raised. The other options are
        chat.create's and apply to every request (each with its own idempotency key).

        ``await AsyncChatPoll.result()`` waits for the outcome; AsyncChatPoll.cancel() (from any thread) stops
        polling. Nothing is sent until result() is called.

        Args:
            conversation_id: Conversation to chat in; a new one when absent (query)
            bot_id: Bot to chat with (body, required)
            user_id: The caller's own id for the end user (body, required)
            additional_messages: Context messages; the last one is the query (body)
            custom_variables: Values of the bot's prompt variables (body)
            auto_save_history: Save the chat's messages in the conversation (body)
            meta_data: Custom key-value pairs kept on the chat (body)
            extra_params: Extra parameters such as latitude and longitude (body)
            parameters: Input parameters of the bot's chat flow (body)
            enable_card: Allow card messages in the answer (body)
            shortcut_command: (body)
            connector_id: Channel of the chat (1024 API, 999 Chat SDK) (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
                "auto_save_history": auto_save_history,
                "meta_data": meta_data,
                "extra_params": extra_params,
                "parameters": parameters,
                "enable_card": enable_card,
                "shortcut_command": shortcut_command,
                "connector_id": connector_id,
            }
        )
        return self._client._poll(
            "chat.create_and_poll",
            params,
            poll_interval,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def run_tools(
        self,
        *,
        bot_id: str,
        user_id: str,
        tools: Sequence[Callable[..., Any]],
        conversation_id: Optional[str] = None,
        additional_messages: Optional[Sequence[EnterMessageParam]] = None,
        custom_variables: Optional[Mapping[str, str]] = None,
        auto_save_history: Optional[bool] = None,
        meta_data: Optional[Mapping[str, str]] = None,
        extra_params: Optional[Mapping[str, str]] = None,
        parameters: Optional[Any] = None,
        enable_card: Optional[bool] = None,
        shortcut_command: Optional[ShortcutCommandParam] = None,
        connector_id: Optional[str] = None,
        max_rounds: Optional[int] = None,
        tool_timeout: Optional[float] = None,
        tool_errors: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncEventStream:
        """Starts a chat with a bot and runs local tools whenever the bot asks (the ``chat.run_tools`` flow).

        Streams the chat as ``stream`` does (every round's events; ``done`` only once, at the end). Each time a
        round ends at ``conversation.chat.requires_action``, the core checks every call's arguments against its
        tool's schema and fills in defaults (an unknown tool or invalid arguments it answers itself), the functions
        run concurrently, one thread each, with the arguments as keywords, and the core submits all outputs
        (``chat.submit_tool_outputs``, streaming) and streams on, for at most ``max_rounds`` rounds (default 8; one
        more cancels the chat and raises ToolError). A function's str is sent as it is, anything else as compact
        JSON. ``tool_timeout`` (seconds, default 60) bounds a round's functions: one still running then is answered
        as timed out. ``tool_errors``: "output" (default: a failing call's output is {"error": "..."} and the bot
        goes on) or "fail" (the chat is cancelled and ToolError raised). ``timeout`` (seconds) bounds the whole run:
        when it passes first, the chat is cancelled (chat.cancel) and APITimeoutError is raised. The other options
        are chat.create's and apply to every request (each with its own idempotency key).

        Returns an AsyncEventStream of chat events (cozecore.events). Nothing is sent until it is read; closing it
        (or leaving its ``async with`` block) while tools run ends the call as cancelled (a function still running
        finishes on its thread; its result is dropped).

        Args:
            tools: the tools the bot may call: functions registered with ``@cozecore.tool`` (the JSON Schema from
                their type hints, or given), or plain functions (registered here as ``tool(function)``) (required)
            max_rounds: how often the bot may ask for tools (1..1000, default 8)
            tool_timeout: seconds one round's functions may take (default 60)
            tool_errors: "output" (default) or "fail"
            conversation_id: Conversation to chat in; a new one when absent (query)
            bot_id: Bot to chat with (body, required)
            user_id: The caller's own id for the end user (body, required)
            additional_messages: Context messages; the last one is the query (body)
            custom_variables: Values of the bot's prompt variables (body)
            auto_save_history: Save the chat's messages in the conversation (body)
            meta_data: Custom key-value pairs kept on the chat (body)
            extra_params: Extra parameters such as latitude and longitude (body)
            parameters: Input parameters of the bot's chat flow (body)
            enable_card: Allow card messages in the answer (body)
            shortcut_command: (body)
            connector_id: Channel of the chat (1024 API, 999 Chat SDK) (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
                "auto_save_history": auto_save_history,
                "meta_data": meta_data,
                "extra_params": extra_params,
                "parameters": parameters,
                "enable_card": enable_card,
                "shortcut_command": shortcut_command,
                "connector_id": connector_id,
            }
        )
        return self._client._run_tools(
            "chat.run_tools",
            params,
            tools,
            max_rounds,
            tool_timeout,
            tool_errors,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def retrieve(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Chat:
        """Gets a chat

        ``GET /v3/chat/retrieve`` (``chat.retrieve``).

        Args:
            conversation_id: (query, required)
            chat_id: (query, required)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "chat_id": chat_id,
            }
        )
        return await self._client._run(
            "chat.retrieve",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def stream(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: Optional[str] = None,
        additional_messages: Optional[Sequence[EnterMessageParam]] = None,
        custom_variables: Optional[Mapping[str, str]] = None,
        auto_save_history: Optional[bool] = None,
        meta_data: Optional[Mapping[str, str]] = None,
        extra_params: Optional[Mapping[str, str]] = None,
        parameters: Optional[Any] = None,
        enable_card: Optional[bool] = None,
        shortcut_command: Optional[ShortcutCommandParam] = None,
        connector_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncEventStream:
        """Starts a chat with a bot (streaming)

        ``POST /v3/chat`` (``chat.stream``).

        Returns an AsyncEventStream of chat events (cozecore.events).

        Args:
            conversation_id: Conversation to chat in; a new one when absent (query)
            bot_id: Bot to chat with (body, required)
            user_id: The caller's own id for the end user (body, required)
            additional_messages: Context messages; the last one is the query (body)
            custom_variables: Values of the bot's prompt variables (body)
            auto_save_history: Save the chat's messages in the conversation (body)
            meta_data: Custom key-value pairs kept on the chat (body)
            extra_params: Extra parameters such as latitude and longitude (body)
            parameters: Input parameters of the bot's chat flow (body)
            enable_card: Allow card messages in the answer (body)
            shortcut_command: (body)
            connector_id: Channel of the chat (1024 API, 999 Chat SDK) (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
                "auto_save_history": auto_save_history,
                "meta_data": meta_data,
                "extra_params": extra_params,
                "parameters": parameters,
                "enable_card": enable_card,
                "shortcut_command": shortcut_command,
                "connector_id": connector_id,
            }
        )
        return self._client._run(
            "chat.stream",
            "sse",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def submit_tool_outputs(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        tool_outputs: Sequence[ToolOutputParam],
        connector_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Chat:
        """Submits tool results to a chat that requires action

        ``POST /v3/chat/submit_tool_outputs`` (``chat.submit_tool_outputs``).

        Args:
            conversation_id: (query, required)
            chat_id: (query, required)
            tool_outputs: One result per tool call (body, required)
            connector_id: Channel of the chat (1024 API, 999 Chat SDK) (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "chat_id": chat_id,
                "tool_outputs": tool_outputs,
                "connector_id": connector_id,
            }
        )
        return await self._client._run(
            "chat.submit_tool_outputs",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def submit_tool_outputs_stream(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        tool_outputs: Sequence[ToolOutputParam],
        connector_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncEventStream:
        """Submits tool results to a chat that requires action (streaming)

        ``POST /v3/chat/submit_tool_outputs`` (``chat.submit_tool_outputs.stream``).

        Returns an AsyncEventStream of chat events (cozecore.events).

        Args:
            conversation_id: (query, required)
            chat_id: (query, required)
            tool_outputs: One result per tool call (body, required)
            connector_id: Channel of the chat (1024 API, 999 Chat SDK) (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "chat_id": chat_id,
                "tool_outputs": tool_outputs,
                "connector_id": connector_id,
            }
        )
        return self._client._run(
            "chat.submit_tool_outputs.stream",
            "sse",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncConversationsMessagesFeedbackResource(Resource):
    """``conversations.messages.feedback``: create, delete."""

    __slots__ = ()

    async def create(
        self,
        *,
        conversation_id: str,
        message_id: str,
        feedback_type: str,
        reason_types: Optional[Sequence[str]] = None,
        comment: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> None:
        """Rates a bot's message

        ``POST /v1/conversations/{conversation_id}/messages/{message_id}/feedback``
        (``conversations.messages.feedback.create``).

        Args:
            conversation_id: (path, required)
            message_id: (path, required)
            feedback_type: (body, required)
            reason_types: Reasons for an unlike (body)
            comment: Free text (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "message_id": message_id,
                "feedback_type": feedback_type,
                "reason_types": reason_types,
                "comment": comment,
            }
        )
        return await self._client._run(
            "conversations.messages.feedback.create",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def delete(
        self,
        *,
        conversation_id: str,
        message_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> None:
        """Removes the rating of a message

        ``DELETE /v1/conversations/{conversation_id}/messages/{message_id}/feedback``
        (``conversations.messages.feedback.delete``).

        Args:
            conversation_id: (path, required)
            message_id: (path, required)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "message_id": message_id,
            }
        )
        return await self._client._run(
            "conversations.messages.feedback.delete",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncConversationsMessagesResource(Resource):
    """``conversations.messages``: create, delete, feedback (resource), list, list_pages, retrieve, update."""

    __slots__ = ("feedback",)

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self.feedback = AsyncConversationsMessagesFeedbackResource(client)

    async def create(
        self,
        *,
        conversation_id: str,
        role: str,
        content: str,
        content_type: str,
        meta_data: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Message:
        """Adds a message to a conversation

        ``POST /v1/conversation/message/create`` (``conversations.messages.create``).

        Args:
            conversation_id: (query, required)
            role: (body, required)
            content: Text, or the JSON text of object_string items (body, required)
            content_type: (body, required)
            meta_data: Custom key-value pairs (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "role": role,
                "content": content,
                "content_type": content_type,
                "meta_data": meta_data,
            }
        )
        return await self._client._run(
            "conversations.messages.create",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def delete(
        self,
        *,
        conversation_id: str,
        message_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Message:
        """Deletes a message

        ``POST /v1/conversation/message/delete`` (``conversations.messages.delete``).

        Args:
            conversation_id: (query, required)
            message_id: (query, required)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "message_id": message_id,
            }
        )
        return await self._client._run(
            "conversations.messages.delete",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def list(
        self,
        *,
        conversation_id: str,
        order: Optional[str] = None,
        chat_id: Optional[str] = None,
        before_id: Optional[str] = None,
        after_id: Optional[str] = None,
        limit: Optional[int] = None,
        bot_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ListMessagesResult:
        """Lists a conversation's messages

        ``POST /v1/conversation/message/list`` (``conversations.messages.list``).

        Args:
            conversation_id: (query, required)
            order: Order by creation time (default desc) (body)
            chat_id: Only the messages of this chat (body)
            before_id: Messages before this one (body)
            after_id: Messages after this one (body)
            limit: Items per page (1-50) (body)
            bot_id: Only the messages of this bot (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "order": order,
                "chat_id": chat_id,
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "bot_id": bot_id,
            }
        )
        return await self._client._run(
            "conversations.messages.list",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def list_pages(
        self,
        *,
        conversation_id: str,
        order: Optional[str] = None,
        chat_id: Optional[str] = None,
        before_id: Optional[str] = None,
        after_id: Optional[str] = None,
        limit: Optional[int] = None,
        bot_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncPager[Message]:
        """Every page of ``conversations.messages.list``, read lazily: lists a conversation's messages.

        ``POST /v1/conversation/message/list`` per page (the ``conversations.messages.list.pages`` flow).

        Iterating the AsyncPager gives the items (each page's ``data``), one page in memory at a time; ``.pages()``
        gives the pages (Page: items, has_more, total, logid, result). The core picks each page's cursor
        (``after_id`` = the page's ``last_id``; ``before_id`` = its ``first_id`` when started from a ``before_id``)
        and when to stop. Close it (or leave its ``async with`` block) to stop early. ``timeout`` bounds each page's
        request, not the whole iteration; each page's request has its own idempotency key.

        Args:
            conversation_id: (query, required)
            order: Order by creation time (default desc) (body)
            chat_id: Only the messages of this chat (body)
            before_id: Messages before this one (body)
            after_id: Messages after this one (body)
            limit: Items per page (1-50) (body)
            bot_id: Only the messages of this bot (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "order": order,
                "chat_id": chat_id,
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "bot_id": bot_id,
            }
        )
        return self._client._pages(
            "conversations.messages.list.pages",
            "data",
            "has_more",
            None,
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def retrieve(
        self,
        *,
        conversation_id: str,
        message_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Message:
        """Gets a message

        ``GET /v1/conversation/message/retrieve`` (``conversations.messages.retrieve``).

        Args:
            conversation_id: (query, required)
            message_id: (query, required)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "message_id": message_id,
            }
        )
        return await self._client._run(
            "conversations.messages.retrieve",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def update(
        self,
        *,
        conversation_id: str,
        message_id: str,
        content: Optional[str] = None,
        content_type: Optional[str] = None,
        meta_data: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Message:
        """Changes a message

        ``POST /v1/conversation/message/modify`` (``conversations.messages.update``).

        Args:
            conversation_id: (query, required)
            message_id: (query, required)
            content: Text, or the JSON text of object_string items (body)
            content_type: (body)
            meta_data: Custom key-value pairs (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "message_id": message_id,
                "content": content,
                "content_type": content_type,
                "meta_data": meta_data,
            }
        )
        return await self._client._run(
            "conversations.messages.update",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncConversationsResource(Resource):
    """``conversations``: clear, create, delete, list, list_pages, messages (resource), retrieve, update."""

    __slots__ = ("messages",)

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self.messages = AsyncConversationsMessagesResource(client)

    async def clear(
        self,
        *,
        conversation_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Section:
        """Clears a conversation's context by starting a new section

        ``POST /v1/conversations/{conversation_id}/clear`` (``conversations.clear``).

        Args:
            conversation_id: (path, required)
        """
        params = present(
            {
                "conversation_id": conversation_id,
            }
        )
        return await self._client._run(
            "conversations.clear",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def create(
        self,
        *,
        bot_id: Optional[str] = None,
        name: Optional[str] = None,
        messages: Optional[Sequence[EnterMessageParam]] = None,
        meta_data: Optional[Mapping[str, str]] = None,
        connector_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Conversation:
        """Creates a conversation

        ``POST /v1/conversation/create`` (``conversations.create``).

        Args:
            bot_id: Bot the conversation belongs to (body)
            name: Conversation name (body)
            messages: Initial messages (at most 16) (body)
            meta_data: Custom key-value pairs (body)
            connector_id: Channel (1024 API, 999 Chat SDK) (body)
        """
        params = present(
            {
                "bot_id": bot_id,
                "name": name,
                "messages": messages,
                "meta_data": meta_data,
                "connector_id": connector_id,
            }
        )
        return await self._client._run(
            "conversations.create",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def delete(
        self,
        *,
        conversation_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> None:
        """Deletes a conversation

        ``DELETE /v1/conversations/{conversation_id}`` (``conversations.delete``).

        Args:
            conversation_id: (path, required)
        """
        params = present(
            {
                "conversation_id": conversation_id,
            }
        )
        return await self._client._run(
            "conversations.delete",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def list(
        self,
        *,
        bot_id: str,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        sort_order: Optional[str] = None,
        connector_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ListConversationsResult:
        """Lists a bot's conversations

        ``GET /v1/conversations`` (``conversations.list``).

        Args:
            bot_id: (query, required)
            page_num: Page number from 1 (query)
            page_size: Items per page (at most 50) (query)
            sort_order: Order by creation time (query)
            connector_id: Channel to list (1024 API, 999 Chat SDK) (query)
        """
        params = present(
            {
                "bot_id": bot_id,
                "page_num": page_num,
                "page_size": page_size,
                "sort_order": sort_order,
                "connector_id": connector_id,
            }
        )
        return await self._client._run(
            "conversations.list",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def list_pages(
        self,
        *,
        bot_id: str,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        sort_order: Optional[str] = None,
        connector_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncPager[Conversation]:
        """Every page of ``conversations.list``, read lazily: lists a bot's conversations.

        ``GET /v1/conversations`` per page (the ``conversations.list.pages`` flow).

        Iterating the AsyncPager gives the items (each page's ``conversations``), one page in memory at a time;
        ``.pages()`` gives the pages (Page: items, has_more, total, logid, result). The core picks each page's
        ``page_num`` (from the one given, default 1) and when to stop. Close it (or leave its ``async with`` block)
        to stop early. ``timeout`` bounds each page's request, not the whole iteration; each page's request has its
        own idempotency key.

        Args:
            bot_id: (query, required)
            page_num: Page number from 1 (query)
            page_size: Items per page (at most 50) (query)
            sort_order: Order by creation time (query)
            connector_id: Channel to list (1024 API, 999 Chat SDK) (query)
        """
        params = present(
            {
                "bot_id": bot_id,
                "page_num": page_num,
                "page_size": page_size,
                "sort_order": sort_order,
                "connector_id": connector_id,
            }
        )
        return self._client._pages(
            "conversations.list.pages",
            "conversations",
            "has_more",
            None,
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def retrieve(
        self,
        *,
        conversation_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Conversation:
        """Gets a conversation

        ``GET /v1/conversation/retrieve`` (``conversations.retrieve``).

        Args:
            conversation_id: (query, required)
        """
        params = present(
            {
                "conversation_id": conversation_id,
            }
        )
        return await self._client._run(
            "conversations.retrieve",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def update(
        self,
        *,
        conversation_id: str,
        name: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> Conversation:
        """Renames a conversation

        ``PUT /v1/conversations/{conversation_id}`` (``conversations.update``).

        Args:
            conversation_id: (path, required)
            name: New name (body)
        """
        params = present(
            {
                "conversation_id": conversation_id,
                "name": name,
            }
        )
        return await self._client._run(
            "conversations.update",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncDatasetsDocumentsResource(Resource):
    """``datasets.documents``: create, delete, list, list_pages, update."""

    __slots__ = ()

    async def create(
        self,
        *,
        dataset_id: str,
        document_bases: Sequence[DocumentBaseParam],
        chunk_strategy: Optional[DocumentChunkStrategyParam] = None,
        format_type: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> List[Document]:
        """Uploads files to a knowledge base

        ``POST /open_api/knowledge/document/create`` (``datasets.documents.create``).

        Args:
            dataset_id: (body, required)
            document_bases: The files to add (body, required)
            chunk_strategy: (body)
            format_type: 0 text, 2 images (body)
        """
        params = present(
            {
                "dataset_id": dataset_id,
                "document_bases": document_bases,
                "chunk_strategy": chunk_strategy,
                "format_type": format_type,
            }
        )
        return await self._client._run(
            "datasets.documents.create",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def delete(
        self,
        *,
        document_ids: Sequence[str],
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> None:
        """Deletes knowledge base files

        ``POST /open_api/knowledge/document/delete`` (``datasets.documents.delete``).

        Args:
            document_ids: (body, required)
        """
        params = present(
            {
                "document_ids": document_ids,
            }
        )
        return await self._client._run(
            "datasets.documents.delete",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def list(
        self,
        *,
        dataset_id: str,
        page: Optional[int] = None,
        size: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ListDocumentsResult:
        """Lists the files of a knowledge base

        ``POST /open_api/knowledge/document/list`` (``datasets.documents.list``).

        Args:
            dataset_id: (body, required)
            page: Page number from 1 (body)
            size: Items per page (body)
        """
        params = present(
            {
                "dataset_id": dataset_id,
                "page": page,
                "size": size,
            }
        )
        return await self._client._run(
            "datasets.documents.list",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def list_pages(
        self,
        *,
        dataset_id: str,
        page: Optional[int] = None,
        size: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncPager[Document]:
        """Every page of ``datasets.documents.list``, read lazily: lists the files of a knowledge base.

        ``POST /open_api/knowledge/document/list`` per page (the ``datasets.documents.list.pages`` flow).

        Iterating the AsyncPager gives the items (each page's ``document_infos``), one page in memory at a time;
        ``.pages()`` gives the pages (Page: items, has_more, total, logid, result). The core picks each page's
        ``page_num`` (from the one given, default 1) and when to stop. Close it (or leave its ``async with`` block)
        to stop early. ``timeout`` bounds each page's request, not the whole iteration; each page's request has its
        own idempotency key.

        Args:
            dataset_id: (body, required)
            page: Page number from 1 (body)
            size: Items per page (body)
        """
        params = present(
            {
                "dataset_id": dataset_id,
                "page": page,
                "size": size,
            }
        )
        return self._client._pages(
            "datasets.documents.list.pages",
            "document_infos",
            None,
            "total",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def update(
        self,
        *,
        document_id: str,
        document_name: Optional[str] = None,
        update_rule: Optional[DocumentUpdateRuleParam] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> None:
        """Renames a knowledge base file or changes its update rule

        ``POST /open_api/knowledge/document/update`` (``datasets.documents.update``).

        Args:
            document_id: (body, required)
            document_name: New name (body)
            update_rule: (body)
        """
        params = present(
            {
                "document_id": document_id,
                "document_name": document_name,
                "update_rule": update_rule,
            }
        )
        return await self._client._run(
            "datasets.documents.update",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncDatasetsImagesResource(Resource):
    """``datasets.images``: list, list_pages, update."""

    __slots__ = ()

    async def list(
        self,
        *,
        dataset_id: str,
        keyword: Optional[str] = None,
        has_caption: Optional[bool] = None,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ListPhotosResult:
        """Lists the images of an image knowledge base

        ``GET /v1/datasets/{dataset_id}/images`` (``datasets.images.list``).

        Args:
            dataset_id: (path, required)
            keyword: Only images whose name or caption contains this (query)
            has_caption: Only images with (true) or without (false) a caption (query)
            page_num: Page number from 1 (query)
            page_size: Items per page (query)
        """
        params = present(
            {
                "dataset_id": dataset_id,
                "keyword": keyword,
                "has_caption": has_caption,
                "page_num": page_num,
                "page_size": page_size,
            }
        )
        return await self._client._run(
            "datasets.images.list",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def list_pages(
        self,
        *,
        dataset_id: str,
        keyword: Optional[str] = None,
        has_caption: Optional[bool] = None,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncPager[Photo]:
        """Every page of ``datasets.images.list``, read lazily: lists the images of an image knowledge base.

        ``GET /v1/datasets/{dataset_id}/images`` per page (the ``datasets.images.list.pages`` flow).

        Iterating the AsyncPager gives the items (each page's ``photo_infos``), one page in memory at a time;
        ``.pages()`` gives the pages (Page: items, has_more, total, logid, result). The core picks each page's
        ``page_num`` (from the one given, default 1) and when to stop. Close it (or leave its ``async with`` block)
        to stop early. ``timeout`` bounds each page's request, not the whole iteration; each page's request has its
        own idempotency key.

        Args:
            dataset_id: (path, required)
            keyword: Only images whose name or caption contains this (query)
            has_caption: Only images with (true) or without (false) a caption (query)
            page_num: Page number from 1 (query)
            page_size: Items per page (query)
        """
        params = present(
            {
                "dataset_id": dataset_id,
                "keyword": keyword,
                "has_caption": has_caption,
                "page_num": page_num,
                "page_size": page_size,
            }
        )
        return self._client._pages(
            "datasets.images.list.pages",
            "photo_infos",
            None,
            "total_count",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def update(
        self,
        *,
        dataset_id: str,
        document_id: str,
        caption: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> None:
        """Changes an image's caption

        ``PUT /v1/datasets/{dataset_id}/images/{document_id}`` (``datasets.images.update``).

        Args:
            dataset_id: (path, required)
            document_id: (path, required)
            caption: (body, required)
        """
        params = present(
            {
                "dataset_id": dataset_id,
                "document_id": document_id,
                "caption": caption,
            }
        )
        return await self._client._run(
            "datasets.images.update",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncDatasetsResource(Resource):
    """``datasets``: create, delete, documents (resource), images (resource), list, list_pages, process, update."""

    __slots__ = ("documents", "images")

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self.documents = AsyncDatasetsDocumentsResource(client)
        self.images = AsyncDatasetsImagesResource(client)

    async def create(
        self,
        *,
        name: str,
        space_id: str,
        format_type: int,
        description: Optional[str] = None,
        file_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> CreateDatasetResult:
        """Creates a knowledge base

        ``POST /v1/datasets`` (``datasets.create``).

        Args:
            name: (body, required)
            space_id: (body, required)
            format_type: 0 text, 2 images (body, required)
            description: (body)
            file_id: Uploaded file used as the icon (body)
        """
        params = present(
            {
                "name": name,
                "space_id": space_id,
                "format_type": format_type,
                "description": description,
                "file_id": file_id,
            }
        )
        return await self._client._run(
            "datasets.create",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def delete(
        self,
        *,
        dataset_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> None:
        """Deletes a knowledge base and its files

        ``DELETE /v1/datasets/{dataset_id}`` (``datasets.delete``).

        Args:
            dataset_id: (path, required)
        """
        params = present(
            {
                "dataset_id": dataset_id,
            }
        )
        return await self._client._run(
            "datasets.delete",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def list(
        self,
        *,
        space_id: str,
        name: Optional[str] = None,
        format_type: Optional[int] = None,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ListDatasetsResult:
        """Lists the knowledge bases of a space

        ``GET /v1/datasets`` (``datasets.list``).

        Args:
            space_id: (query, required)
            name: Only names containing this (query)
            format_type: 0 text, 1 table, 2 images (query)
            page_num: Page number from 1 (query)
            page_size: Items per page (query)
        """
        params = present(
            {
                "space_id": space_id,
                "name": name,
                "format_type": format_type,
                "page_num": page_num,
                "page_size": page_size,
            }
        )
        return await self._client._run(
            "datasets.list",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def list_pages(
        self,
        *,
        space_id: str,
        name: Optional[str] = None,
        format_type: Optional[int] = None,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncPager[Dataset]:
        """Every page of ``datasets.list``, read lazily: lists the knowledge bases of a space.

        ``GET /v1/datasets`` per page (the ``datasets.list.pages`` flow).

        Iterating the AsyncPager gives the items (each page's ``dataset_list``), one page in memory at a time;
        ``.pages()`` gives the pages (Page: items, has_more, total, logid, result). The core picks each page's
        ``page_num`` (from the one given, default 1) and when to stop. Close it (or leave its ``async with`` block)
        to stop early. ``timeout`` bounds each page's request, not the whole iteration; each page's request has its
        own idempotency key.

        Args:
            space_id: (query, required)
            name: Only names containing this (query)
            format_type: 0 text, 1 table, 2 images (query)
            page_num: Page number from 1 (query)
            page_size: Items per page (query)
        """
        params = present(
            {
                "space_id": space_id,
                "name": name,
                "format_type": format_type,
                "page_num": page_num,
                "page_size": page_size,
            }
        )
        return self._client._pages(
            "datasets.list.pages",
            "dataset_list",
            None,
            "total_count",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def process(
        self,
        *,
        dataset_id: str,
        document_ids: Sequence[str],
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> List[DocumentProgress]:
        """Gets the upload progress of knowledge base files

        ``POST /v1/datasets/{dataset_id}/process`` (``datasets.process``).

        Args:
            dataset_id: (path, required)
            document_ids: (body, required)
        """
        params = present(
            {
                "dataset_id": dataset_id,
                "document_ids": document_ids,
            }
        )
        return await self._client._run(
            "datasets.process",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def update(
        self,
        *,
        dataset_id: str,
        name: str,
        file_id: Optional[str] = None,
        description: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> None:
        """Changes a knowledge base

        ``PUT /v1/datasets/{dataset_id}`` (``datasets.update``).

        Args:
            dataset_id: (path, required)
            name: (body, required)
            file_id: Uploaded file used as the icon (body)
            description: (body)
        """
        params = present(
            {
                "dataset_id": dataset_id,
                "name": name,
                "file_id": file_id,
                "description": description,
            }
        )
        return await self._client._run(
            "datasets.update",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncFilesResource(Resource):
    """``files``: retrieve, upload."""

    __slots__ = ()

    async def retrieve(
        self,
        *,
        file_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> File:
        """Gets an uploaded file's information

        ``GET /v1/files/retrieve`` (``files.retrieve``).

        Args:
            file_id: (query, required)
        """
        params = present(
            {
                "file_id": file_id,
            }
        )
        return await self._client._run(
            "files.retrieve",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def upload(
        self,
        *,
        file: FileInput,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        upload_progress: Optional[Callable[[int, int], Any]] = None,
    ) -> File:
        """Uploads a file

        ``POST /v1/files/upload`` (``files.upload``).

        Args:
            file: The file (at most 512 MB) (file upload: a path, bytes, a binary file, a FileUpload or (name,
                data[, content_type]), streamed while sending, required)

        Besides the per-call options of every method:
            upload_progress: called as upload_progress(sent, total) while the request body goes out: bytes sent so
                far and the body's size (-1 when a file's size is unknown); it starts again from 0 on a retry
        """
        params = present(
            {
                "file": file_part("file", file),
            }
        )
        return await self._client._run(
            "files.upload",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                upload_progress=upload_progress,
            ),
        )


class AsyncOauthResource(Resource):
    """``oauth``: account_token, device_code, enterprise_token, token."""

    __slots__ = ()

    async def account_token(
        self,
        *,
        account_id: str,
        grant_type: str,
        client_id: Optional[str] = None,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        code_verifier: Optional[str] = None,
        refresh_token: Optional[str] = None,
        device_code: Optional[str] = None,
        duration_seconds: Optional[int] = None,
        scope: Optional[Any] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> OAuthToken:
        """Gets a service app's access token for an account

        ``POST /api/permission/oauth2/account/{account_id}/token`` (``oauth.account_token``).

        Args:
            account_id: (path, required)
            grant_type: The grant (body, required)
            client_id: The OAuth app's id (body)
            code: authorization_code - the code the redirect brought (body)
            redirect_uri: authorization_code - the redirect URI given to authorize (body)
            code_verifier: authorization_code with PKCE - the verifier of the challenge (body)
            refresh_token: refresh_token - the refresh token (body)
            device_code: device_code - the device code (body)
            duration_seconds: jwt-bearer - the access token's lifetime (default 900) (body)
            scope: jwt-bearer - an optional scope object (body)
        """
        params = present(
            {
                "account_id": account_id,
                "grant_type": grant_type,
                "client_id": client_id,
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": code_verifier,
                "refresh_token": refresh_token,
                "device_code": device_code,
                "duration_seconds": duration_seconds,
                "scope": scope,
            }
        )
        return await self._client._run(
            "oauth.account_token",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def device_code(
        self,
        *,
        client_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> DeviceCode:
        """Starts the device flow - a user code to show and a device code to poll with

        ``POST /api/permission/oauth2/device/code`` (``oauth.device_code``).

        Args:
            client_id: The OAuth app's id (body, required)
        """
        params = present(
            {
                "client_id": client_id,
            }
        )
        return await self._client._run(
            "oauth.device_code",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def enterprise_token(
        self,
        *,
        enterprise_id: str,
        grant_type: str,
        client_id: Optional[str] = None,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        code_verifier: Optional[str] = None,
        refresh_token: Optional[str] = None,
        device_code: Optional[str] = None,
        duration_seconds: Optional[int] = None,
        scope: Optional[Any] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> OAuthToken:
        """Gets a service app's access token for an enterprise

        ``POST /api/permission/oauth2/enterprise_id/{enterprise_id}/token`` (``oauth.enterprise_token``).

        Args:
            enterprise_id: (path, required)
            grant_type: The grant (body, required)
            client_id: The OAuth app's id (body)
            code: authorization_code - the code the redirect brought (body)
            redirect_uri: authorization_code - the redirect URI given to authorize (body)
            code_verifier: authorization_code with PKCE - the verifier of the challenge (body)
            refresh_token: refresh_token - the refresh token (body)
            device_code: device_code - the device code (body)
            duration_seconds: jwt-bearer - the access token's lifetime (default 900) (body)
            scope: jwt-bearer - an optional scope object (body)
        """
        params = present(
            {
                "enterprise_id": enterprise_id,
                "grant_type": grant_type,
                "client_id": client_id,
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": code_verifier,
                "refresh_token": refresh_token,
                "device_code": device_code,
                "duration_seconds": duration_seconds,
                "scope": scope,
            }
        )
        return await self._client._run(
            "oauth.enterprise_token",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def token(
        self,
        *,
        grant_type: str,
        client_id: Optional[str] = None,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        code_verifier: Optional[str] = None,
        refresh_token: Optional[str] = None,
        device_code: Optional[str] = None,
        duration_seconds: Optional[int] = None,
        scope: Optional[Any] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> OAuthToken:
        """Gets an access token for a grant

        ``POST /api/permission/oauth2/token`` (``oauth.token``).

        A web app's client secret, or a service app's JWT, goes as the bearer (CallOptions headers); PKCE and device
        apps send none.

        Args:
            grant_type: The grant (body, required)
            client_id: The OAuth app's id (body)
            code: authorization_code - the code the redirect brought (body)
            redirect_uri: authorization_code - the redirect URI given to authorize (body)
            code_verifier: authorization_code with PKCE - the verifier of the challenge (body)
            refresh_token: refresh_token - the refresh token (body)
            device_code: device_code - the device code (body)
            duration_seconds: jwt-bearer - the access token's lifetime (default 900) (body)
            scope: jwt-bearer - an optional scope object (body)
        """
        params = present(
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": code_verifier,
                "refresh_token": refresh_token,
                "device_code": device_code,
                "duration_seconds": duration_seconds,
                "scope": scope,
            }
        )
        return await self._client._run(
            "oauth.token",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncTemplatesResource(Resource):
    """``templates``: duplicate."""

    __slots__ = ()

    async def duplicate(
        self,
        *,
        template_id: str,
        workspace_id: str,
        name: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> DuplicateTemplateResult:
        """Copies a template into a workspace

        ``POST /v1/templates/{template_id}/duplicate`` (``templates.duplicate``).

        Args:
            template_id: (path, required)
            workspace_id: (body, required)
            name: Name of the copy (body)
        """
        params = present(
            {
                "template_id": template_id,
                "workspace_id": workspace_id,
                "name": name,
            }
        )
        return await self._client._run(
            "templates.duplicate",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncUsersResource(Resource):
    """``users``: me."""

    __slots__ = ()

    async def me(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> User:
        """Gets the caller's own user

        ``GET /v1/users/me`` (``users.me``).
        """
        params: Dict[str, Any] = {}
        return await self._client._run(
            "users.me",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncVariablesResource(Resource):
    """``variables``: retrieve, update."""

    __slots__ = ()

    async def retrieve(
        self,
        *,
        app_id: Optional[str] = None,
        bot_id: Optional[str] = None,
        connector_id: Optional[str] = None,
        connector_uid: Optional[str] = None,
        keywords: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> RetrieveVariablesResult:
        """Reads user variables of a bot or app

        ``GET /v1/variables`` (``variables.retrieve``).

        Args:
            app_id: (query)
            bot_id: (query)
            connector_id: (query)
            connector_uid: The end user's id in the channel (query)
            keywords: Comma-separated variable names; all when absent (query)
        """
        params = present(
            {
                "app_id": app_id,
                "bot_id": bot_id,
                "connector_id": connector_id,
                "connector_uid": connector_uid,
                "keywords": keywords,
            }
        )
        return await self._client._run(
            "variables.retrieve",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def update(
        self,
        *,
        data: Sequence[VariableValueParam],
        app_id: Optional[str] = None,
        bot_id: Optional[str] = None,
        connector_id: Optional[str] = None,
        connector_uid: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> None:
        """Sets user variables of a bot or app

        ``PUT /v1/variables`` (``variables.update``).

        Args:
            app_id: (body)
            bot_id: (body)
            connector_id: (body)
            connector_uid: The end user's id in the channel (body)
            data: keyword and value of each variable (body, required)
        """
        params = present(
            {
                "app_id": app_id,
                "bot_id": bot_id,
                "connector_id": connector_id,
                "connector_uid": connector_uid,
                "data": data,
            }
        )
        return await self._client._run(
            "variables.update",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncWorkflowsChatResource(Resource):
    """``workflows.chat``: stream."""

    __slots__ = ()

    def stream(
        self,
        *,
        workflow_id: str,
        additional_messages: Sequence[EnterMessageParam],
        parameters: Optional[Any] = None,
        app_id: Optional[str] = None,
        bot_id: Optional[str] = None,
        conversation_id: Optional[str] = None,
        ext: Optional[Mapping[str, str]] = None,
        workflow_version: Optional[str] = None,
        connector_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncEventStream:
        """Runs a chat flow and streams chat events

        ``POST /v1/workflows/chat`` (``workflows.chat.stream``).

        Returns an AsyncEventStream of chat events (cozecore.events).

        Args:
            workflow_id: (body, required)
            additional_messages: Context messages; the last one is the query (body, required)
            parameters: Input parameters of the start node (body)
            app_id: App the chat flow belongs to (body)
            bot_id: Bot to run the chat flow as (body)
            conversation_id: Conversation to chat in (body)
            ext: Extra fields such as latitude, longitude, user_id (body)
            workflow_version: Version to run (body)
            connector_id: Channel (default 1024, API) (body)
        """
        params = present(
            {
                "workflow_id": workflow_id,
                "additional_messages": additional_messages,
                "parameters": parameters,
                "app_id": app_id,
                "bot_id": bot_id,
                "conversation_id": conversation_id,
                "ext": ext,
                "workflow_version": workflow_version,
                "connector_id": connector_id,
            }
        )
        return self._client._run(
            "workflows.chat.stream",
            "sse",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncWorkflowsRunsHistoriesExecuteNodesResource(Resource):
    """``workflows.runs.histories.execute_nodes``: retrieve."""

    __slots__ = ()

    async def retrieve(
        self,
        *,
        workflow_id: str,
        execute_id: str,
        node_execute_uuid: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> WorkflowNodeExecuteHistory:
        """Gets the output of one node execution of a workflow run

        ``GET /v1/workflows/{workflow_id}/run_histories/{execute_id}/execute_nodes/{node_execute_uuid}``
        (``workflows.runs.histories.execute_nodes.retrieve``).

        Args:
            workflow_id: (path, required)
            execute_id: (path, required)
            node_execute_uuid: (path, required)
        """
        params = present(
            {
                "workflow_id": workflow_id,
                "execute_id": execute_id,
                "node_execute_uuid": node_execute_uuid,
            }
        )
        return await self._client._run(
            "workflows.runs.histories.execute_nodes.retrieve",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncWorkflowsRunsHistoriesResource(Resource):
    """``workflows.runs.histories``: execute_nodes (resource), retrieve."""

    __slots__ = ("execute_nodes",)

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self.execute_nodes = AsyncWorkflowsRunsHistoriesExecuteNodesResource(client)

    async def retrieve(
        self,
        *,
        workflow_id: str,
        execute_id: str,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> List[WorkflowRunHistory]:
        """Gets the result of an asynchronous workflow run

        ``GET /v1/workflows/{workflow_id}/run_histories/{execute_id}`` (``workflows.runs.histories.retrieve``).

        Args:
            workflow_id: (path, required)
            execute_id: (path, required)
        """
        params = present(
            {
                "workflow_id": workflow_id,
                "execute_id": execute_id,
            }
        )
        return await self._client._run(
            "workflows.runs.histories.retrieve",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncWorkflowsRunsResource(Resource):
    """``workflows.runs``: create, histories (resource), resume, stream."""

    __slots__ = ("histories",)

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self.histories = AsyncWorkflowsRunsHistoriesResource(client)

    async def create(
        self,
        *,
        workflow_id: str,
        parameters: Optional[Any] = None,
        bot_id: Optional[str] = None,
        app_id: Optional[str] = None,
        ext: Optional[Mapping[str, str]] = None,
        is_async: Optional[bool] = None,
        workflow_version: Optional[str] = None,
        connector_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> WorkflowRunResult:
        """Runs a published workflow and waits for its result

        ``POST /v1/workflow/run`` (``workflows.runs.create``).

        Args:
            workflow_id: (body, required)
            parameters: Input parameters of the start node (body)
            bot_id: Bot to run the workflow as (body)
            app_id: App the workflow belongs to (body)
            ext: Extra fields such as latitude, longitude, user_id (body)
            is_async: Run asynchronously; poll the run history with execute_id (body)
            workflow_version: Version to run (body)
            connector_id: Channel (default 1024, API) (body)
        """
        params = present(
            {
                "workflow_id": workflow_id,
                "parameters": parameters,
                "bot_id": bot_id,
                "app_id": app_id,
                "ext": ext,
                "is_async": is_async,
                "workflow_version": workflow_version,
                "connector_id": connector_id,
            }
        )
        return await self._client._run(
            "workflows.runs.create",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def resume(
        self,
        *,
        workflow_id: str,
        event_id: str,
        resume_data: str,
        interrupt_type: int,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncEventStream:
        """Resumes an interrupted workflow run and streams its events

        ``POST /v1/workflow/stream_resume`` (``workflows.runs.resume``).

        Returns an AsyncEventStream of workflow events (cozecore.events).

        Args:
            workflow_id: (body, required)
            event_id: event_id of the Interrupt event (body, required)
            resume_data: The answer to the interrupting question (body, required)
            interrupt_type: type of the Interrupt event (body, required)
        """
        params = present(
            {
                "workflow_id": workflow_id,
                "event_id": event_id,
                "resume_data": resume_data,
                "interrupt_type": interrupt_type,
            }
        )
        return self._client._run(
            "workflows.runs.resume",
            "sse",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def stream(
        self,
        *,
        workflow_id: str,
        parameters: Optional[Any] = None,
        bot_id: Optional[str] = None,
        app_id: Optional[str] = None,
        ext: Optional[Mapping[str, str]] = None,
        workflow_version: Optional[str] = None,
        connector_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncEventStream:
        """Runs a published workflow and streams its events

        ``POST /v1/workflow/stream_run`` (``workflows.runs.stream``).

        Returns an AsyncEventStream of workflow events (cozecore.events).

        Args:
            workflow_id: (body, required)
            parameters: Input parameters of the start node (body)
            bot_id: Bot to run the workflow as (body)
            app_id: App the workflow belongs to (body)
            ext: Extra fields such as latitude, longitude, user_id (body)
            workflow_version: Version to run (body)
            connector_id: Channel (default 1024, API) (body)
        """
        params = present(
            {
                "workflow_id": workflow_id,
                "parameters": parameters,
                "bot_id": bot_id,
                "app_id": app_id,
                "ext": ext,
                "workflow_version": workflow_version,
                "connector_id": connector_id,
            }
        )
        return self._client._run(
            "workflows.runs.stream",
            "sse",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncWorkflowsResource(Resource):
    """``workflows``: chat (resource), list, list_pages, retrieve, runs (resource)."""

    __slots__ = ("chat", "runs")

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self.chat = AsyncWorkflowsChatResource(client)
        self.runs = AsyncWorkflowsRunsResource(client)

    async def list(
        self,
        *,
        workspace_id: Optional[str] = None,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        workflow_mode: Optional[str] = None,
        app_id: Optional[str] = None,
        publish_status: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ListWorkflowsResult:
        """Lists the workflows of a workspace

        ``GET /v1/workflows`` (``workflows.list``).

        Args:
            workspace_id: (query)
            page_num: Page number from 1 (query)
            page_size: Items per page (query)
            workflow_mode: (query)
            app_id: Only the workflows of this app (query)
            publish_status: (query)
        """
        params = present(
            {
                "workspace_id": workspace_id,
                "page_num": page_num,
                "page_size": page_size,
                "workflow_mode": workflow_mode,
                "app_id": app_id,
                "publish_status": publish_status,
            }
        )
        return await self._client._run(
            "workflows.list",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def list_pages(
        self,
        *,
        workspace_id: Optional[str] = None,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        workflow_mode: Optional[str] = None,
        app_id: Optional[str] = None,
        publish_status: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncPager[WorkflowBasic]:
        """Every page of ``workflows.list``, read lazily: lists the workflows of a workspace.

        ``GET /v1/workflows`` per page (the ``workflows.list.pages`` flow).

        Iterating the AsyncPager gives the items (each page's ``items``), one page in memory at a time; ``.pages()``
        gives the pages (Page: items, has_more, total, logid, result). The core picks each page's ``page_num`` (from
        the one given, default 1) and when to stop. Close it (or leave its ``async with`` block) to stop early.
        ``timeout`` bounds each page's request, not the whole iteration; each page's request has its own idempotency
        key.

        Args:
            workspace_id: (query)
            page_num: Page number from 1 (query)
            page_size: Items per page (query)
            workflow_mode: (query)
            app_id: Only the workflows of this app (query)
            publish_status: (query)
        """
        params = present(
            {
                "workspace_id": workspace_id,
                "page_num": page_num,
                "page_size": page_size,
                "workflow_mode": workflow_mode,
                "app_id": app_id,
                "publish_status": publish_status,
            }
        )
        return self._client._pages(
            "workflows.list.pages",
            "items",
            "has_more",
            None,
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def retrieve(
        self,
        *,
        workflow_id: str,
        include_input_output: Optional[bool] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> WorkflowInfo:
        """Gets a workflow

        ``GET /v1/workflows/{workflow_id}`` (``workflows.retrieve``).

        Args:
            workflow_id: (path, required)
            include_input_output: Include the start node's inputs and the end node's outputs (query)
        """
        params = present(
            {
                "workflow_id": workflow_id,
                "include_input_output": include_input_output,
            }
        )
        return await self._client._run(
            "workflows.retrieve",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncWorkspacesResource(Resource):
    """``workspaces``: list, list_pages."""

    __slots__ = ()

    async def list(
        self,
        *,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        enterprise_id: Optional[str] = None,
        user_id: Optional[str] = None,
        coze_account_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ListWorkspacesResult:
        """Lists the workspaces the caller has joined

        ``GET /v1/workspaces`` (``workspaces.list``).

        Args:
            page_num: Page number from 1 (query)
            page_size: Items per page (query)
            enterprise_id: Only the workspaces of this enterprise (query)
            user_id: Only the workspaces of this user (query)
            coze_account_id: Only the workspaces of this organisation account (query)
        """
        params = present(
            {
                "page_num": page_num,
                "page_size": page_size,
                "enterprise_id": enterprise_id,
                "user_id": user_id,
                "coze_account_id": coze_account_id,
            }
        )
        return await self._client._run(
            "workspaces.list",
            "json",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def list_pages(
        self,
        *,
        page_num: Optional[int] = None,
        page_size: Optional[int] = None,
        enterprise_id: Optional[str] = None,
        user_id: Optional[str] = None,
        coze_account_id: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> AsyncPager[Workspace]:
        """Every page of ``workspaces.list``, read lazily: lists the workspaces the caller has joined.

        ``GET /v1/workspaces`` per page (the ``workspaces.list.pages`` flow).

        Iterating the AsyncPager gives the items (each page's ``workspaces``), one page in memory at a time;
        ``.pages()`` gives the pages (Page: items, has_more, total, logid, result). The core picks each page's
        ``page_num`` (from the one given, default 1) and when to stop. Close it (or leave its ``async with`` block)
        to stop early. ``timeout`` bounds each page's request, not the whole iteration; each page's request has its
        own idempotency key.

        Args:
            page_num: Page number from 1 (query)
            page_size: Items per page (query)
            enterprise_id: Only the workspaces of this enterprise (query)
            user_id: Only the workspaces of this user (query)
            coze_account_id: Only the workspaces of this organisation account (query)
        """
        params = present(
            {
                "page_num": page_num,
                "page_size": page_size,
                "enterprise_id": enterprise_id,
                "user_id": user_id,
                "coze_account_id": coze_account_id,
            }
        )
        return self._client._pages(
            "workspaces.list.pages",
            "workspaces",
            None,
            "total_count",
            params,
            CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                idempotency=idempotency,
                traceparent=traceparent,
                tracestate=tracestate,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncResources:
    """The API's resources, as attributes of the client (cozecore.AsyncCoze inherits this)."""

    audio: AsyncAudioResource
    bots: AsyncBotsResource
    chat: AsyncChatResource
    conversations: AsyncConversationsResource
    datasets: AsyncDatasetsResource
    files: AsyncFilesResource
    oauth: AsyncOauthResource
    templates: AsyncTemplatesResource
    users: AsyncUsersResource
    variables: AsyncVariablesResource
    workflows: AsyncWorkflowsResource
    workspaces: AsyncWorkspacesResource

    def _init_resources(self) -> None:
        self.audio = AsyncAudioResource(self)
        self.bots = AsyncBotsResource(self)
        self.chat = AsyncChatResource(self)
        self.conversations = AsyncConversationsResource(self)
        self.datasets = AsyncDatasetsResource(self)
        self.files = AsyncFilesResource(self)
        self.oauth = AsyncOauthResource(self)
        self.templates = AsyncTemplatesResource(self)
        self.users = AsyncUsersResource(self)
        self.variables = AsyncVariablesResource(self)
        self.workflows = AsyncWorkflowsResource(self)
        self.workspaces = AsyncWorkspacesResource(self)
