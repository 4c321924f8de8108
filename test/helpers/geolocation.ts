/** Stubs `navigator.geolocation.getCurrentPosition` and the geolocation permission for one test. */

type Answer = { lat: number; lon: number } | { error: 1 | 2 | 3 };

/** A stubbed geolocation: `answer` decides what the next requests get; `calls` counts them. */
export interface GeolocationStub {
  calls: number;
  /** With `held`, answers the requests made so far. */
  release(): void;
  restore(): void;
}

/**
 * Answers position requests with `answer` (a position, or a `GeolocationPositionError` code: 1 refused,
 * 2 unavailable, 3 timeout), and the permission query with `permission`. With `held`, the answers wait for
 * `release()`, as a position that takes seconds to find.
 */
export function stubGeolocation(answer: Answer, permission: PermissionState = 'prompt', { held = false } = {}): GeolocationStub {
  const geolocation = navigator.geolocation;
  const originalGet = geolocation.getCurrentPosition;
  const permissions = navigator.permissions;
  const originalQuery = permissions?.query;
  const waiting: (() => void)[] = [];
  const stub: GeolocationStub = {
    calls: 0,
    release() {
      for (const answerNow of waiting.splice(0)) answerNow();
    },
    restore() {
      geolocation.getCurrentPosition = originalGet;
      if (permissions && originalQuery) permissions.query = originalQuery;
    },
  };
  geolocation.getCurrentPosition = (success, failure) => {
    stub.calls++;
    const respond = () => {
      if ('error' in answer) {
        failure?.({ code: answer.error, message: 'stub', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
      } else {
        success({ coords: { latitude: answer.lat, longitude: answer.lon, accuracy: 20 }, timestamp: Date.now() } as GeolocationPosition);
      }
    };
    if (held) waiting.push(respond);
    else setTimeout(respond, 10);
  };
  if (permissions) {
    permissions.query = (() => Promise.resolve({ state: permission, name: 'geolocation' } as PermissionStatus)) as Permissions['query'];
  }
  return stub;
}
