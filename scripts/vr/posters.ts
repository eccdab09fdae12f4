import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { openBrowser } from '../../tests/browser/chromium';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.glb': 'model/gltf-binary',
  '.html': 'text/html',
};

/** The page that draws one model at a three-quarter view on a light ground, with three's own loaders and decoders. */
const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<script type="importmap">{"imports":{"three":"/node_modules/three/build/three.module.js","three/addons/":"/node_modules/three/examples/jsm/"}}</script>
</head><body style="margin:0"><script type="module">
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { DRACOLoader } from 'three/addons/loaders/DRACOLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';
window.draw = async (url) => {
  const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  renderer.setSize(512, 512);
  renderer.toneMapping = THREE.NeutralToneMapping;
  document.body.replaceChildren(renderer.domElement);
  const scene = new THREE.Scene();
  scene.background = new THREE.Color('#eef2f7');
  const pmrem = new THREE.PMREMGenerator(renderer);
  scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
  scene.environmentIntensity = 0.55;
  scene.add(new THREE.DirectionalLight('#ffffff', 1.2).translateX(3).translateY(5).translateZ(4));
  const draco = new DRACOLoader().setDecoderPath('/node_modules/three/examples/jsm/libs/draco/gltf/');
  const gltf = await new GLTFLoader().setDRACOLoader(draco).setMeshoptDecoder(MeshoptDecoder).loadAsync(url);
  scene.add(gltf.scene);
  const box = new THREE.Box3().setFromObject(gltf.scene);
  const centre = box.getCenter(new THREE.Vector3());
  const radius = box.getBoundingSphere(new THREE.Sphere()).radius;
  const camera = new THREE.PerspectiveCamera(30, 1, radius / 100, radius * 100);
  camera.position.copy(centre).add(new THREE.Vector3(1, 0.7, 1.3).normalize().multiplyScalar(radius / Math.sin((15 * Math.PI) / 180)));
  camera.lookAt(centre);
  renderer.render(scene, camera);
  return renderer.domElement.toDataURL('image/png');
};
window.ready = true;
</script></body></html>`;

/** Renders `<name>.poster.png` (512×512) for each model in `out`, in headless Chromium. */
export async function makePosters(root: string, out: string, names: readonly string[]): Promise<void> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (url === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    const file = url.startsWith('/vr/') ? path.join(out, url.slice(4)) : path.join(root, url);
    if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const session = await openBrowser({ viewport: { width: 512, height: 512 } });
  try {
    const page = await session.context.newPage();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    for (const name of names) {
      const data = await page.evaluate(
        (u) => (window as unknown as { draw: (u: string) => Promise<string> }).draw(u),
        `/vr/${name}.glb`,
      );
      writeFileSync(path.join(out, `${name}.poster.png`), Buffer.from(data.split(',')[1]!, 'base64'));
      console.log(`${name}.poster.png: 512×512`);
    }
  } finally {
    await session.close();
    server.close();
  }
}
