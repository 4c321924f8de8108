/** Stubs `navigator.geolocation.getCurrentPosition` and the geolocation permission for one test. */

type Answer = { lat: number; lon: number } | { error: 1 | 2 | 3 };

/** A stubbed geolocation: `answer` decides what the next requests get; `calls` counts them. */
export interface GeolocationStub {
  calls: number;
  restore(): void;
}

/**
 * Answers position requests with `answer` (a position, or a `GeolocationPositionError` code: 1 refused,
 * 2 unavailable, 3 timeout), and the permission query with `permission`.
 */
export function stubGeolocation(answer: Answer, permission: PermissionState = 'prompt'): GeolocationStub {
  const geolocation = navigator.geolocation;
  const originalGet = geolocation.getCurrentPosition;
  const permissions = navigator.permissions;
  const originalQuery = permissions?.query;
  const stub: GeolocationStub = {
    calls: 0,
    restore() {
      geolocation.getCurrentPosition = originalGet;
      if (permissions && originalQuery) permissions.query = originalQuery;
    },
  };
  geolocation.getCurrentPosition = (success, failure) => {
    stub.calls++;
    setTimeout(() => {
      if ('error' in answer) {
        failure?.({ code: answer.error, message: 'stub', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
      } else {
        success({ coords: { latitude: answer.lat, longitude: answer.lon, accuracy: 20 }, timestamp: Date.now() } as GeolocationPosition);
      }
    }, 10);
  };
  if (permissions) {
    permissions.query = (() => Promise.resolve({ state: permission, name: 'geolocation' } as PermissionStatus)) as Permissions['query'];
  }
  return stub;
}
