import { useFrame, useThree } from '@react-three/fiber';
import { XROrigin } from '@react-three/xr';
import { useRef, type ReactNode } from 'react';
import { Euler, Quaternion, type Group } from 'three';
import { usePavilion } from '../../context/usePavilion';
import { headInHall, snapTurn, teleportHead, turnAboutHead, type FloorPose } from '../../hall/xrMotion';

const euler = new Euler(0, 0, 0, 'YXZ');
const quat = new Quaternion();

/** The right thumbstick's x axis (xr-standard mapping: axes 2 and 3 are the thumbstick). */
function rightStickX(session: XRSession): number {
  for (const source of session.inputSources) {
    if (source.handedness === 'right' && source.gamepad) return source.gamepad.axes[2] ?? 0;
  }
  return 0;
}

/**
 * The visitor's feet in the headset (the XR origin), moved only by what the visitor asks for:
 * a teleport (the arc, a selected floor spot or booth, the map, the directory, the guided
 * tour: every walk the hall would glide is a cut here), a snap turn on the right stick, never
 * a smooth glide or turn. The visitor's place in the hall (`visitor.pos`, `yaw`) follows the
 * head every frame, so the proximity, the booth screens and the audio follow as on the page.
 */
export function HeadsetRig({ children }: { children?: ReactNode }) {
  const { visitor, nav } = usePavilion();
  const gl = useThree((s) => s.gl);
  const origin = useRef<Group>(null);
  // Where the head was put last frame: null until the session's first pose.
  const synced = useRef<FloorPose | null>(null);
  const snap = useRef({ armed: true });

  useFrame((_, __, frame: XRFrame | undefined) => {
    const o = origin.current;
    const space = gl.xr.getReferenceSpace();
    const pose = frame && space ? frame.getViewerPose(space) : undefined;
    if (!o || !pose || !frame) {
      if (!gl.xr.isPresenting) synced.current = null;
      return;
    }
    const { position: p, orientation: q } = pose.transform;
    euler.setFromQuaternion(quat.set(q.x, q.y, q.z, q.w), 'YXZ');
    const head: FloorPose = { x: p.x, z: p.z, yaw: euler.y };
    let at: FloorPose = { x: o.position.x, z: o.position.z, yaw: o.rotation.y };
    const last = synced.current;
    if (!last) {
      // The session starts where the visitor stood, looking the way they looked.
      at = teleportHead(at, head, visitor.pos, visitor.yaw);
    } else if (visitor.path.length > 0) {
      const end = visitor.path[visitor.path.length - 1]!;
      at = teleportHead(at, head, end, visitor.arriveYaw ?? undefined);
      nav.stopWalking();
    } else if (Math.hypot(visitor.pos.x - last.x, visitor.pos.z - last.z) > 1e-3 || visitor.yaw !== last.yaw) {
      // Put somewhere by a jump (the entrance, a kiosk's reset).
      at = teleportHead(at, head, visitor.pos, visitor.yaw);
    }
    const turn = snapTurn(snap.current, rightStickX(frame.session));
    snap.current.armed = turn.armed;
    if (turn.turn !== 0) at = turnAboutHead(at, head, turn.turn);
    o.position.set(at.x, 0, at.z);
    o.rotation.set(0, at.yaw, 0);
    o.updateMatrixWorld();
    const now = headInHall(at, head);
    visitor.pos.x = now.x;
    visitor.pos.z = now.z;
    visitor.yaw = now.yaw;
    visitor.pitch = euler.x;
    visitor.vel.x = visitor.vel.z = 0;
    synced.current = now;
  }, -1);

  return <XROrigin ref={origin}>{children}</XROrigin>;
}
