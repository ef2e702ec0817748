import crypto from 'node:crypto';
import { makeSecretBox, parseSecretKey, safeEqual } from '../../src/security/secrets';

const key = crypto.randomBytes(32);
const box = makeSecretBox(key);

/** Flips one bit in the decoded bytes of one `:`-separated part (editing a base64 character may only touch padding bits). */
function tamper(
  sealed: string,
  part: number,
  edit = (b: Buffer) => {
    b[0]! ^= 1;
    return b;
  },
): string {
  const parts = sealed.split(':');
  parts[part] = edit(Buffer.from(parts[part]!, 'base64url')).toString('base64url');
  return parts.join(':');
}

describe('secret box', () => {
  it('opens what it sealed, including non-ASCII text', () => {
    const sealed = box.seal('api-key ₹ 42');
    expect(sealed).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(box.open(sealed)).toBe('api-key ₹ 42');
  });

  it('seals the same text differently each time', () => {
    const a = box.seal('same');
    const b = box.seal('same');
    expect(a).not.toBe(b);
    expect([box.open(a), box.open(b)]).toEqual(['same', 'same']);
  });

  it('cannot be opened with another key', () => {
    expect(() => makeSecretBox(crypto.randomBytes(32)).open(box.seal('secret'))).toThrow();
  });

  it.each([
    ['iv', 1],
    ['tag', 2],
    ['body', 3],
  ])('detects a changed %s', (_name, part) => {
    expect(() => box.open(tamper(box.seal('secret'), part))).toThrow();
  });

  it('detects a truncated tag', () => {
    // GCM accepts 4..16-byte tags unless told the length; a short tag would be far easier to forge.
    expect(() => box.open(tamper(box.seal('secret'), 2, (b) => b.subarray(0, 4)))).toThrow();
  });

  it('rejects other versions and malformed text', () => {
    const [, ...rest] = box.seal('secret').split(':');
    expect(() => box.open(['v2', ...rest].join(':'))).toThrow('not a sealed secret');
    expect(() => box.open('plain text')).toThrow('not a sealed secret');
  });
});

describe('parseSecretKey', () => {
  it('accepts 32 bytes as base64 or hex', () => {
    expect(parseSecretKey(key.toString('base64')).equals(key)).toBe(true);
    expect(parseSecretKey(` ${key.toString('hex').toUpperCase()}\n`).equals(key)).toBe(true);
  });

  it.each([16, 31, 33, 64])('rejects %i bytes with a clear message', (size) => {
    const raw = crypto.randomBytes(size);
    for (const text of [raw.toString('base64'), raw.toString('hex')]) {
      expect(() => parseSecretKey(text)).toThrow('PATCHCORD_SECRET_KEY must be 32 bytes, base64 or hex encoded');
    }
  });
});

describe('safeEqual', () => {
  it('compares strings of any length', () => {
    expect(safeEqual('s3cret', 's3cret')).toBe(true);
    expect(safeEqual('s3cret', 's3creT')).toBe(false);
    expect(safeEqual('s3cret', 's3cret-and-more')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
  });
});
