/** The app build's version ("0.1.0+abc1234"), set by vite.config's `define`; absent under vitest. */
declare const __APP_VERSION__: string | undefined;
