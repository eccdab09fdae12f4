import { OrbitControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import type { LoadedHall } from '../manifest';
import { useLangStore } from '../state/langStore';
import { WelcomeBoard } from './WelcomeBoard';

interface Props {
  loaded: LoadedHall;
}

/** Placeholder pavilion (issue 2): a lit floor and the hall's welcome board. */
export function PavilionCanvas({ loaded }: Props) {
  const lang = useLangStore((s) => s.lang);
  return (
    <Canvas camera={{ position: [0, 2.2, 9], fov: 55 }} gl={{ antialias: true, preserveDrawingBuffer: true }} dpr={[1, 2]}>
      <color attach="background" args={['#e8eef7']} />
      <hemisphereLight args={['#ffffff', '#c7d2e0', 1.6]} />
      <directionalLight position={[6, 12, 8]} intensity={1.4} />
      <mesh rotation={[-Math.PI / 2, 0, 0]}>
        <planeGeometry args={[60, 60]} />
        <meshStandardMaterial color="#f4f6fa" roughness={0.85} />
      </mesh>
      <WelcomeBoard title={loaded.hall.title} subtitle={loaded.hall.welcome} lang={lang} />
      <OrbitControls target={[0, 2, 0]} maxPolarAngle={Math.PI / 2.05} />
    </Canvas>
  );
}
