/**
 * Every file reference in a raw booth manifest (as written, before resolution), with a way to
 * rewrite it: importing a booth into the service, exporting one, or checking which files a
 * booth needs. Links out of the pavilion (`link` items, the website) are not files.
 */
export interface BoothRef {
  /** JSON path, as in problems: `media[2].captions[0].src`. */
  path: string;
  ref: string;
  /** The kind of file: an H5 page brings its folder with it. */
  kind: 'image' | 'video' | 'captions' | 'page' | 'audio' | 'markdown' | 'model' | 'panorama';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Calls `fn` for every file reference and writes back what it returns, in a copy of the
 * manifest (the input is not changed). Skips anything that is not shaped as the schema says.
 */
export function mapBoothRefs(manifest: unknown, fn: (r: BoothRef) => string): unknown {
  const copy = structuredClone(manifest);
  const at = (o: Obj, key: string, path: string, kind: BoothRef['kind']) => {
    const v = o[key];
    if (typeof v === 'string') o[key] = fn({ path, ref: v, kind });
    else if (isObj(v))
      for (const lang of ['zh', 'en'] as const)
        if (typeof v[lang] === 'string') v[lang] = fn({ path: `${path}.${lang}`, ref: v[lang], kind });
  };
  if (!isObj(copy)) return copy;
  if (isObj(copy.exhibitor)) at(copy.exhibitor, 'logo', 'exhibitor.logo', 'image');
  if (!Array.isArray(copy.media)) return copy;
  copy.media.forEach((m: unknown, i) => {
    if (!isObj(m)) return;
    const p = `media[${i}]`;
    switch (m.type) {
      case 'video':
        at(m, 'src', `${p}.src`, 'video');
        at(m, 'poster', `${p}.poster`, 'image');
        at(m, 'signLanguage', `${p}.signLanguage`, 'video');
        if (Array.isArray(m.captions))
          m.captions.forEach((c: unknown, j) => isObj(c) && at(c, 'src', `${p}.captions[${j}].src`, 'captions'));
        break;
      case 'h5':
        at(m, 'src', `${p}.src`, 'page');
        break;
      case 'image':
        at(m, 'src', `${p}.src`, 'image');
        break;
      case 'audio':
        at(m, 'src', `${p}.src`, 'audio');
        break;
      case 'panorama':
      case 'model':
        at(m, 'src', `${p}.src`, m.type);
        at(m, 'poster', `${p}.poster`, 'image');
        if (m.type === 'panorama' && Array.isArray(m.captions))
          m.captions.forEach((c: unknown, j) => isObj(c) && at(c, 'src', `${p}.captions[${j}].src`, 'captions'));
        break;
      case 'caseStudy':
        at(m, 'bodySrc', `${p}.bodySrc`, 'markdown');
        if (Array.isArray(m.images))
          m.images.forEach((img: unknown, j) => isObj(img) && at(img, 'src', `${p}.images[${j}].src`, 'image'));
        break;
    }
  });
  return copy;
}
