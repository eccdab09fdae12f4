import type { Localized } from './localized';

/**
 * What the rest of the app sees: validated manifests with every asset reference resolved
 * to an absolute http(s) URL that passed the hall's origin allowlist.
 */

export interface Zone {
  id: string;
  name: Localized;
  kind: 'theme' | 'stage' | 'general';
  themeDay?: string;
  color: string;
  booths: string[];
}

export interface Hall {
  url: string;
  id: string;
  title: Localized;
  welcome: Localized;
  dates: { start: string; end: string };
  /** IANA zone of the hall's clock (theme days, schedules); Asia/Shanghai unless the hall says. */
  timeZone: string;
  zones: Zone[];
  featured: string[];
  /** The guided tour's route as the curator named it (booth ids may not all have loaded). */
  tour?: { stops: { booth: string; narration?: Localized }[] };
  ambientAudio?: string;
  /** Absolute URL of the programme manifest, when the hall has one. */
  programmeUrl?: string;
  /** Absolute URLs of the booth manifests, in the hall's order. */
  boothUrls: string[];
  allowedOrigins: string[];
}

/** A file per language (the same URL twice when one file serves both). */
export interface LocalizedUrl {
  zh?: string;
  en?: string;
}

export interface CaptionTrack {
  lang: 'zh' | 'en';
  src: string;
  label?: string;
  /** WebVTT's kind: captions and subtitles are shown; descriptions read out; chapters name the parts. */
  kind: 'captions' | 'subtitles' | 'descriptions' | 'chapters';
}
/** A playable video: one cut per spoken language (the same URL twice for one file), its tracks, a sign-language version. */
export interface VideoSource {
  src: LocalizedUrl;
  poster?: string;
  captions: CaptionTrack[];
  signLanguage?: string;
}

export interface ImageRef {
  src: string;
  alt: Localized;
  caption?: Localized;
}

export type MediaItem =
  | ({ type: 'video'; title: Localized } & VideoSource)
  | { type: 'h5'; title: Localized; src: string; orientation: 'portrait' | 'landscape' | 'any'; description?: Localized }
  | {
      type: 'caseStudy';
      title: Localized;
      date: string;
      summary: Localized;
      body?: Localized;
      bodySrc?: LocalizedUrl;
      images: ImageRef[];
    }
  | { type: 'image'; src: string; alt: Localized; caption?: Localized }
  | { type: 'audio'; title: Localized; src: LocalizedUrl; transcript?: Localized }
  | { type: 'link'; label: Localized; href: string }
  | Panorama
  | Model3D;

/** A labelled point in a panorama: `item` is the index in the booth's (parsed) media of the item it opens. */
export interface Hotspot {
  yaw: number;
  pitch: number;
  label: Localized;
  item?: number;
}

export interface Panorama {
  type: 'panorama';
  title: Localized;
  description?: Localized;
  src: string;
  /** Whether `src` is a picture or a video (by its file type). */
  format: 'image' | 'video';
  poster?: string;
  captions: CaptionTrack[];
  initialYaw: number;
  hotspots: Hotspot[];
}

export interface Model3D {
  type: 'model';
  title: Localized;
  description?: Localized;
  src: string;
  poster?: string;
  scale: number;
  inHall?: 'counter' | 'plinth';
}

export type BoothSize = 'S' | 'M' | 'L';
export type BoothTemplate = 'classic' | 'open' | 'tower';

export interface Booth {
  /** URL of the manifest this booth came from. */
  url: string;
  id: string;
  exhibitor: {
    name: Localized;
    tagline?: Localized;
    description: Localized;
    logo: string;
    website?: string;
    contact?: { email?: string; phone?: string; address?: Localized };
  };
  size: BoothSize;
  template: BoothTemplate;
  colors: { primary: string; accent: string };
  tags: Localized[];
  media: MediaItem[];
}
