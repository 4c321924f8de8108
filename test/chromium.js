// How every tool of the project launches Debian's Chromium (../shared/TOOLING.md): one place for the path
// and the flags, which keep a root, offline, headless Chromium from reaching for the network.

/** CHROME_PATH, else Debian's Chromium. */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for running as root with no network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
