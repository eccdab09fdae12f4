// hls.js publishes its light build (no subtitles, alternate audio or DRM: not needed for a muted
// screen) without its own types; they are the full build's.
declare module 'hls.js/light' {
  import Hls from 'hls.js';
  export default Hls;
}
