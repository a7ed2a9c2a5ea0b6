// The SseParser and ULID wrappers, StreamEvent and the error classes.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import * as cozecore from 'cozecore';

const {
  CozeError,
  InvalidArgumentError,
  SseParser,
  StreamEvent,
  UlidFactory,
  init,
  ulid,
  ulidDecode,
  ulidEncode,
  version,
} = cozecore;

before(() => init());

describe('SseParser', () => {
  test('events across chunks, split inside a multi-byte character', () => {
    const p = new SseParser();
    const bytes = new TextEncoder().encode('event: a\ndata: 你好😀\nid: 7\n\nretry: 1500\n');
    const events = [];
    for (let i = 0; i < bytes.length; i += 5) events.push(...p.feed(bytes.subarray(i, i + 5)));
    events.push(...p.finish());
    assert.deepEqual(events, [{ type: 'a', data: '你好😀', id: '7' }]);
    assert.equal(p.retryMs, 1500);
    assert.equal(p.lastEventId, '7');
    assert.equal(p.error, null);
    p.close();
  });

  test('strings and ArrayBuffers are accepted; defaults are null', () => {
    const p = new SseParser();
    assert.deepEqual(p.feed('data: x\n'), []);
    assert.deepEqual(p.feed(new TextEncoder().encode('\n').buffer), [{ type: 'message', data: 'x', id: '' }]);
    assert.equal(p.retryMs, null);
    p.close();
  });

  test('an event over maxEventBytes is the error event_too_large', () => {
    const p = new SseParser({ maxEventBytes: 16 });
    p.feed(`data: ${'x'.repeat(64)}\n\n`);
    assert.equal(p.error, 'event_too_large');
    assert.deepEqual(p.finish(), []);
    p.close();
  });

  test('a closed parser refuses further use', () => {
    const p = new SseParser();
    p.close();
    p.close();
    assert.throws(() => p.feed('data: x\n\n'), /closed/);
  });

  test('bad input types are a TypeError', () => {
    const p = new SseParser();
    assert.throws(() => p.feed(42), TypeError);
    p.close();
  });
});

describe('ULID', () => {
  test('ulid() gives 26 Crockford characters that decode to now', () => {
    const now = Date.now();
    const id = ulid(now);
    assert.match(id, /^[0-9A-HJKMNP-TV-Z]{26}$/);
    assert.equal(ulidDecode(id).timestampMs, now);
  });

  test('ulid() is monotonic within one millisecond', () => {
    const ids = Array.from({ length: 50 }, () => ulid(1700000000000));
    const sorted = [...ids].sort();
    assert.deepEqual(ids, sorted);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('encode and decode round trip', () => {
    const text = ulidEncode(1469922850259, 'd6764c61efb99302bd5b');
    assert.equal(text, '01ARZ3NDEKTSV4RRFFQ69G5FAV');
    assert.deepEqual(ulidDecode(text.toLowerCase()), {
      timestampMs: 1469922850259,
      randomnessHex: 'd6764c61efb99302bd5b',
    });
  });

  test('invalid input is an InvalidArgumentError with the core reason', () => {
    assert.throws(
      () => ulidDecode('8ZZZZZZZZZZZZZZZZZZZZZZZZZ'),
      (err) => err instanceof InvalidArgumentError && err.reason === 'invalid_ulid',
    );
    assert.throws(
      () => ulidEncode(-1, '00'),
      (err) => err instanceof CozeError && err.reason === 'invalid_argument',
    );
  });

  test('UlidFactory increments within a millisecond and overflows with an error', () => {
    const f = new UlidFactory();
    const a = f.next(5, 'fffffffffffffffffffe');
    const b = f.next(5, '00000000000000000000');
    assert.equal(ulidDecode(b).randomnessHex, 'ffffffffffffffffffff');
    assert.ok(a < b);
    assert.throws(
      () => f.next(5, '00000000000000000000'),
      (err) => err.reason === 'ulid_overflow',
    );
    f.close();
  });
});

describe('values', () => {
  test('version is MAJOR.MINOR.PATCH', () => {
    assert.match(version(), /^\d+\.\d+\.\d+$/);
  });

  test('StreamEvent.content only for string content', () => {
    const event = (type, data) => cozecore.decodeEvent('chat.stream', type, data);
    assert.equal(event('conversation.message.delta', '{"content":"x"}').content, 'x');
    assert.equal(event('done', '"[DONE]"').content, undefined);
    assert.equal(event('x.unknown', '{"content":1}').content, undefined);
    assert.equal(event('x.unknown', '{"content":"z"}').content, 'z');
    // A ChatEvent is a StreamEvent.
    const chat = event('conversation.message.delta', '{"content":"y"}');
    assert.ok(chat instanceof cozecore.ChatEvent && chat instanceof StreamEvent);
    assert.equal(chat.content, 'y');
  });

  test('one error class per kind, all CozeErrors', () => {
    const kinds = {
      BadRequestError: 'bad_request',
      AuthenticationError: 'authentication',
      PermissionDeniedError: 'permission_denied',
      NotFoundError: 'not_found',
      ConflictError: 'conflict',
      UnprocessableError: 'unprocessable',
      RateLimitedError: 'rate_limited',
      ServerError: 'server',
      GatewayError: 'gateway',
      TimeoutError: 'timeout',
      ConnectionError: 'connection',
      CancelledError: 'cancelled',
      DecodeError: 'decode',
      StreamError: 'stream',
      ApiError: 'api',
      InvalidArgumentError: 'invalid_argument',
      InternalError: 'internal',
      CircuitOpenError: 'circuit_open',
      ToolError: 'tool',
    };
    for (const [name, kind] of Object.entries(kinds)) {
      const Class = cozecore[name];
      const err = new Class(kind, 'm', { httpStatus: 1, retryAfterMs: 5, body: 'b' });
      assert.ok(err instanceof CozeError && err instanceof Error, name);
      assert.equal(err.name, name);
      assert.equal(err.kind, kind);
      assert.equal(err.retryAfterMs, 5);
      assert.equal(err.body, 'b');
      assert.ok(!Object.keys(err).includes('body'));
    }
  });
});
