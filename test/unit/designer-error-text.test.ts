/** The designer tells errors in words: no answer, a server that failed, or the server's own message. */
import { ApiError, errorText, UNREACHABLE } from '../../designer/src/api/client';

test('a request that got no answer says the server could not be reached', () => {
  for (const message of ['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed', 'fetch failed']) {
    expect(errorText(new TypeError(message))).toBe(UNREACHABLE);
  }
  expect(UNREACHABLE).toBe('The server could not be reached; check your connection and try again.');
});

test("a server that failed is said as a sentence with the server's message", () => {
  expect(errorText(new ApiError(503, 'DATABASE_UNAVAILABLE', 'The database is unavailable.'))).toBe(
    'The server is unavailable for now (The database is unavailable); try again in a moment.',
  );
  expect(errorText(new ApiError(500, 'INTERNAL', 'Something broke'))).toBe(
    'The server failed to do this (Something broke); try again, or tell your administrator if it keeps failing.',
  );
  expect(errorText(new ApiError(502, 'HTTP_502', ''))).toBe(
    'The server failed to do this; try again, or tell your administrator if it keeps failing.',
  );
});

test("otherwise the server's or the error's own message", () => {
  expect(errorText(new ApiError(409, 'CONFLICT', 'A connector with this name exists.'))).toBe('A connector with this name exists.');
  expect(errorText(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
    "Cannot read properties of undefined (reading 'x')",
  );
  expect(errorText('plain')).toBe('plain');
});
